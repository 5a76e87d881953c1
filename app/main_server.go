//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hecla-calc/calculator/data"
)

func main() {
	eval := flag.String("eval", "", "evaluate a scenario query (\"silver=20&lucky-friday.tons=90000\") and print its outputs as JSON")
	verify := flag.Bool("verify", false, "check the release's own arithmetic and print what does not add up")
	flag.Parse()
	if err := run(*eval, *verify, flagPassed("eval")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(query string, verify, eval bool) error {
	rel, err := data.Load()
	if err != nil {
		return err
	}
	switch {
	case verify:
		return fmt.Errorf("-verify: not built yet")
	case eval:
		m, err := rel.Model()
		if err != nil {
			return err
		}
		return writeEval(os.Stdout, m, query)
	}
	flag.Usage()
	return nil
}

// flagPassed tells -eval ” (the baseline) from no -eval at all.
func flagPassed(name string) bool {
	passed := false
	flag.Visit(func(f *flag.Flag) { passed = passed || f.Name == name })
	return passed
}
