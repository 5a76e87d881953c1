package main

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// lazyCompiles is what V8 compiled of app.wasm while a cold load became
// interactive. V8 compiles a WebAssembly function the first time it is
// called (lazy compilation, on by default), on the main thread, so every
// function Go's start-up runs for the first time costs a compilation
// before it runs. Unlike the load's milliseconds, the count hardly moves
// from load to load on a shared machine: it says what a change to the
// start-up path does without five noisy loads.
type lazyCompiles struct {
	Functions int     `json:"functions"` // wasm.CompileLazy trace events
	MS        float64 `json:"ms"`        // their summed durations
	// Bytes is the code of those functions, read from the app.wasm the
	// server sent. Compiling takes time by the byte more than by the
	// function: most start-up functions are small.
	Bytes int `json:"bytes"`
	// Indices are the functions' places in the module's index space.
	Indices []int `json:"-"`
}

// lazyCategory is the trace category of V8's WebAssembly compilation.
const lazyCategory = "v8.wasm"

// tracedLoad is a cold load of the target in a fresh browser, traced from
// navigation until the first lever answered, counting the functions V8
// compiled on first call. Like profiledLoad it first opens the icon, so
// the page loads in the renderer the trace began in.
func tracedLoad(parent context.Context, exe chromium, t target) (lazyCompiles, error) {
	var out lazyCompiles
	s, err := newSession(parent, exe)
	if err != nil {
		return out, err
	}
	defer s.cancel()
	ctx, cancel := context.WithTimeout(s.ctx, loadTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(t.url+"web/icon.svg")); err != nil {
		return out, err
	}
	// The listener only keeps the batches: it runs in the loop that reads
	// the browser's messages, and must return at once.
	var (
		mu      sync.Mutex
		batches [][]byte
		done    = make(chan struct{})
		once    sync.Once
	)
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				batches = append(batches, v)
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			once.Do(func() { close(done) })
		}
	}); err != nil {
		return out, err
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{lazyCategory}, ExcludedCategories: []string{"*"}},
	}); err != nil {
		return out, err
	}
	if _, err := s.open(t, false); err != nil {
		return out, err
	}
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		return out, err
	}
	select {
	case <-done:
	case <-ctx.Done():
		return out, errors.New("the trace did not complete within " + loadTimeout.String())
	case <-time.After(30 * time.Second):
		return out, errors.New("the trace did not complete within 30s of its end")
	}
	mu.Lock()
	defer mu.Unlock()
	for _, b := range batches {
		var e struct {
			Name string  `json:"name"`
			Dur  float64 `json:"dur"` // µs
			Args struct {
				FuncIndex int `json:"func_index"`
			} `json:"args"`
		}
		if err := json.Unmarshal(b, &e); err != nil {
			return out, err
		}
		if e.Name == "wasm.CompileLazy" {
			out.Functions++
			out.MS += e.Dur / 1000
			out.Indices = append(out.Indices, e.Args.FuncIndex)
		}
	}
	if out.Functions == 0 && exe.jsFlags == "" {
		return out, errors.New("the trace holds no wasm.CompileLazy event: V8 compiled app.wasm eagerly (-js-flags?) or renamed the event")
	}
	return out, nil
}
