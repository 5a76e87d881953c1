package main

// loadRun is what one cold load measured, in ms since navigation start
// (probe.js says how), and what figureTimes works out of it.
type loadRun struct {
	FCP            *float64 `json:"fcp"`
	ClearAtFCP     *bool    `json:"clearAtFcp"`
	FigureInserted *float64 `json:"figureInserted"`
	FigureRender   *float64 `json:"figureRender"`
	FigureLevel    *int     `json:"figureLevel"`
	ClearAtRender  *bool    `json:"clearAtRender"`
	FirstClear     *float64 `json:"firstClear"`
	Instantiated   *float64 `json:"instantiated"`
	LoaderRemoved  *float64 `json:"loaderRemoved"`
	Interactive    *float64 `json:"interactive"`
	DOMContent     *float64 `json:"domContentLoaded"`
	Probes         int      `json:"probes"`
	Notes          []string `json:"notes"`
	Now            float64  `json:"now"` // when the page was read
	// app.wasm as Chromium fetched it (Resource Timing).
	WasmStart   float64 `json:"wasmStart"`
	WasmEnd     float64 `json:"wasmEnd"`
	WasmEncoded float64 `json:"wasmEncoded"`
	WasmDecoded float64 `json:"wasmDecoded"`
	// Document: its response's end.
	DocResponseEnd float64 `json:"docResponseEnd"`
	// app.wasm as the server saw it while the load was measured: requests
	// (the page's, and any of its service worker's), bytes sent.
	WasmRequests    int   `json:"wasmRequests"`
	WasmNotModified int   `json:"wasmNotModified"` // of which answered 304 Not Modified
	WasmBytesSent   int64 `json:"wasmBytesSent"`
	// Controlled: a service worker controlled the page when it was read.
	Controlled bool `json:"controlled"`

	// Worked out by figureTimes.
	FigureVisible  *float64 `json:"figureVisible"`
	FigureCovered  bool     `json:"figureCovered"`  // covered (or off screen) when first painted
	FigureFallback bool     `json:"figureFallback"` // no Element Timing entry: the first paint's time
}

const readLoad = `(() => {
	const b = window.__bench || {};
	const w = performance.getEntriesByType("resource").find(e => new URL(e.name).pathname.endsWith("/app.wasm")) || {};
	const d = performance.getEntriesByType("navigation")[0] || {};
	return {
		fcp: b.fcp, clearAtFcp: b.clearAtFcp, figureInserted: b.figureInserted,
		figureRender: b.figureRender, figureLevel: b.figureLevel, clearAtRender: b.clearAtRender,
		firstClear: b.firstClear, instantiated: b.instantiated, loaderRemoved: b.loaderRemoved,
		interactive: b.interactive, domContentLoaded: b.domContentLoaded,
		probes: b.probes || 0, notes: b.notes || [], now: performance.now(),
		wasmStart: w.startTime || 0, wasmEnd: w.responseEnd || 0,
		wasmEncoded: w.encodedBodySize || 0, wasmDecoded: w.decodedBodySize || 0,
		docResponseEnd: d.responseEnd || 0,
		controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
	};
})()`

// elementTimingWait is how long after interactive the figure's Element
// Timing entry may still come; without one, figureTimes falls back on the
// first paint.
const elementTimingWait = 1000.0 // ms

// complete tells whether the load has been measured in full: painted,
// interactive, and, when figures are asked for, the figure clear of
// anything covering it and its paint timed (or given up on).
func (r loadRun) complete(figures bool) bool {
	if r.FCP == nil || r.LoaderRemoved == nil || r.Interactive == nil {
		return false
	}
	return !figures || r.FirstClear != nil && (r.FigureRender != nil || r.Now-*r.Interactive > elementTimingWait)
}

// figureTimes works out when the figure became visible: when its text was
// first painted (Element Timing), if nothing covered it then; else when it
// first was clear (the first animation frame at which nothing covers it).
// Without an Element Timing entry (rare: Chromium did not report the
// aggregating block), its paint is the first contentful paint if the parser
// had inserted it by then. It reports false when it cannot tell.
func figureTimes(r *loadRun) bool {
	render, clear := r.FigureRender, r.ClearAtRender
	if render == nil {
		if r.FigureInserted == nil || r.FCP == nil || *r.FigureInserted > *r.FCP {
			return false
		}
		render, clear, r.FigureFallback = r.FCP, r.ClearAtFCP, true
	}
	v := *render
	if clear == nil || !*clear {
		if r.FirstClear == nil {
			return false
		}
		r.FigureCovered = true
		v = max(v, *r.FirstClear)
	}
	r.FigureVisible = &v
	return true
}
