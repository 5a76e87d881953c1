package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"math"
	"slices"
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
	Indices []int `json:"indices,omitempty"`
	// LongestTaskMS is the longest task of the page's main thread in the
	// trace (toplevel's RunTask events: what Lighthouse and DevTools call a
	// task); a tap waits for the task it lands in. LongTasks counts those
	// over 50 ms, the long tasks of Long Tasks and of total blocking time.
	LongestTaskMS float64 `json:"longestTaskMs"`
	LongTasks     int     `json:"longTasks"`
}

// lazyCategory is the trace category of V8's WebAssembly compilation;
// taskCategory, of the scheduler's tasks.
const (
	lazyCategory = "v8.wasm"
	taskCategory = "toplevel"
)

// longTaskMS is where a task becomes long (Long Tasks API, Lighthouse).
const longTaskMS = 50.0

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
			TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{lazyCategory, taskCategory}, ExcludedCategories: []string{"*"}},
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
	var tasks []traceEvent
	// V8 compiles on first call on the thread that calls: the page's main
	// thread is that of the compilations.
	mainThread := map[[2]int]int{}
	for _, b := range batches {
		var e traceEvent
		if err := json.Unmarshal(b, &e); err != nil {
			return out, err
		}
		switch e.Name {
		case "wasm.CompileLazy":
			out.MS += e.Dur / 1000
			out.Indices = append(out.Indices, e.Args.FuncIndex)
			mainThread[[2]int{e.PID, e.TID}]++
		case "RunTask", "ThreadControllerImpl::RunTask":
			if e.Ph == "X" {
				tasks = append(tasks, e)
			}
		}
	}
	out.Functions = len(out.Indices)
	out.LongestTaskMS, out.LongTasks = longestTask(tasks, mainThread)
	if out.Functions == 0 && exe.jsFlags == "" {
		return out, errors.New("the trace holds no wasm.CompileLazy event: V8 compiled app.wasm eagerly (-js-flags?) or renamed the event")
	}
	return out, nil
}

// traceEvent is what tracedLoad reads of a trace event.
type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	PID  int     `json:"pid"`
	TID  int     `json:"tid"`
	TS   float64 `json:"ts"`  // µs
	Dur  float64 `json:"dur"` // µs
	Args struct {
		FuncIndex int `json:"func_index"`
	} `json:"args"`
}

// longestTask is the longest of the tasks that ran on the thread with the
// most compilations, in ms, and how many of them were long. A task event
// may hold another (RunTask within ThreadControllerImpl::RunTask, in some
// versions of Chromium): only the outer ones are counted as long.
func longestTask(tasks []traceEvent, compiles map[[2]int]int) (float64, int) {
	var main [2]int
	most := 0
	for th, n := range compiles {
		if n > most {
			main, most = th, n
		}
	}
	type span struct{ start, end float64 }
	var spans []span
	longest := 0.0
	for _, e := range tasks {
		if [2]int{e.PID, e.TID} != main {
			continue
		}
		longest = max(longest, e.Dur/1000)
		if e.Dur/1000 > longTaskMS {
			spans = append(spans, span{e.TS, e.TS + e.Dur})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	long, end := 0, math.Inf(-1)
	for _, s := range spans {
		if s.start >= end {
			long++
			end = s.end
		}
	}
	return longest, long
}
