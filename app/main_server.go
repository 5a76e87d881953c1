//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"slices"
	"strings"

	"github.com/hecla-calc/calculator/app/ui"

	"github.com/hecla-calc/calculator/app/server"
	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/data"
)

func main() {
	var cmd command
	flag.StringVar(&cmd.query, "eval", "", "evaluate a scenario query (\"silver=20&lucky-friday.tons=90000\") and print its outputs as JSON")
	flag.StringVar(&cmd.query, "solve", "", "in a scenario query, find the value of -lever at which -output equals -target, and print it as JSON")
	flag.StringVar(&cmd.query, "grid", "", "in a scenario query, print -output at every pair of values of the levers -x and -y, as JSON")
	flag.StringVar(&cmd.query, "ranges", "", "simulate a scenario query whose levers carry ranges (\"silver=13.5&range.silver=11:16\") and print each output's P10, P50, P90 and mean, and each estimate's probability, as JSON")
	flag.StringVar(&cmd.solve.lever, "lever", "", "with -solve: the lever to move, by its key (\"la-camorra.grade\")")
	flag.StringVar(&cmd.solve.target, "target", "", "with -solve: the figure the output should reach (\"440\")")
	flag.StringVar(&cmd.grid.x, "x", "", "with -grid: the columns, KEY=FROM:TO:N (N values of lever KEY from FROM to TO, evenly spaced: \"silver=10:20:5\")")
	flag.StringVar(&cmd.grid.y, "y", "", "with -grid: the rows, KEY=FROM:TO:N")
	flag.StringVar(&cmd.ranges.samples, "samples", "2000", "with -ranges: how many samples to draw, from 1 to 100000")
	flag.StringVar(&cmd.ranges.seed, "seed", "1", "with -ranges: the random generator's seed, a non-negative integer; the same seed gives the same figures")
	output := flag.String("output", "", "with -solve or -grid: the output, by its name as -eval prints it (\"company.net-income\")")
	flag.Bool("verify", false, "check the release's own arithmetic and print what does not add up")
	flag.Bool("bridge", false, "print why the bridged figures changed from the first quarter of 2006 to the first quarter of 2007, as JSON")
	addr := flag.String("addr", "127.0.0.1:8000", "address to serve the calculator on")
	frameAncestors := flag.String("frame-ancestors", "*",
		"who may show the embed (/embed, ?embed=1) in a frame: the Content-Security-Policy's frame-ancestors source list (\"*\" for any page, \"'none'\", \"'self'\", or origins such as \"https://ir.example.com\")")
	pageFrameAncestors := flag.String("page-frame-ancestors", "'self'",
		"who may show the full calculator in a frame, as -frame-ancestors says it (\"'self'\": the app's own pages only)")
	static := flag.String("static", "", "write the whole app as a static site into this new folder, instead of serving it")
	base := flag.String("base", "", "with -static: the path the site will be served under, such as /ir/calculator (default: a host's root)")
	origin := flag.String("origin", "", "where the calculator is reached, such as https://ir.example.com (a scheme and a host only), for the pages' og:url and og:image; without it the pages have neither")
	flag.Parse()
	cmd.solve.output, cmd.grid.output = *output, *output
	given := map[string]bool{}
	flag.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if err := cmd.choose(given); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
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
	cfg := serverConfig("web")
	cfg.FrameAncestors, cfg.PageFrameAncestors, cfg.Origin = *frameAncestors, *pageFrameAncestors, *origin
	if err := run(cmd, *addr, cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// serverConfig is what the server needs of the app to serve webDir: its
// pages, and which of their URLs are the embed's.
func serverConfig(webDir string) server.Config {
	return server.Config{WebDir: webDir, Pages: ui.Pages, IsEmbed: session.IsEmbed}
}

func run(cmd command, addr string, cfg server.Config) error {
	rel, err := data.Load()
	if err != nil {
		return err
	}
	switch cmd.name {
	case "":
		return serve(addr, cfg)
	case "verify":
		return writeVerify(os.Stdout, rel)
	}
	m, err := rel.Model()
	if err != nil {
		return err
	}
	switch cmd.name {
	case "bridge":
		return writeBridge(os.Stdout, m)
	case "solve":
		return writeSolve(os.Stdout, m, cmd.query, cmd.solve)
	case "grid":
		return writeGrid(os.Stdout, m, cmd.query, cmd.grid)
	case "ranges":
		return runRanges(os.Stdout, m, cmd.query, cmd.ranges)
	}
	return writeEval(os.Stdout, m, cmd.query)
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

// command is what the flags ask for instead of serving: name is the one of
// commands given ("" serves), query the scenario of -eval, -solve, -grid or
// -ranges.
type command struct {
	name   string
	query  string
	solve  solveArgs
	grid   gridArgs
	ranges rangesArgs
}

// commands print and exit; each takes the flags listed beside it.
var commands = []struct {
	name  string
	flags []string
}{
	{"eval", nil}, {"solve", []string{"lever", "target", "output"}}, {"grid", []string{"x", "y", "output"}},
	{"ranges", []string{"samples", "seed"}}, {"verify", nil}, {"bridge", nil},
}

// choose sets name from the flags given: one command at most, and no flag
// of a command not given. -eval with an empty query (the baseline) counts
// as given.
func (c *command) choose(given map[string]bool) error {
	var takes []string
	for _, k := range commands {
		if !given[k.name] {
			continue
		}
		if c.name != "" {
			return fmt.Errorf("-%s and -%s: choose one", c.name, k.name)
		}
		c.name, takes = k.name, k.flags
	}
	for _, k := range commands {
		for _, f := range k.flags {
			if given[f] && !slices.Contains(takes, f) {
				return fmt.Errorf("-%s goes with -%s", f, strings.Join(takers(f), " or -"))
			}
		}
	}
	return nil
}

// takers lists the commands that take flag f.
func takers(f string) []string {
	var names []string
	for _, k := range commands {
		if slices.Contains(k.flags, f) {
			names = append(names, k.name)
		}
	}
	return names
}
