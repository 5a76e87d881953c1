// Command benchtable measures the calculator against go-app's floor (the
// smallest go-app program, bench/testdata/floor) on this machine, in one
// run, and prints one table: each row our figure, the floor's, their ratio
// and the budget, if the row has one. make bench runs it (make bench-check
// with -check, which exits 1 when a row is over budget).
//
// It starts both servers itself, on 127.0.0.1 ports of their own, from the
// folders given (each serves web/ from its working folder), and stops them
// at the end. In headless Chromium (the e2e suite's flags), every browser a
// fresh one with an empty profile but the repeat visits':
//
//   - cold loads, interleaved (ours, floor, ours, ...), -runs of each:
//     first contentful paint, figures visible, interactive (see probe.js);
//   - a first visit of each in a profile of its own, then -repeat visits,
//     interleaved, each a new browser on that profile, under the service
//     worker the first visit installed (repeat.go): interactive;
//   - one traced cold load of each: the WebAssembly functions V8 compiled
//     on first call until interactive, their bytes of code and compile
//     time, and the main thread's longest task (trace.go), which hardly
//     move between loads;
//   - with -lighthouse, -lighthouse-runs of Lighthouse on each, interleaved,
//     its default (mobile) settings: the performance score and total
//     blocking time (lighthouse.go);
//   - one edit loop for each: -warm edits, then -edits measured ones, of
//     the first lever (see probe.js).
//
// app.wasm's sizes are those of the files the servers send (app.wasm, .gz,
// .br); the engine rows come from go test -bench output files (-native,
// -wasm).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

type options struct {
	oursDir, oursServer   string
	floorDir, floorServer string
	runs, edits, warm     int
	native, wasm          string
	check, markdown       bool
	jsonOut, chromium     string
	jsFlags               string
	profile               bool
	repeat                int
	lighthouse            string
	lighthouseRuns        int
}

