package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

// repeatRun is one app's repeat visits: the investor who comes back to the
// installed app. One profile folder holds everything a first visit left (the
// service worker and its caches, the HTTP cache); each visit, the first
// included, is a new browser on that folder, as when a phone's browser is
// opened again, and is measured as a cold load is (probe.js), less the
// figure's visibility.
type repeatRun struct {
	First  loadRun   `json:"first"`
	Visits []loadRun `json:"visits"`
}

// swSettle is how long the first visit waits for its service worker to be
// ready, and then gives it to finish what it started (caching, claiming).
const (
	swReadyTimeout = 20 * time.Second
	swSettle       = time.Second
)

// repeatVisits makes a first visit of each target in a profile of its own,
// then n visits of each, interleaved (ours, floor, ours, ...), each checked
// to be under the first visit's service worker.
func repeatVisits(ctx context.Context, exe chromium, targets []target, n int) (map[string]repeatRun, error) {
	out := map[string]repeatRun{}
	profiles := map[string]string{}
	defer func() {
		for _, p := range profiles {
			os.RemoveAll(p)
		}
	}()
	for _, t := range targets {
		p, err := os.MkdirTemp("", "hecla-bench-repeat-")
		if err != nil {
			return nil, err
		}
		profiles[t.name] = p
		r, err := firstVisit(ctx, exe, t, p)
		if err != nil {
			return nil, fmt.Errorf("first visit of %s: %w", t.name, err)
		}
		out[t.name] = repeatRun{First: r}
	}
	for i := range n {
		for _, t := range targets {
			r, err := visit(ctx, exe, t, profiles[t.name])
			if err == nil && !r.Controlled {
				err = errors.New("its service worker did not control the page")
			}
			if err != nil {
				return nil, fmt.Errorf("repeat visit %d of %s: %w", i+1, t.name, err)
			}
			rr := out[t.name]
			rr.Visits = append(rr.Visits, r)
			out[t.name] = rr
			fmt.Fprintf(os.Stderr, "benchtable: repeat visit %d/%d %-5s  FCP %6.0f ms  interactive %6.0f ms\n",
				i+1, n, t.name, *r.FCP, *r.Interactive)
		}
	}
	return out, nil
}

// firstVisit loads the target in a new browser on profile and waits until
// its service worker is ready, then swSettle.
func firstVisit(parent context.Context, exe chromium, t target, profile string) (loadRun, error) {
	s, err := startSession(parent, exe, profile)
	if err != nil {
		return loadRun{}, err
	}
	defer s.cancel()
	r, err := s.open(t, false)
	if err != nil {
		return r, err
	}
	ready, err := eval[bool](s, swReadyTimeout+swSettle+5*time.Second, fmt.Sprintf(`Promise.race([
		navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : Promise.resolve(false),
		new Promise(r => setTimeout(() => r(false), %d)),
	]).then(ok => new Promise(r => setTimeout(() => r(ok), %d)))`, swReadyTimeout.Milliseconds(), swSettle.Milliseconds()))
	if err != nil {
		return r, fmt.Errorf("waiting for the service worker: %w", err)
	}
	if !ready {
		return r, fmt.Errorf("no service worker ready within %v", swReadyTimeout)
	}
	return r, nil
}

// visit is one load of the target in a new browser on profile.
func visit(parent context.Context, exe chromium, t target, profile string) (loadRun, error) {
	s, err := startSession(parent, exe, profile)
	if err != nil {
		return loadRun{}, err
	}
	defer s.cancel()
	return s.open(t, false)
}
