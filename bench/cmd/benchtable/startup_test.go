package main

import (
	"strings"
	"testing"
)

func TestStartupRows(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	visits := func(ms ...float64) repeatRun {
		var r repeatRun
		for _, v := range ms {
			r.Visits = append(r.Visits, loadRun{Interactive: f(v)})
		}
		return r
	}
	res := results{
		Sizes:  map[string][]int64{"ours": {100, 30, 23}, "floor": {90, 25, 20}},
		Lazy:   map[string]lazyCompiles{"ours": {LongestTaskMS: 180}, "floor": {LongestTaskMS: 26}},
		Repeat: map[string]repeatRun{"ours": visits(300, 290, 900, 310, 305), "floor": visits(200, 210, 205, 190, 220)},
		Lighthouse: map[string][]lighthouseRun{
			"ours":  {{Version: "12.8.2", Score: 0.96, TBT: 150}, {Version: "12.8.2", Score: 0.94, TBT: 250}, {Version: "12.8.2", Score: 0.97, TBT: 190}},
			"floor": {{Version: "12.8.2", Score: 0.98, TBT: 100}},
		},
	}
	find := func(rows []row, prefix, suffix string) row {
		for _, r := range rows {
			if strings.HasPrefix(r.Metric, prefix) && strings.HasSuffix(r.Metric, suffix) {
				return r
			}
		}
		t.Fatalf("no row %q…%q", prefix, suffix)
		return row{}
	}
	rows := startupRows(res)
	if r := find(rows, "cold load: longest main-thread task", ""); r.Ours != 180 || r.Floor != 26 || r.Budget != nil {
		t.Errorf("longest task: %+v", r)
	}
	// The median of the visits: 305 against 205, 1.49 ×.
	if r := find(rows, "repeat visit", "(median of 5)"); r.Ours != 305 || r.Floor != 205 || r.Budget == nil || r.Budget.Over {
		t.Errorf("repeat visit: %+v", r)
	}
	score := find(rows, "Lighthouse 12.8.2, mobile (median of 3)", "performance score")
	tbt := find(rows, "Lighthouse 12.8.2, mobile (median of 3)", "total blocking time")
	if score.Ours != 0.96 || score.Budget == nil || score.Budget.Over {
		t.Errorf("Lighthouse score: %+v", score)
	}
	if tbt.Ours != 190 || tbt.Floor != 100 || tbt.Budget == nil || tbt.Budget.Over {
		t.Errorf("Lighthouse total blocking time: %+v", tbt)
	}
	res.Repeat["ours"] = visits(310)
	res.Lighthouse["ours"] = []lighthouseRun{{Score: 0.94, TBT: 201}}
	for _, r := range startupRows(res) {
		if r.Budget != nil && !r.Budget.Over {
			t.Errorf("%s: %v against %v within budget", r.Metric, r.Ours, r.Floor)
		}
	}
	if rows := startupRows(results{}); len(rows) != 0 {
		t.Errorf("a run without them has rows: %+v", rows)
	}
}

func TestLongestTask(t *testing.T) {
	main, other := [2]int{1, 1}, [2]int{1, 2}
	task := func(th [2]int, ts, ms float64) traceEvent {
		return traceEvent{Name: "ThreadControllerImpl::RunTask", Ph: "X", PID: th[0], TID: th[1], TS: ts, Dur: ms * 1000}
	}
	tasks := []traceEvent{
		task(main, 0, 120), task(main, 1000, 80), // the second within the first
		task(main, 200000, 60), task(main, 300000, 10),
		task(other, 0, 400),
	}
	longest, long := longestTask(tasks, map[[2]int]int{main: 900, other: 3})
	if longest != 120 || long != 2 {
		t.Errorf("longestTask = %v ms, %d long, want 120 ms, 2", longest, long)
	}
}

func TestParseLighthouse(t *testing.T) {
	r, err := parseLighthouse([]byte(`{"lighthouseVersion": "12.8.2",
		"categories": {"performance": {"score": 0.78}},
		"audits": {"total-blocking-time": {"numericValue": 914.5}, "first-contentful-paint": {"numericValue": 1671},
			"largest-contentful-paint": {"numericValue": 2075}, "speed-index": {"numericValue": 1800}}}`))
	if err != nil || r.Version != "12.8.2" || r.Score != 0.78 || r.TBT != 914.5 || r.LCP != 2075 {
		t.Errorf("parseLighthouse = %+v, %v", r, err)
	}
	if _, err := parseLighthouse([]byte(`{"runtimeError": {"code": "NO_FCP", "message": "no paint"}, "categories": {"performance": {"score": null}}}`)); err == nil || !strings.Contains(err.Error(), "NO_FCP") {
		t.Errorf("a failed run: %v", err)
	}
}