func main() {
	var o options
	flag.StringVar(&o.oursDir, "ours-dir", ".", "the folder our server runs in (it serves its web/)")
	flag.StringVar(&o.oursServer, "ours-server", "bin/hecla", "our server's program (a path relative to the current folder)")
	flag.StringVar(&o.floorDir, "floor-dir", "", "the folder the floor's server runs in, holding web/app.wasm and its copies")
	flag.StringVar(&o.floorServer, "floor-server", "", "the floor's server program (default: floor in -floor-dir)")
	flag.IntVar(&o.runs, "runs", 5, "cold loads of each app")
	flag.IntVar(&o.edits, "edits", 200, "measured edits of each app's lever")
	flag.IntVar(&o.warm, "warm", 10, "edits before the measured ones, not counted")
	flag.StringVar(&o.native, "native", "", "go test -bench output of the engine, native")
	flag.StringVar(&o.wasm, "wasm", "", "go test -bench output of the engine, js/wasm under Node.js")
	flag.BoolVar(&o.check, "check", false, "exit 1 when a row is over its budget")
	flag.BoolVar(&o.markdown, "markdown", false, "print the table as Markdown too")
	flag.StringVar(&o.jsonOut, "json", "", "write every measurement, run by run, to this file")
	flag.StringVar(&o.jsFlags, "js-flags", "", "flags for Chromium's V8 (--js-flags), to see what a V8 setting changes, e.g. --no-wasm-lazy-compilation; the table's heading names them")
	flag.StringVar(&o.chromium, "chromium", "", "Chromium's program (default: chromium, chromium-browser or google-chrome on PATH)")
	flag.BoolVar(&o.profile, "profile", false, "also profile the edit loops (CPU, sampled every 100 µs) and print the top functions by self time; "+
		"the figures of a profiled loop are not the benchmark's")
	flag.IntVar(&o.repeat, "repeat", 5, "visits of each app after a first one, its service worker active (0: none)")
	flag.StringVar(&o.lighthouse, "lighthouse", "", "Lighthouse's command line, its cli/index.js, run under Node.js (default: no Lighthouse rows; make bench sets it)")
	flag.IntVar(&o.lighthouseRuns, "lighthouse-runs", 3, "Lighthouse runs of each app")
	flag.StringVar(&profileDir, "profile-dir", "", "with -profile: also write each whole profile to this folder, as NAME.cpuprofile")
	flag.Parse()
	if o.floorDir == "" {
		fmt.Fprintln(os.Stderr, "benchtable: -floor-dir is required (make bench sets it)")
		os.Exit(2)
	}
	if o.floorServer == "" {
		o.floorServer = filepath.Join(o.floorDir, "floor")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	over, err := run(ctx, o, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	if o.check && over > 0 {
		fmt.Fprintf(os.Stderr, "benchtable: %d row(s) over budget\n", over)
		os.Exit(1)
	}
}

// results is everything one run measured, for -json.
type results struct {
	Date     string             `json:"date"`
	Chromium string             `json:"chromium"`
	GoOSArch string             `json:"goosarch"`
	CPUs     int                `json:"cpus"`
	Sizes    map[string][]int64 `json:"sizes"` // raw, gzip, brotli
	Loads    map[string][]loadRun
	Edits    map[string]editRun
	Engine   []*goBench
	// LoadProfiles are -profile's cold loads.
	LoadProfiles map[string]*profileSummary
	// Lazy is one traced cold load of each app: what V8 compiled on first
	// call until it was interactive.
	Lazy map[string]lazyCompiles `json:"lazy"`
	// Repeat is each app's repeat visits (repeat.go).
	Repeat map[string]repeatRun `json:"repeat"`
	// Lighthouse is each app's Lighthouse runs (lighthouse.go).
	Lighthouse map[string][]lighthouseRun `json:"lighthouse"`
}

// run measures and prints the table; it returns how many rows are over
// budget.
func run(ctx context.Context, o options, w io.Writer) (int, error) {
	res := results{
		Date: time.Now().Format("2006-01-02"), GoOSArch: runtime.GOOS + "/" + runtime.GOARCH, CPUs: runtime.NumCPU(),
		Sizes: map[string][]int64{}, Loads: map[string][]loadRun{}, Edits: map[string]editRun{},
		LoadProfiles: map[string]*profileSummary{}, Lazy: map[string]lazyCompiles{},
	}
	for name, dir := range map[string]string{"ours": o.oursDir, "floor": o.floorDir} {
		var sizes []int64
		for _, ext := range []string{"", ".gz", ".br"} {
			fi, err := os.Stat(filepath.Join(dir, "web", "app.wasm"+ext))
			if err != nil {
				return 0, fmt.Errorf("%s's app.wasm%s: %w (make bench builds it)", name, ext, err)
			}
			sizes = append(sizes, fi.Size())
		}
		res.Sizes[name] = sizes
	}
	for _, f := range []struct{ file, platform string }{{o.native, "native"}, {o.wasm, "wasm"}} {
		if f.file == "" {
			continue
		}
		b, err := parseGoBenchFile(f.file, f.platform)
		if err != nil {
			return 0, err
		}
		res.Engine = append(res.Engine, b...)
	}

	exe := chromium{exe: o.chromium, jsFlags: o.jsFlags}
	if exe.exe == "" {
		if exe.exe = findChromium(); exe.exe == "" {
			return 0, errors.New("no Chromium (chromium, chromium-browser or google-chrome) on PATH: make bench installs Debian's chromium when run as root")
		}
	}
	ours, err := startServer(ctx, "ours", o.oursServer, o.oursDir)
	if err != nil {
		return 0, err
	}
	defer ours.stop()
	floor, err := startServer(ctx, "floor", o.floorServer, o.floorDir)
	if err != nil {
		return 0, err
	}
	defer floor.stop()
	// The browser talks to each server through a counter of app.wasm's
	// requests.
	counters := map[string]*counter{}
	for name, s := range map[string]*server{"ours": ours, "floor": floor} {
		c, err := newCounter(s.url)
		if err != nil {
			return 0, err
		}
		defer c.close()
		counters[name] = c
	}
	targets := []target{
		{name: "ours", url: counters["ours"].url, dir: o.oursDir, figure: "[data-metric]", lever: `input[name="silver"]`,
			watched: `[data-metric="company.gross-profit"]`, attr: "data-value"},
		{name: "floor", url: counters["floor"].url, dir: o.floorDir, figure: "output", lever: `input[name="v"]`, watched: "output"},
	}

	for i := range o.runs {
		for _, t := range targets {
			counters[t.name].take()
			r, version, err := coldLoad(ctx, exe, t)
			if err != nil {
				return 0, fmt.Errorf("cold load %d of %s: %w", i+1, t.name, err)
			}
			r.WasmRequests, r.WasmNotModified, r.WasmBytesSent = counters[t.name].take()
			res.Chromium = version
			res.Loads[t.name] = append(res.Loads[t.name], r)
			fmt.Fprintf(os.Stderr, "benchtable: cold load %d/%d %-5s  FCP %6.0f ms  figures visible %6.0f ms  interactive %6.0f ms\n",
				i+1, o.runs, t.name, *r.FCP, *r.FigureVisible, *r.Interactive)
		}
	}
	if o.repeat > 0 {
		if res.Repeat, err = repeatVisits(ctx, exe, targets, o.repeat); err != nil {
			return 0, err
		}
	}
	for _, t := range targets {
		l, err := tracedLoad(ctx, exe, t)
		if err != nil {
			return 0, fmt.Errorf("traced cold load of %s: %w", t.name, err)
		}
		wasm, err := os.ReadFile(filepath.Join(t.dir, "web", "app.wasm"))
		if err != nil {
			return 0, err
		}
		imported, bodies, err := wasmFunctions(wasm)
		if err != nil {
			return 0, fmt.Errorf("%s's app.wasm: %w", t.name, err)
		}
		if l.Bytes, err = compiledBytes(imported, bodies, l.Indices); err != nil {
			return 0, fmt.Errorf("%s's traced load: %w", t.name, err)
		}
		res.Lazy[t.name] = l
		fmt.Fprintf(os.Stderr, "benchtable: traced load %-5s  %d functions compiled on first call, %d bytes of code, %.0f ms; longest task %.0f ms\n",
			t.name, l.Functions, l.Bytes, l.MS, l.LongestTaskMS)
	}
	if o.lighthouse != "" && o.lighthouseRuns > 0 {
		if res.Lighthouse, err = lighthouseRuns(ctx, exe, o.lighthouse, targets, o.lighthouseRuns); err != nil {
			return 0, err
		}
	}
	if o.profile {
		for _, t := range targets {
			p, err := profiledLoad(ctx, exe, t)
			if err != nil {
				return 0, fmt.Errorf("profiled cold load of %s: %w", t.name, err)
			}
			res.LoadProfiles[t.name] = p
		}
	}
	for _, t := range targets {
		e, err := edits(ctx, exe, t, o.edits, o.warm, o.profile)
		if err != nil {
			return 0, fmt.Errorf("edit loop of %s: %w", t.name, err)
		}
		res.Edits[t.name] = e
		fmt.Fprintf(os.Stderr, "benchtable: %d edits %-5s  p50 %.2f ms  p95 %.2f ms\n",
			len(e.Latency), t.name, median(e.Latency), quantile(e.Latency, 0.95))
	}

	rows := tableRows(res)
	v8 := ""
	if o.jsFlags != "" {
		v8 = " (V8's flags: " + o.jsFlags + ")"
	}
	fmt.Fprintf(w, "\nSpeed against go-app's floor, %s, %s%s, %d CPUs, %s, %d cold loads each, %d edits each\n\n",
		res.Date, res.Chromium, v8, res.CPUs, res.GoOSArch, o.runs, o.edits)
	writeTable(w, rows, false)
	writeDetails(w, res)
	if o.markdown {
		fmt.Fprintln(w)
		writeTable(w, rows, true)
	}
	if o.jsonOut != "" {
		b, err := json.MarshalIndent(res, "", "  ")
		if err == nil {
			err = os.WriteFile(o.jsonOut, append(b, '\n'), 0o644)
		}
		if err != nil {
			return 0, err
		}
	}
	over := overBudget(rows)
	if len(over) > 0 {
		var names []string
		for _, r := range over {
			names = append(names, r.Metric)
		}
		fmt.Fprintf(w, "\nover budget: %s\n", strings.Join(names, "; "))
	} else {
		fmt.Fprintln(w, "\nevery budget holds")
	}
	return len(over), nil
}
