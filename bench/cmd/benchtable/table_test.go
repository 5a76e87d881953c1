package main

import (
	"math"
	"strings"
	"testing"
)

func TestQuantile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3, math.NaN()}
	for _, c := range []struct{ q, want float64 }{{0, 1}, {0.5, 3}, {1, 5}, {0.95, 4.8}, {0.25, 2}} {
		if got := quantile(xs, c.q); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("quantile(%v, %v) = %v, want %v", xs, c.q, got, c.want)
		}
	}
	if xs[0] != 5 {
		t.Error("quantile sorted its argument")
	}
	if got := median(nil); !math.IsNaN(got) {
		t.Errorf("median(nil) = %v, want NaN", got)
	}
}

func TestParseGoBench(t *testing.T) {
	const out = `goos: linux
BenchmarkAttribute-2     	    1401	    837444 ns/op	  384888 B/op	    8278 allocs/op
BenchmarkEvaluate-2      	   23224	     49686 ns/op	   23442 B/op	     501 allocs/op
BenchmarkEvaluate-2      	   24490	     49962.5 ns/op	   23442 B/op	     501 allocs/op
BenchmarkEvaluate    	    6808	    160371 ns/op	   23441 B/op	     501 allocs/op
PASS
ok  	github.com/hecla-calc/calculator/calc	20.743s
`
	bs, err := parseGoBench(strings.NewReader(out), "native")
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 2 || bs[0].Name != "Attribute" || bs[1].Name != "Evaluate" {
		t.Fatalf("got %+v", bs)
	}
	if got := bs[1].NsPerOp; len(got) != 3 || got[1] != 49962.5 {
		t.Errorf("Evaluate's ns/op: %v", got)
	}
	if bs[1].Allocs[0] != 501 || bs[1].BytesOp[0] != 23442 || bs[1].Platform != "native" {
		t.Errorf("Evaluate: %+v", bs[1])
	}
}

func TestFigureTimes(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	b := func(v bool) *bool { return &v }
	// Painted clear at the first paint.
	r := loadRun{FCP: f(300), ClearAtFCP: b(true), FigureInserted: f(50), FigureRender: f(300), ClearAtRender: b(true), FirstClear: f(301)}
	if !figureTimes(&r) || *r.FigureVisible != 300 || r.FigureCovered || r.FigureFallback {
		t.Errorf("clear at its first paint: %+v", r)
	}
	// Painted under the loader at 150, clear from 700.
	r = loadRun{FCP: f(150), ClearAtFCP: b(false), FigureInserted: f(40), FigureRender: f(150), ClearAtRender: b(false), FirstClear: f(700)}
	if !figureTimes(&r) || *r.FigureVisible != 700 || !r.FigureCovered {
		t.Errorf("covered: %+v", r)
	}
	// Painted after the first paint (the parser yielded before it).
	r = loadRun{FCP: f(290), ClearAtFCP: b(false), FigureInserted: f(350), FigureRender: f(380), ClearAtRender: b(true), FirstClear: f(381)}
	if !figureTimes(&r) || *r.FigureVisible != 380 || r.FigureCovered {
		t.Errorf("after the first paint: %+v", r)
	}
	// No Element Timing entry: the first paint, if the figure was in the
	// document by then.
	r = loadRun{FCP: f(200), ClearAtFCP: b(true), FigureInserted: f(60), FirstClear: f(200)}
	if !figureTimes(&r) || *r.FigureVisible != 200 || !r.FigureFallback {
		t.Errorf("fallback: %+v", r)
	}
	r = loadRun{FCP: f(200), ClearAtFCP: b(false), FigureInserted: f(260), FirstClear: f(300)}
	if figureTimes(&r) {
		t.Errorf("no entry, inserted after the first paint: %+v", r)
	}
}

