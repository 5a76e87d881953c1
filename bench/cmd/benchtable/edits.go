package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

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
