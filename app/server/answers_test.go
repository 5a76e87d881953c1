package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// figures is a page handler that answers a page of the URL's query, large
// enough to be compressed, after wait; it counts its renders, and the most
// it ran at once.
type figures struct {
	wait    func()
	renders atomic.Int32
	running atomic.Int32
	most    atomic.Int32
}

func (f *figures) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.renders.Add(1)
	n := f.running.Add(1)
	defer f.running.Add(-1)
	for m := f.most.Load(); n > m && !f.most.CompareAndSwap(m, n); m = f.most.Load() {
	}
	f.wait()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("ETag", `"v1"`)
	fmt.Fprintf(w, "<p>%s</p>%s", r.URL.RawQuery, strings.Repeat("<p>figure</p>", 200))
}

// getAll asks h for each target at once, with Accept-Encoding: br, and
// returns the answers.
func getAll(h http.Handler, targets []string) []*httptest.ResponseRecorder {
	out := make([]*httptest.ResponseRecorder, len(targets))
	var wg sync.WaitGroup
	for i, target := range targets {
		wg.Go(func() {
			r := httptest.NewRequest(http.MethodGet, target, nil)
			r.Header.Set("Accept-Encoding", "br")
			out[i] = httptest.NewRecorder()
			h.ServeHTTP(out[i], r)
		})
	}
	wg.Wait()
	return out
}

// Clients that ask for the same page at once, before it is kept, get one
// rendering and compression between them, and the same answer.
func TestAnswersShared(t *testing.T) {
	release := make(chan struct{})
	page := &figures{wait: func() { <-release }}
	h := compressed(page, newAnswers(newAnswerCache(answerCacheEntries, answerCacheBytes), compressSlots))
	targets := make([]string, 8)
	for i := range targets {
		targets[i] = "/?silver=20"
	}
	// The first render waits until the others have had time to ask too.
	time.AfterFunc(200*time.Millisecond, func() { close(release) })
	got := getAll(h, targets)
	if n := page.renders.Load(); n != 1 {
		t.Errorf("%d clients asking at once for one page: %d renders, want 1", len(targets), n)
	}
	for _, w := range got {
		if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "br" || w.Body.String() != got[0].Body.String() {
			t.Errorf("a shared answer: %d, Content-Encoding %q, %d bytes; the first: %d bytes", w.Code, w.Header().Get("Content-Encoding"), w.Body.Len(), got[0].Body.Len())
		}
	}
}

// Clients that each ask for a page of their own, all at once, have at most
// compressSlots of them made at once, conditional requests included.
func TestAnswersBounded(t *testing.T) {
	page := &figures{wait: func() { time.Sleep(50 * time.Millisecond) }}
	h := compressed(page, newAnswers(newAnswerCache(answerCacheEntries, answerCacheBytes), compressSlots))
	var targets []string
	for i := range 8 {
		targets = append(targets, fmt.Sprintf("/?silver=13.%04d", i))
	}
	for _, w := range getAll(h, targets) {
		if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "br" {
			t.Errorf("%d, Content-Encoding %q", w.Code, w.Header().Get("Content-Encoding"))
		}
	}
	if n := page.most.Load(); n != compressSlots {
		t.Errorf("%d pages of their own at once: %d made at once, want %d", len(targets), n, compressSlots)
	}

	page.most.Store(0)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			r := httptest.NewRequest(http.MethodGet, fmt.Sprintf("/?silver=14.%04d", i), nil)
			r.Header.Set("Accept-Encoding", "br")
			r.Header.Set("If-None-Match", `"old-br"`)
			h.ServeHTTP(httptest.NewRecorder(), r)
		})
	}
	wg.Wait()
	if n := page.most.Load(); n > compressSlots {
		t.Errorf("8 conditional requests at once: %d made at once, want at most %d", n, compressSlots)
	}
}