func TestBudgets(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	res := results{
		Sizes: map[string][]int64{"ours": {100, 30, 23}, "floor": {90, 25, 20}},
		Loads: map[string][]loadRun{
			"ours":  {{FCP: f(100), FigureVisible: f(100), Interactive: f(1300)}},
			"floor": {{FCP: f(90), FigureVisible: f(500), Interactive: f(1000)}},
		},
		Edits: map[string]editRun{
			"ours":  {Latency: []float64{12, 13, 14}},
			"floor": {Latency: []float64{10, 10, 10}},
		},
		Engine: []*goBench{{Name: "Evaluate", Platform: "native", NsPerOp: []float64{49000, 51000, 49500}},
			{Name: "SolveAll", Platform: "wasm", NsPerOp: []float64{8.5e6}},
			{Name: "SolveAll", Platform: "native", NsPerOp: []float64{30e6}},
			{Name: "Simulate2000Page", Platform: "wasm", NsPerOp: []float64{1.2e9}}},
	}
	over := func(rows []row) map[string]bool {
		m := map[string]bool{}
		for _, r := range rows {
			if r.Budget != nil {
				m[r.Metric] = r.Budget.Over
			}
		}
		return m
	}
	got := over(tableRows(res))
	want := map[string]bool{
		"app.wasm, brotli":                        false, // 23/20 = 1.15 ≤ 1.20
		"cold load: figures visible":              false,
		"cold load: interactive":                  false, // 1.3
		"input to updated figures, p95":           true,  // 13.9/10 > 0.7
		"engine: Evaluate, native":                false, // median 49.5 µs
		"engine: SolveAll, wasm, Node.js":         false, // 8.5 ms < a frame
		"engine: Simulate2000Page, wasm, Node.js": true,  // 1.2 s > 1 s
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: over budget %v, want %v", k, got[k], v)
		}
	}
	res.Loads["ours"][0].FigureVisible = f(180)
	res.Engine[0].NsPerOp = []float64{50000}
	got = over(tableRows(res))
	if _, ok := got["engine: SolveAll, native"]; ok {
		t.Error("a native goal seek has a budget: the frame is the browser's")
	}
	if !got["cold load: figures visible"] || !got["engine: Evaluate, native"] {
		t.Errorf("a late figure and a 50 µs evaluation are over budget: %v", got)
	}
}

func TestLazyRows(t *testing.T) {
	find := func(rows []row) *row {
		for i := range rows {
			if rows[i].Metric == lazyFunctionsMetric {
				return &rows[i]
			}
		}
		t.Fatalf("no row %q", lazyFunctionsMetric)
		return nil
	}
	sizes := map[string][]int64{"ours": {100, 30, 23}, "floor": {90, 25, 20}}
	res := results{Sizes: sizes, Lazy: map[string]lazyCompiles{"ours": {Functions: 1596, MS: 263.4}, "floor": {Functions: 941, MS: 90.2}}}
	r := find(tableRows(res))
	if r.Ours != 1596 || r.Floor != 941 || math.Abs(r.ratio()-1.696) > 0.001 || r.Budget != nil {
		t.Errorf("traced loads: %+v (ratio %v)", *r, r.ratio())
	}
	if got := formatValue(r.Ours, r.Unit); got != "1,596" {
		t.Errorf("formatValue(1596, functions) = %q", got)
	}
	r = find(tableRows(results{Sizes: sizes}))
	if !math.IsNaN(r.Ours) || !math.IsNaN(r.Floor) {
		t.Errorf("without traced loads the row shows figures: %+v", *r)
	}
}

func TestFormatValue(t *testing.T) {
	for _, c := range []struct {
		v    float64
		unit string
		want string
	}{
		{1852938, "bytes", "1,852,938"}, {1439.4, "ms", "1,439"}, {326, "ms", "326"},
		{25.34, "ms", "25.3"}, {9.876, "µs/op", "9.88"}, {58.5, "records", "58.5"}, {58, "records", "58"},
		{math.NaN(), "ms", "—"},
	} {
		if got := formatValue(c.v, c.unit); got != c.want {
			t.Errorf("formatValue(%v, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
}
