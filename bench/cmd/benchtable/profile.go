package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// profileSummary is a CPU profile boiled down: time by kind of code (self
// time), the functions with the most self time, and those with the most
// inclusive time (on the stack at all), idle time left out of the last two.
type profileSummary struct {
	TotalMS    float64       `json:"totalMs"` // sampled time, idle included
	IdleMS     float64       `json:"idleMs"`
	Categories []profileLine `json:"categories"`
	Self       []profileLine `json:"self"`
	Inclusive  []profileLine `json:"inclusive"`
}

type profileLine struct {
	Name    string  `json:"name"`
	MS      float64 `json:"ms"`
	Percent float64 `json:"percent"` // of the busy (not idle) time
}

// frameName names a profile node's function, with its script's file name
// (a WebAssembly module's is its hash).
func frameName(n *profiler.ProfileNode) string {
	name := n.CallFrame.FunctionName
	if name == "" {
		name = "(anonymous)"
	}
	if u := n.CallFrame.URL; u != "" {
		if i := strings.LastIndex(u, "/"); i >= 0 {
			u = u[i+1:]
		}
		name += " [" + u + "]"
	}
	return name
}

// category sorts a function into the kind of code it is. WebAssembly
// functions of a Go program carry their Go names, with the import path's
// dots and slashes made underscores.
func category(n *profiler.ProfileNode) string {
	name, url := n.CallFrame.FunctionName, n.CallFrame.URL
	name = strings.ReplaceAll(name, "github.com_", "github_com_")
	switch {
	case name == "(program)":
		return "(program): the browser's own work (parsing, compiling, style, layout, paint)"
	case name == "(garbage collector)":
		return "(garbage collector): V8's"
	case name == "(idle)":
		return "(idle)"
	case strings.HasPrefix(name, "github_com_hecla_calc_calculator_calc."):
		return "Go: the engine (calc)"
	case strings.HasPrefix(name, "github_com_hecla_calc_calculator_data."):
		return "Go: the dataset (data)"
	case strings.HasPrefix(name, "main."):
		return "Go: the page (main)"
	case strings.HasPrefix(name, "github_com_maxence_charriere_go_app"):
		return "Go: go-app"
	case strings.HasPrefix(name, "github_com_shopspring_decimal"), strings.HasPrefix(name, "math_big."):
		return "Go: decimal, math/big"
	case strings.HasPrefix(name, "runtime."), strings.HasPrefix(name, "internal_runtime"),
		strings.HasPrefix(name, "runtime_"), strings.HasPrefix(name, "wasm_pc_f_loop"),
		strings.HasPrefix(name, "gcWriteBarrier"):
		return "Go: runtime (allocation, GC, maps, scheduler)"
	case strings.HasPrefix(name, "syscall_js.") || strings.HasPrefix(name, "syscall/js.") ||
		strings.HasSuffix(url, "wasm_exec.js") || strings.HasPrefix(name, "js-to-wasm") || strings.HasPrefix(name, "wasm-to-js"):
		return "Go <-> JavaScript bridge (syscall/js, wasm_exec.js)"
	case strings.HasSuffix(url, "app.js"):
		return "JavaScript: go-app's app.js"
	case strings.HasSuffix(url, ".wasm") || (url != "" && !strings.Contains(url, ".") && !strings.Contains(url, ":")):
		return "Go: other packages"
	case url == "":
		return "JavaScript: built-ins and the probe (DOM calls, timers)"
	}
	return "JavaScript: other"
}

// summarize boils a CPU profile down to its k top lines of each kind.
func summarize(p *profiler.Profile, k int) *profileSummary {
	if p == nil || len(p.Samples) == 0 {
		return nil
	}
	byID := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	s := &profileSummary{}
	self, incl, cats := map[string]float64{}, map[string]float64{}, map[string]float64{}
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		dt := float64(p.TimeDeltas[i]) / 1000 // µs to ms
		n := byID[id]
		if n == nil {
			continue
		}
		s.TotalMS += dt
		cats[category(n)] += dt
		if n.CallFrame.FunctionName == "(idle)" {
			s.IdleMS += dt
			continue
		}
		self[frameName(n)] += dt
		seen := map[string]bool{}
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			m := byID[cur]
			if m == nil || m.CallFrame.FunctionName == "(root)" {
				break
			}
			if name := frameName(m); !seen[name] {
				seen[name] = true
				incl[name] += dt
			}
		}
	}
	busy := s.TotalMS - s.IdleMS
	top := func(m map[string]float64, k int) []profileLine {
		lines := make([]profileLine, 0, len(m))
		for name, ms := range m {
			pct := 0.0
			if busy > 0 {
				pct = 100 * ms / busy
			}
			lines = append(lines, profileLine{Name: name, MS: ms, Percent: pct})
		}
		sort.Slice(lines, func(i, j int) bool { return lines[i].MS > lines[j].MS })
		if k > 0 && len(lines) > k {
			lines = lines[:k]
		}
		return lines
	}
	delete(cats, "(idle)")
	s.Categories = top(cats, 0)
	s.Self = top(self, k)
	s.Inclusive = top(incl, k)
	return s
}

func writeProfile(w io.Writer, what string, s *profileSummary) {
	if s == nil {
		return
	}
	fmt.Fprintf(w, "\nCPU profile of %s: %.0f ms sampled, %.0f ms busy (percentages are of the busy time)\n", what, s.TotalMS, s.TotalMS-s.IdleMS)
	for _, part := range []struct {
		title string
		lines []profileLine
	}{{"by kind of code (self time)", s.Categories}, {"top functions by self time", s.Self}, {"top functions by inclusive time", s.Inclusive}} {
		fmt.Fprintf(w, "  %s:\n", part.title)
		for _, l := range part.lines {
			fmt.Fprintf(w, "  %9.1f ms %5.1f%%  %s\n", l.MS, l.Percent, l.Name)
		}
	}
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
