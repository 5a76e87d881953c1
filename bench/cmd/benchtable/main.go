// Command benchtable measures the calculator against go-app's floor (the
// smallest go-app program, bench/testdata/floor) on this machine, in one
// run, and prints one table: each row our figure, the floor's, their ratio
// and the budget, if the row has one. make bench runs it (make bench-check
// with -check, which exits 1 when a row is over budget).
//
// It starts both servers itself, on 127.0.0.1 ports of their own, from the
// folders given (each serves web/ from its working folder), and stops them
// at the end. In headless Chromium (the e2e suite's flags), every browser a
// fresh one with an empty profile:
//
//   - cold loads, interleaved (ours, floor, ours, ...), -runs of each:
//     first contentful paint, figures visible, interactive (see probe.js);
//   - one traced cold load of each: the WebAssembly functions V8 compiled
//     on first call until interactive, their bytes of code and compile time
//     (trace.go), which hardly move between loads;
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
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
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
		fmt.Fprintf(os.Stderr, "benchtable: traced load %-5s  %d functions compiled on first call, %d bytes of code, %.0f ms\n", t.name, l.Functions, l.Bytes, l.MS)
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

// loadMedian is the median over the runs of one figure of a cold load.
func loadMedian(runs []loadRun, f func(loadRun) *float64) float64 {
	var xs []float64
	for _, r := range runs {
		if v := f(r); v != nil {
			xs = append(xs, *v)
		} else {
			xs = append(xs, math.NaN())
		}
	}
	return median(xs)
}

// lazyFunctionsMetric is the row of tracedLoad's count.
const lazyFunctionsMetric = "cold load: functions V8 compiled on first call, until interactive"

func tableRows(res results) []row {
	nan := math.NaN()
	var rows []row
	names := []string{"raw", "gzip", "brotli"}
	for i, n := range names {
		r := row{Metric: "app.wasm, " + n, Unit: "bytes", Ours: float64(res.Sizes["ours"][i]), Floor: float64(res.Sizes["floor"][i])}
		if n == "brotli" {
			ratioBudget(&r, brotliBudget)
		}
		rows = append(rows, r)
	}
	lo, lf := res.Loads["ours"], res.Loads["floor"]
	fcp := func(r loadRun) *float64 { return r.FCP }
	vis := func(r loadRun) *float64 { return r.FigureVisible }
	inter := func(r loadRun) *float64 { return r.Interactive }
	rows = append(rows, row{Metric: "cold load: first contentful paint", Unit: "ms", Ours: loadMedian(lo, fcp), Floor: loadMedian(lf, fcp)})
	visRow := row{Metric: "cold load: figures visible", Unit: "ms", Ours: loadMedian(lo, vis), Floor: loadMedian(lf, vis)}
	// Figures visible at first contentful paint: in the median run, the
	// figure's first paint, unobstructed, is the first contentful paint
	// (the same frame: both are its presentation time).
	lateness := loadMedian(lo, func(r loadRun) *float64 {
		if r.FigureVisible == nil || r.FCP == nil {
			return nil
		}
		d := *r.FigureVisible - *r.FCP
		return &d
	})
	visRow.Budget = &budget{Text: "at first contentful paint", Over: !(lateness <= 0.5)}
	rows = append(rows, visRow)
	interRow := row{Metric: "cold load: interactive", Unit: "ms", Ours: loadMedian(lo, inter), Floor: loadMedian(lf, inter)}
	ratioBudget(&interRow, interactiveBudget)
	// A run without its traced loads (an older -json) shows none, not 0.
	lazy := func(name string, f func(lazyCompiles) float64) float64 {
		if l, ok := res.Lazy[name]; ok {
			return f(l)
		}
		return nan
	}
	functions := func(l lazyCompiles) float64 { return float64(l.Functions) }
	compileMS := func(l lazyCompiles) float64 { return l.MS }
	compiledCode := func(l lazyCompiles) float64 { return float64(l.Bytes) }
	rows = append(rows, interRow,
		row{Metric: lazyFunctionsMetric, Unit: "functions", Ours: lazy("ours", functions), Floor: lazy("floor", functions)},
		row{Metric: "cold load: their code", Unit: "bytes", Ours: lazy("ours", compiledCode), Floor: lazy("floor", compiledCode)},
		row{Metric: "cold load: their compilation, main thread", Unit: "ms", Ours: lazy("ours", compileMS), Floor: lazy("floor", compileMS)})

	eo, ef := res.Edits["ours"], res.Edits["floor"]
	rows = append(rows, row{Metric: "input to updated figures, p50", Unit: "ms", Ours: median(eo.Latency), Floor: median(ef.Latency)})
	p95 := row{Metric: "input to updated figures, p95", Unit: "ms", Ours: quantile(eo.Latency, 0.95), Floor: quantile(ef.Latency, 0.95)}
	p95.Budget = &budget{
		Text: fmt.Sprintf("≤ %.2f × floor and < %.1f ms", inputBudget, frameMS),
		Over: !(p95.ratio() <= inputBudget && p95.Ours < frameMS),
	}
	if len(eo.Failures) > 0 || len(ef.Failures) > 0 {
		p95.Budget.Over = true
	}
	rows = append(rows, p95)
	rows = append(rows,
		row{Metric: "DOM mutation records per edit, median", Unit: "records", Ours: median(eo.Records), Floor: median(ef.Records)},
		row{Metric: "DOM nodes they touch per edit, median", Unit: "nodes", Ours: median(eo.Nodes), Floor: median(ef.Nodes)},
	)

	// Engine: the four first, then any other benchmark, natively
	// then under js/wasm.
	order := []string{"Evaluate", "Sensitivity", "PriceCurve", "Attribute"}
	for _, b := range res.Engine {
		if !slices.Contains(order, b.Name) {
			order = append(order, b.Name)
		}
	}
	for _, name := range order {
		for _, platform := range []string{"native", "wasm"} {
			for _, b := range res.Engine {
				if b.Name != name || b.Platform != platform {
					continue
				}
				label := "native"
				if platform == "wasm" {
					label = "wasm, Node.js"
				}
				r := row{Metric: "engine: " + name + ", " + label, Unit: "µs/op", Ours: median(b.NsPerOp) / 1000, Floor: nan}
				if name == "Evaluate" && platform == "native" {
					r.Budget = &budget{Text: fmt.Sprintf("< %.0f µs", evaluateBudgetUS), Over: !(r.Ours < evaluateBudgetUS)}
				}
				rows = append(rows, r)
			}
		}
	}
	return rows
}

