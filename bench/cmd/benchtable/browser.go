package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/hecla-calc/calculator/internal/headless"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
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
	ProbeEvery  int     `json:"probeEvery"`  // ms between two probes of interactive
	ProbeBase   float64 `json:"probeBase"`   // probes type ProbeBase + k/100
	EditBase    float64 `json:"editBase"`    // edits type EditBase + k/100
	Quiet       int     `json:"quiet"`       // ms without mutation that settle an edit
	EditTimeout int     `json:"editTimeout"` // ms an edit may take at most
}

func (t target) probeScript() string {
	cfg, _ := json.Marshal(probeConfig{
		Figure: t.figure, Lever: t.lever, Target: t.watched, Attr: t.attr,
		ProbeEvery: 4, ProbeBase: 20, EditBase: 14, Quiet: 50, EditTimeout: 3000,
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

// session is one headless Chromium with one tab: a fresh one (a new, empty
// profile) from newSession.
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
	return startSession(parent, exe, "")
}

// startSession starts a headless Chromium on the profile folder given, which
// it leaves for the next session to find, or, when profile is "", on a new,
// empty one it removes at the end; extra options come after the usual ones.
func startSession(parent context.Context, exe chromium, profile string, extra ...chromedp.ExecAllocatorOption) (*session, error) {
	keep := profile != ""
	if !keep {
		var err error
		if profile, err = os.MkdirTemp("", "hecla-bench-chromium-"); err != nil {
			return nil, err
		}
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, append(browserOptions(exe, profile), extra...)...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	s := &session{ctx: ctx, profile: profile, cancel: func() {
		cancelCtx()
		cancelAlloc() // waits for the browser to exit
		if !keep {
			os.RemoveAll(profile)
		}
	}}
	var err error
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
