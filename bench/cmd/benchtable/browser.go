package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/hecla-calc/calculator/internal/headless"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

//go:embed probe.js
var probeJS string

// target is one app under test: where it is served and which elements of
// its page the probe watches.
type target struct {
	name string // "ours", "floor"
	url  string // the server's base URL, http://127.0.0.1:PORT/
	dir  string // the folder it serves web/ from

	// Selectors: figure is the first figure element of the pre-rendered
	// page; lever the text field typed into; watched the element whose
	// attr (its text when attr is "") shows the answer.
	figure, lever, watched, attr string
}

// probeConfig is BENCH_CONFIG in probe.js.
type probeConfig struct {
	Figure      string  `json:"figure"`
	Lever       string  `json:"lever"`
	Target      string  `json:"target"`
	Attr        string  `json:"attr"`
	ProbeEvery  int     `json:"probeEvery"`  // ms between two probes of interactive, while go-app's loader shows
	ProbeAfter  int     `json:"probeAfter"`  // ms between two probes once it is gone
	ProbeBase   float64 `json:"probeBase"`   // probes type ProbeBase + k/100
	EditBase    float64 `json:"editBase"`    // edits type EditBase + k/100
	Quiet       int     `json:"quiet"`       // ms without mutation that settle an edit
	EditTimeout int     `json:"editTimeout"` // ms an edit may take at most
}

func (t target) probeScript() string {
	cfg, _ := json.Marshal(probeConfig{
		Figure: t.figure, Lever: t.lever, Target: t.watched, Attr: t.attr,
		ProbeEvery: 4, ProbeAfter: 100, ProbeBase: 20, EditBase: 14, Quiet: 50, EditTimeout: 3000,
	})
	return "const BENCH_CONFIG = " + string(cfg) + ";\n" + probeJS
}

// chromium is the Chromium every session starts, and the flags it hands V8
// (-js-flags), if any.
type chromium struct {
	exe     string
	jsFlags string
}

// browserOptions are the e2e suite's (internal/headless), with V8's flags.
func browserOptions(b chromium, profile string) []chromedp.ExecAllocatorOption {
	opts := headless.Options(b.exe, profile)
	if b.jsFlags != "" {
		opts = append(opts, chromedp.Flag("js-flags", b.jsFlags))
	}
	return opts
}

// findChromium is the e2e suite's Chromium (internal/headless).
func findChromium() string { return headless.Find() }

// session is one fresh headless Chromium (a new, empty profile) with one
// tab.
type session struct {
	ctx     context.Context
	cancel  func()
	profile string
	version string
}

const (
	startTimeout = 60 * time.Second // a browser's start, a tab's opening
	loadTimeout  = 90 * time.Second // a cold load until interactive
	editsTimeout = 5 * time.Minute  // the whole edit loop
)

func newSession(parent context.Context, exe chromium) (*session, error) {
	profile, err := os.MkdirTemp("", "hecla-bench-chromium-")
	if err != nil {
		return nil, err
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, browserOptions(exe, profile)...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	s := &session{ctx: ctx, profile: profile, cancel: func() {
		cancelCtx()
		cancelAlloc() // waits for the browser to exit
		os.RemoveAll(profile)
	}}
	// The first run starts the browser and binds it to ctx: no timeout of
	// its own, a watchdog instead.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err = <-started:
	case <-time.After(startTimeout):
		err = fmt.Errorf("%s did not start within %v", exe.exe, startTimeout)
	}
	if err == nil {
		tctx, cancel := context.WithTimeout(ctx, startTimeout)
		var v browser.GetVersionResult
		if v, err = chromedp.CallBrowser(tctx, browser.GetVersion, struct{}{}); err == nil {
			s.version = v.Product
		}
		cancel()
	}
	if err != nil {
		s.cancel()
		return nil, fmt.Errorf("starting %s: %w", exe.exe, err)
	}
	return s, nil
}

