package main

import (
	"context"
	"encoding/json"
	"errors"
	"sync"

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

// tracedLoad is a cold load traced from navigation until the first lever
// answered (instrumentedLoad), counting the functions V8 compiled on first
// call.
func tracedLoad(parent context.Context, exe chromium, t target) (lazyCompiles, error) {
	var (
		out     lazyCompiles
		mu      sync.Mutex
		batches [][]byte
		done    = make(chan struct{})
		once    sync.Once
	)
	start := func(ctx context.Context) error {
		// The listener only keeps the batches: it runs in the loop that
		// reads the browser's messages, and must return at once.
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
			return err
		}
		_, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{lazyCategory}, ExcludedCategories: []string{"*"}},
		})
		return err
	}
	stop := func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
			return err
		}
		select {
		case <-done:
			return nil
		case <-ctx.Done():
			return errors.New("the trace did not complete within " + loadTimeout.String())
		}
	}
	if err := instrumentedLoad(parent, exe, t, start, stop); err != nil {
		return out, err
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
			out.MS += e.Dur / 1000
			out.Indices = append(out.Indices, e.Args.FuncIndex)
		}
	}
	out.Functions = len(out.Indices)
	if out.Functions == 0 && exe.jsFlags == "" {
		return out, errors.New("the trace holds no wasm.CompileLazy event: V8 compiled app.wasm eagerly (-js-flags?) or renamed the event")
	}
	return out, nil
}
