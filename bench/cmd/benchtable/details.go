package main

import (
	"fmt"
	"io"
	"strings"
)

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
	writeStartupDetails(w, res)
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

// writeStartupDetails prints the figures behind issue 14's rows: the repeat
// visits' first paint and first visit, the traced load's long tasks, and
// Lighthouse's other metrics.
func writeStartupDetails(w io.Writer, res results) {
	pair := func(what, unit string, a, b float64) {
		fmt.Fprintf(w, "  %-46s %8s / %s\n", what, formatValue(a, unit), formatValue(b, unit))
	}
	fmt.Fprintf(w, "\nStart-up:  ours / floor\n")
	if ro, rf := res.Repeat["ours"], res.Repeat["floor"]; len(ro.Visits) > 0 && len(rf.Visits) > 0 {
		fcp := func(r loadRun) *float64 { return r.FCP }
		inter := func(r loadRun) *float64 { return r.Interactive }
		pair("first visit (the repeat visits' profile): interactive", "ms", *ro.First.Interactive, *rf.First.Interactive)
		pair("repeat visits: first contentful paint, median", "ms", loadMedian(ro.Visits, fcp), loadMedian(rf.Visits, fcp))
		pair("repeat visits: interactive, fastest", "ms", minOf(ro.Visits, inter), minOf(rf.Visits, inter))
	}
	lo, lf := res.Lazy["ours"], res.Lazy["floor"]
	pair("traced load: main-thread tasks over 50 ms", "records", float64(lo.LongTasks), float64(lf.LongTasks))
	if ho, hf := res.Lighthouse["ours"], res.Lighthouse["floor"]; len(ho) > 0 && len(hf) > 0 {
		for _, m := range []struct {
			what string
			f    func(lighthouseRun) float64
		}{
			{"Lighthouse: first contentful paint, median", func(r lighthouseRun) float64 { return r.FCP }},
			{"Lighthouse: largest contentful paint, median", func(r lighthouseRun) float64 { return r.LCP }},
			{"Lighthouse: speed index, median", func(r lighthouseRun) float64 { return r.SI }},
		} {
			pair(m.what, "ms", lighthouseMedian(ho, m.f), lighthouseMedian(hf, m.f))
		}
	}
}

// minOf is the least of one figure over the runs (NaN when none has it).
func minOf(runs []loadRun, f func(loadRun) *float64) float64 {
	return quantile(valuesOf(runs, f), 0)
}