// eval evaluates a JavaScript expression within timeout, awaiting a
// promise.
func eval[T any](s *session, timeout time.Duration, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(s.ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

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

// open installs the probe and navigates to the target's page, then waits
// until the probe has seen the first paint and the first lever answered,
// and, if figures, the figure visible.
func (s *session) open(t target, figures bool) (loadRun, error) {
	var r loadRun
	ctx, cancel := context.WithTimeout(s.ctx, startTimeout)
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: t.probeScript()})
	cancel()
	if err != nil {
		return r, fmt.Errorf("installing the probe: %w", err)
	}
	ctx, cancel = context.WithTimeout(s.ctx, loadTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(t.url)); err != nil {
		return r, fmt.Errorf("loading %s: %w", t.url, err)
	}
	for {
		r, err = chromedp.Run(ctx, chromedp.Evaluate[loadRun](readLoad))
		if err != nil {
			return r, fmt.Errorf("reading the probe on %s: %w", t.url, err)
		}
		if r.complete(figures) {
			if figures && !figureTimes(&r) {
				b, _ := json.Marshal(r)
				return r, fmt.Errorf("%s: cannot tell when the figure became visible: %s", t.url, b)
			}
			return r, nil
		}
		select {
		case <-ctx.Done():
			b, _ := json.Marshal(r)
			return r, fmt.Errorf("%s: not loaded and interactive within %v: %s", t.url, loadTimeout, b)
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// coldLoad is one cold load of the target in a fresh browser.
func coldLoad(parent context.Context, exe chromium, t target) (loadRun, string, error) {
	s, err := newSession(parent, exe)
	if err != nil {
		return loadRun{}, "", err
	}
	defer s.cancel()
	r, err := s.open(t, true)
	return r, s.version, err
}

// instrumentedLoad is a cold load of the target in a fresh browser with an
// instrument of Chromium's running from navigation to interactive: start
// begins it, stop ends and reads it. The tab first opens a file of the same
// origin (the icon), so that the page loads in the renderer the instrument
// runs in; nothing is cached but that icon.
func instrumentedLoad(parent context.Context, exe chromium, t target, start, stop func(context.Context) error) error {
	s, err := newSession(parent, exe)
	if err != nil {
		return err
	}
	defer s.cancel()
	ctx, cancel := context.WithTimeout(s.ctx, loadTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(t.url+"web/icon.svg")); err != nil {
		return err
	}
	if err := start(ctx); err != nil {
		return err
	}
	if _, err := s.open(t, false); err != nil {
		return err
	}
	return stop(ctx)
}

// profiledLoad is a cold load profiled from navigation to interactive: its
// top functions by self time.
func profiledLoad(parent context.Context, exe chromium, t target) (*profileSummary, error) {
	var p *profileSummary
	err := instrumentedLoad(parent, exe, t, startProfile, func(ctx context.Context) (err error) {
		p, err = stopProfile(ctx, t.name+"-load")
		return err
	})
	return p, err
}

// startProfile starts Chromium's sampling CPU profiler (V8's: JavaScript
// and WebAssembly functions, by the names of app.wasm's name section, which
// go build -ldflags=-s leaves out), a sample every 100 µs.
func startProfile(ctx context.Context) error {
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
		return err
	}
	_, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{})
	return err
}

// stopProfile stops the profiler and sums its profile up; with
// -profile-dir, it also writes the whole profile there as NAME.cpuprofile
// (Chromium DevTools' Performance panel loads it).
func stopProfile(ctx context.Context, name string) (*profileSummary, error) {
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return nil, err
	}
	if profileDir != "" {
		b, err := json.Marshal(res.Profile)
		if err == nil {
			err = os.WriteFile(filepath.Join(profileDir, name+".cpuprofile"), b, 0o644)
		}
		if err != nil {
			return nil, err
		}
	}
	return summarize(res.Profile, 25), nil
}

// profileDir is -profile-dir.
var profileDir string

// editRun is what the edit loop measured.
type editRun struct {
	Latency  []float64 `json:"latency"` // ms, input event to the last mutation
	First    []float64 `json:"first"`   // ms, input event to the first mutation
	Records  []float64 `json:"records"` // mutation records per edit
	Noops    []float64 `json:"noops"`   // of which set an attribute or text to what it was
	Nodes    []float64 `json:"nodes"`   // distinct nodes those records name
	Failures []string  `json:"failures"`
	Stray    int       `json:"stray"` // records between edits
	// Main-thread time per edit (ms), from Chromium's Performance domain:
	// script (JavaScript and WebAssembly), style recalculation, layout, and
	// all tasks, over the whole loop divided by its edits.
	Script, Style, Layout, Task float64
	// Profile is the CPU profile's summary, when asked.
	Profile *profileSummary `json:"profile,omitempty"`
}

// edits loads the target in a fresh browser, lets it settle (its service
// worker installed, then a second), and runs the edit loop: warm edits,
// then n measured ones.
func edits(parent context.Context, exe chromium, t target, n, warm int, profile bool) (editRun, error) {
	var out editRun
	s, err := newSession(parent, exe)
	if err != nil {
		return out, err
	}
	defer s.cancel()
	if _, err := s.open(t, false); err != nil {
		return out, err
	}
	if _, err := eval[bool](s, 30*time.Second, `Promise.race([
		navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : Promise.resolve(false),
		new Promise(r => setTimeout(() => r(false), 20000)),
	]).then(ok => new Promise(r => setTimeout(() => r(ok), 1000)))`); err != nil {
		return out, fmt.Errorf("waiting for the service worker: %w", err)
	}
	ctx, cancel := context.WithTimeout(s.ctx, editsTimeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		return out, err
	}
	before, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return out, err
	}
	if profile {
		if err := startProfile(ctx); err != nil {
			return out, err
		}
	}
	out, err = chromedp.Run(ctx, chromedp.Evaluate[editRun](fmt.Sprintf(`window.__benchEdits(%d, %d)`, n, warm), chromedp.EvalAwaitPromise))
	if err != nil {
		return out, fmt.Errorf("the edit loop on %s: %w", t.url, err)
	}
	if profile {
		if out.Profile, err = stopProfile(ctx, t.name+"-edits"); err != nil {
			return out, err
		}
	}
	after, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return out, err
	}
	delta := func(name string) float64 {
		var a, b float64
		for _, m := range before.Metrics {
			if m.Name == name {
				a = m.Value
			}
		}
		for _, m := range after.Metrics {
			if m.Name == name {
				b = m.Value
			}
		}
		return (b - a) * 1000 / float64(n+warm)
	}
	out.Script, out.Style, out.Layout, out.Task = delta("ScriptDuration"), delta("RecalcStyleDuration"), delta("LayoutDuration"), delta("TaskDuration")
	if len(out.Latency) == 0 {
		return out, errors.New(t.name + ": no edit settled: " + strings.Join(out.Failures, "; "))
	}
	return out, nil
}
