//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"github.com/hecla-calc/calculator/app/ui"
	"net"
	"os"

	"github.com/hecla-calc/calculator/app/server"
	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/data"
)

func main() {
	eval := flag.String("eval", "", "evaluate a scenario query (\"silver=20&lucky-friday.tons=90000\") and print its outputs as JSON")
	verify := flag.Bool("verify", false, "check the release's own arithmetic and print what does not add up")
	bridge := flag.Bool("bridge", false, "print why the bridged figures changed from the first quarter of 2006 to the first quarter of 2007, as JSON")
	ranges := flag.String("ranges", "", "simulate a scenario query whose levers carry ranges (\"silver=13.5&range.silver=11:16\") and print each output's P10, P50, P90 and mean, and each estimate's probability, as JSON")
	samples := flag.String("samples", "2000", "with -ranges: how many samples to draw, from 1 to 100000")
	seed := flag.String("seed", "1", "with -ranges: the random generator's seed, a non-negative integer; the same seed gives the same figures")
	addr := flag.String("addr", "127.0.0.1:8000", "address to serve the calculator on")
	frameAncestors := flag.String("frame-ancestors", "*",
		"who may show the embed (/embed, ?embed=1) in a frame: the Content-Security-Policy's frame-ancestors source list (\"*\" for any page, \"'none'\", \"'self'\", or origins such as \"https://ir.example.com\")")
	pageFrameAncestors := flag.String("page-frame-ancestors", "'self'",
		"who may show the full calculator in a frame, as -frame-ancestors says it (\"'self'\": the app's own pages only)")
	static := flag.String("static", "", "write the whole app as a static site into this new folder, instead of serving it")
	base := flag.String("base", "", "with -static: the path the site will be served under, such as /ir/calculator (default: a host's root)")
	origin := flag.String("origin", "", "where the calculator is reached, such as https://ir.example.com (a scheme and a host only), for the pages' og:url and og:image; without it the pages have neither")
	flag.Parse()
	ui.Route()
	if *static != "" {
		if err := server.WriteStaticSite(*static, *base, "web", *origin, ui.Pages); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		b, _ := server.NormalizeBase(*base) // WriteStaticSite accepted it
		fmt.Printf("static site for %s/ written to %s\n", b, *static)
		return
	}
	if flagPassed("ranges") || flagPassed("samples") || flagPassed("seed") {
		if err := runRanges(*ranges, *samples, *seed, flagPassed("ranges")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	cfg := serverConfig("web")
	cfg.FrameAncestors, cfg.PageFrameAncestors, cfg.Origin = *frameAncestors, *pageFrameAncestors, *origin
	if err := run(*eval, *verify, *bridge, flagPassed("eval"), *addr, cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// serverConfig is what the server needs of the app to serve webDir: its
// pages, and which of their URLs are the embed's.
func serverConfig(webDir string) server.Config {
	return server.Config{WebDir: webDir, Pages: ui.Pages, IsEmbed: session.IsEmbed}
}

func run(query string, verify, bridge, eval bool, addr string, cfg server.Config) error {
	rel, err := data.Load()
	if err != nil {
		return err
	}
	switch {
	case verify:
		return writeVerify(os.Stdout, rel)
	case bridge:
		m, err := rel.Model()
		if err != nil {
			return err
		}
		return writeBridge(os.Stdout, m)
	case eval:
		m, err := rel.Model()
		if err != nil {
			return err
		}
		return writeEval(os.Stdout, m, query)
	}
	return serve(addr, cfg)
}

// serve listens first and prints the URL only once the port is ours, so the
// printed address always answers. Static files come from ./web, so it runs
// from the repository's root (make run does).
func serve(addr string, cfg server.Config) error {
	if _, err := os.Stat("web/app.wasm"); err != nil {
		return fmt.Errorf("web/app.wasm is missing here: run from the repository's root after make build (or use make run)")
	}
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("Hecla what-if calculator: http://%s/\n", ln.Addr())
	return srv.Serve(ln)
}

// flagPassed tells -eval ” (the baseline) from no -eval at all.
func flagPassed(name string) bool {
	passed := false
	flag.Visit(func(f *flag.Flag) { passed = passed || f.Name == name })
	return passed
}