// writeDetails prints where the time of a cold load and of an edit goes,
// and how app.wasm travelled: not budgets, the figures behind them.
func writeDetails(w io.Writer, res results) {
	lo, lf := res.Loads["ours"], res.Loads["floor"]
	fmt.Fprintf(w, "\nCold load, medians (ms since navigation start):  ours / floor\n")
	line := func(what string, f func(loadRun) *float64) {
		fmt.Fprintf(w, "  %-46s %8s / %s\n", what, formatValue(loadMedian(lo, f), "ms"), formatValue(loadMedian(lf, f), "ms"))
	}
	val := func(f func(loadRun) float64) func(loadRun) *float64 {
		return func(r loadRun) *float64 { v := f(r); return &v }
	}
	line("document response end", val(func(r loadRun) float64 { return r.DocResponseEnd }))
	line("DOMContentLoaded", func(r loadRun) *float64 { return r.DOMContent })
	line("first contentful paint", func(r loadRun) *float64 { return r.FCP })
	line("figure's first paint (Element Timing)", func(r loadRun) *float64 { return r.FigureRender })
	line("figure found uncovered by a hit test", func(r loadRun) *float64 { return r.FirstClear })
	line("figure visible", func(r loadRun) *float64 { return r.FigureVisible })
	line("app.wasm request start", val(func(r loadRun) float64 { return r.WasmStart }))
	line("app.wasm response end", val(func(r loadRun) float64 { return r.WasmEnd }))
	line("WebAssembly instantiated", func(r loadRun) *float64 { return r.Instantiated })
	line("Go's main returned, page mounted (loader gone)", func(r loadRun) *float64 { return r.LoaderRemoved })
	line("first lever answered (interactive)", func(r loadRun) *float64 { return r.Interactive })
	fmt.Fprintf(w, "  %-46s %8s / %s\n", "app.wasm requests the server got, per load",
		formatValue(loadMedian(lo, val(func(r loadRun) float64 { return float64(r.WasmRequests) })), "records"),
		formatValue(loadMedian(lf, val(func(r loadRun) float64 { return float64(r.WasmRequests) })), "records"))
	fmt.Fprintf(w, "  %-46s %8s / %s\n", "  of which answered 304 Not Modified",
		formatValue(loadMedian(lo, val(func(r loadRun) float64 { return float64(r.WasmNotModified) })), "records"),
		formatValue(loadMedian(lf, val(func(r loadRun) float64 { return float64(r.WasmNotModified) })), "records"))
	fmt.Fprintf(w, "  %-46s %8s / %s\n", "app.wasm bytes the server sent, per load",
		formatValue(loadMedian(lo, val(func(r loadRun) float64 { return float64(r.WasmBytesSent) })), "bytes"),
		formatValue(loadMedian(lf, val(func(r loadRun) float64 { return float64(r.WasmBytesSent) })), "bytes"))
	for _, t := range []struct {
		name string
		runs []loadRun
	}{{"ours", lo}, {"floor", lf}} {
		covered, fallback, coding := 0, 0, map[string]int{}
		for _, r := range t.runs {
			if r.FigureCovered {
				covered++
			}
			if r.FigureFallback {
				fallback++
			}
			coding[codingOf(r, res.Sizes[t.name])]++
		}
		var codings []string
		for c, n := range coding {
			codings = append(codings, fmt.Sprintf("%s in %d of %d runs", c, n, len(t.runs)))
		}
		encoded := 0.0
		if len(t.runs) > 0 {
			encoded = t.runs[0].WasmEncoded
		}
		fmt.Fprintf(w, "  %-5s app.wasm travelled as %s (%s bytes); figure covered at its first paint in %d of %d runs\n",
			t.name, strings.Join(codings, ", "), formatValue(encoded, "bytes"), covered, len(t.runs))
		if fallback > 0 {
			fmt.Fprintf(w, "  %-5s no Element Timing entry for the figure in %d of %d runs: its paint taken as the first paint's\n",
				t.name, fallback, len(t.runs))
		}
	}
	eo, ef := res.Edits["ours"], res.Edits["floor"]
	fmt.Fprintf(w, "\nEdit loop, per edit:  ours / floor\n")
	pair := func(what, unit string, a, b float64) {
		fmt.Fprintf(w, "  %-46s %8s / %s\n", what, formatValue(a, unit), formatValue(b, unit))
	}
	pair("input to first mutation, p50 (ms)", "ms", median(eo.First), median(ef.First))
	pair("input to last mutation, max (ms)", "ms", quantile(eo.Latency, 1), quantile(ef.Latency, 1))
	pair("records setting a value it had, median", "records", median(eo.Noops), median(ef.Noops))
	pair("main thread: script, JS and wasm (ms)", "ms", eo.Script, ef.Script)
	pair("main thread: style recalculation (ms)", "ms", eo.Style, ef.Style)
	pair("main thread: layout (ms)", "ms", eo.Layout, ef.Layout)
	pair("main thread: all tasks (ms)", "ms", eo.Task, ef.Task)
	for _, t := range []struct {
		name string
		e    editRun
	}{{"ours", eo}, {"floor", ef}} {
		for _, f := range t.e.Failures {
			fmt.Fprintf(w, "  %s: FAILED %s\n", t.name, f)
		}
		if t.e.Stray > 0 {
			fmt.Fprintf(w, "  %s: %d mutation records came between edits\n", t.name, t.e.Stray)
		}
	}
	for _, t := range []string{"ours", "floor"} {
		writeProfile(w, fmt.Sprintf("%s's cold load, navigation to interactive", t), res.LoadProfiles[t])
		writeProfile(w, fmt.Sprintf("%s's edit loop", t), res.Edits[t].Profile)
	}
}

// codingOf names the content coding app.wasm came in, by its encoded size.
func codingOf(r loadRun, sizes []int64) string {
	switch int64(r.WasmEncoded) {
	case sizes[2]:
		return "br"
	case sizes[1]:
		return "gzip"
	case sizes[0]:
		return "identity"
	}
	return fmt.Sprintf("an unknown coding (%.0f bytes)", r.WasmEncoded)
}
