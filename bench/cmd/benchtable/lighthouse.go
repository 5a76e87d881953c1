package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/remote"
)

// lighthouseRun is one Lighthouse run's performance figures (its default
// form factor, mobile: a phone's screen, a slow 4G network and a CPU four
// times slower, all simulated from one unthrottled load).
type lighthouseRun struct {
	Version string  `json:"version"`
	Score   float64 `json:"score"` // the performance category, 0 to 1
	TBT     float64 `json:"tbt"`   // total blocking time, ms
	FCP     float64 `json:"fcp"`   // first contentful paint, ms
	LCP     float64 `json:"lcp"`   // largest contentful paint, ms
	SI      float64 `json:"si"`    // speed index, ms
}

const lighthouseTimeout = 3 * time.Minute

// runLighthouse runs Lighthouse's command line (cli, its cli/index.js) under
// Node.js against the target, in a fresh Chromium that benchtable starts
// with its usual flags and a debugging port Lighthouse connects to, so that
// Lighthouse's page runs in the same browser as every other row's.
func runLighthouse(parent context.Context, exe chromium, cli string, t target) (lighthouseRun, error) {
	var out lighthouseRun
	port, err := freePort()
	if err != nil {
		return out, err
	}
	s, err := startSession(parent, exe, "", remote.WebSocket, chromedp.Flag("remote-debugging-port", strconv.Itoa(port)))
	if err != nil {
		return out, err
	}
	defer s.cancel()
	ctx, cancel := context.WithTimeout(parent, lighthouseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", cli, t.url,
		"--output=json", "--output-path=stdout", "--quiet", "--only-categories=performance",
		"--hostname=127.0.0.1", "--port="+strconv.Itoa(port))
	cmd.Env = append(os.Environ(), "CHROME_PATH="+exe.exe)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("lighthouse on %s: %w", t.url, err)
	}
	return parseLighthouse(b)
}

// parseLighthouse reads the figures out of a Lighthouse report (its JSON
// output, the "LHR").
func parseLighthouse(b []byte) (lighthouseRun, error) {
	var out lighthouseRun
	var lhr struct {
		LighthouseVersion string `json:"lighthouseVersion"`
		RuntimeError      *struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"runtimeError"`
		Categories struct {
			Performance struct {
				Score *float64 `json:"score"`
			} `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue *float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(b, &lhr); err != nil {
		return out, fmt.Errorf("lighthouse's report: %w", err)
	}
	if e := lhr.RuntimeError; e != nil {
		return out, fmt.Errorf("lighthouse: %s: %s", e.Code, e.Message)
	}
	if lhr.Categories.Performance.Score == nil {
		return out, errors.New("lighthouse's report has no performance score")
	}
	out.Version, out.Score = lhr.LighthouseVersion, *lhr.Categories.Performance.Score
	for id, f := range map[string]*float64{
		"total-blocking-time": &out.TBT, "first-contentful-paint": &out.FCP,
		"largest-contentful-paint": &out.LCP, "speed-index": &out.SI,
	} {
		a, ok := lhr.Audits[id]
		if !ok || a.NumericValue == nil {
			return out, fmt.Errorf("lighthouse's report has no %s", id)
		}
		*f = *a.NumericValue
	}
	return out, nil
}

// freePort is a TCP port of 127.0.0.1 that nothing listened on a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// lighthouseRuns runs Lighthouse n times on each target, interleaved.
func lighthouseRuns(ctx context.Context, exe chromium, cli string, targets []target, n int) (map[string][]lighthouseRun, error) {
	out := map[string][]lighthouseRun{}
	for i := range n {
		for _, t := range targets {
			r, err := runLighthouse(ctx, exe, cli, t)
			if err != nil {
				return nil, fmt.Errorf("lighthouse run %d of %s: %w", i+1, t.name, err)
			}
			out[t.name] = append(out[t.name], r)
			fmt.Fprintf(os.Stderr, "benchtable: lighthouse %d/%d %-5s  performance %.2f  total blocking time %4.0f ms  FCP %5.0f ms  LCP %5.0f ms\n",
				i+1, n, t.name, r.Score, r.TBT, r.FCP, r.LCP)
		}
	}
	return out, nil
}
