package main

import (
	"fmt"
	"math"
	"slices"
)

// loadMedian is the median over the runs of one figure of a cold load.
func loadMedian(runs []loadRun, f func(loadRun) *float64) float64 {
	return median(valuesOf(runs, f))
}

// valuesOf is one figure of each run, NaN where a run has none.
func valuesOf(runs []loadRun, f func(loadRun) *float64) []float64 {
	var xs []float64
	for _, r := range runs {
		if v := f(r); v != nil {
			xs = append(xs, *v)
		} else {
			xs = append(xs, math.NaN())
		}
	}
	return xs
}

// lighthouseMedian is the median over the runs of one Lighthouse figure.
func lighthouseMedian(runs []lighthouseRun, f func(lighthouseRun) float64) float64 {
	var xs []float64
	for _, r := range runs {
		xs = append(xs, f(r))
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
	rows = append(rows, startupRows(res)...)

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
				if ms, ok := wasmBudgetsMS[name]; ok && platform == "wasm" {
					r.Budget = &budget{Text: fmt.Sprintf("< %g ms", ms), Over: !(r.Ours < ms*1000)}
				}
				rows = append(rows, r)
			}
		}
	}
	return rows
}

// startupRows are issue 14's: the longest task of the traced load, repeat
// visits and Lighthouse, each left out when the run did not measure it (an
// older -json, -repeat 0, no -lighthouse).
func startupRows(res results) []row {
	var rows []row
	lo, okO := res.Lazy["ours"]
	lf, okF := res.Lazy["floor"]
	if okO && okF {
		rows = append(rows, row{Metric: "cold load: longest main-thread task, until interactive (traced load)", Unit: "ms",
			Ours: lo.LongestTaskMS, Floor: lf.LongestTaskMS})
	}
	ro, okO := res.Repeat["ours"]
	rf, okF := res.Repeat["floor"]
	if okO && okF {
		inter := func(r loadRun) *float64 { return r.Interactive }
		r := row{Metric: fmt.Sprintf("repeat visit, service worker active: interactive (median of %d)", len(ro.Visits)), Unit: "ms",
			Ours: loadMedian(ro.Visits, inter), Floor: loadMedian(rf.Visits, inter)}
		ratioBudget(&r, repeatBudget)
		rows = append(rows, r)
	}
	ho, hf := res.Lighthouse["ours"], res.Lighthouse["floor"]
	if len(ho) > 0 && len(hf) > 0 {
		score := func(r lighthouseRun) float64 { return r.Score }
		tbt := func(r lighthouseRun) float64 { return r.TBT }
		label := fmt.Sprintf("Lighthouse %s, mobile (median of %d): ", ho[0].Version, len(ho))
		sr := row{Metric: label + "performance score", Unit: "score", Ours: lighthouseMedian(ho, score), Floor: lighthouseMedian(hf, score)}
		sr.Budget = &budget{Text: fmt.Sprintf("≥ %.2f", lighthouseScoreBudget), Over: !(sr.Ours >= lighthouseScoreBudget)}
		tr := row{Metric: label + "total blocking time", Unit: "ms", Ours: lighthouseMedian(ho, tbt), Floor: lighthouseMedian(hf, tbt)}
		tr.Budget = &budget{Text: fmt.Sprintf("≤ %.0f ms", tbtBudgetMS), Over: !(tr.Ours <= tbtBudgetMS)}
		rows = append(rows, sr, tr)
	}
	return rows
}
