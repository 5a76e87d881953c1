package server

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A compressed answer is made once per encoding and URL: the same request
// again, or a HEAD, gets the same headers (and a GET the same bytes)
// without the page being rendered again; another scenario, another
// encoding, a conditional request and an answer that is not a 200 each go
// to the page.
func TestCompressedAnswersKept(t *testing.T) {
	renders := 0
	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		renders++
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, "<p>%s</p>%s", r.URL.RawQuery, strings.Repeat("<p>figure</p>", 200))
	})
	h := compressed(page, newAnswers(newAnswerCache(answerCacheEntries, answerCacheBytes), compressSlots))
	get := func(method, target string, header ...string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(method, target, nil)
		for i := 0; i+1 < len(header); i += 2 {
			r.Header.Set(header[i], header[i+1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	first := get("GET", "/?silver=20", "Accept-Encoding", "br")
	again := get("GET", "/?silver=20", "Accept-Encoding", "br")
	if renders != 1 {
		t.Fatalf("the same request twice rendered the page %d times, want 1", renders)
	}
	if again.Code != http.StatusOK || !bytes.Equal(again.Body.Bytes(), first.Body.Bytes()) {
		t.Errorf("the kept answer: %d, %d bytes; the first: %d, %d bytes", again.Code, again.Body.Len(), first.Code, first.Body.Len())
	}
	for _, k := range []string{"Content-Encoding", "Content-Length", "Content-Type", "ETag", "Vary"} {
		if g, w := again.Header().Values(k), first.Header().Values(k); fmt.Sprint(g) != fmt.Sprint(w) {
			t.Errorf("the kept answer's %s is %q, the first's %q", k, g, w)
		}
	}
	if got := again.Header().Get("ETag"); got != `"v1-br"` {
		t.Errorf("ETag %q, want the encoding's", got)
	}
	// A HEAD is the GET without its body: the kept answer does.
	head := get("HEAD", "/?silver=20", "Accept-Encoding", "br")
	if renders != 1 || head.Code != http.StatusOK || head.Header().Get("Content-Length") != first.Header().Get("Content-Length") {
		t.Errorf("a HEAD: %d renders, %d, Content-Length %q; want 1, 200, the GET's %q", renders, head.Code, head.Header().Get("Content-Length"), first.Header().Get("Content-Length"))
	}
	for _, tc := range []struct {
		what, method, target string
		header               []string
		status               int
	}{
		{"another scenario", "GET", "/?silver=21", []string{"Accept-Encoding", "br"}, http.StatusOK},
		{"another encoding", "GET", "/?silver=20", []string{"Accept-Encoding", "gzip"}, http.StatusOK},
		{"a conditional request", "GET", "/?silver=20", []string{"Accept-Encoding", "br", "If-None-Match", `"v1-br"`}, http.StatusNotModified},
		{"a 404", "GET", "/missing", []string{"Accept-Encoding", "br"}, http.StatusNotFound},
		{"the 404 again", "GET", "/missing", []string{"Accept-Encoding", "br"}, http.StatusNotFound},
	} {
		before := renders
		if w := get(tc.method, tc.target, tc.header...); w.Code != tc.status {
			t.Errorf("%s: %d, want %d", tc.what, w.Code, tc.status)
		}
		if renders != before+1 {
			t.Errorf("%s did not render the page", tc.what)
		}
	}
}

// The cache holds at most its number of answers and its bytes, the least
// recently used leaving first; an answer over the bytes is not kept.
func TestAnswerCacheBounded(t *testing.T) {
	c := newAnswerCache(2, 100)
	put := func(key string, n int) { c.put(&answer{key: key, body: make([]byte, n)}) }
	has := func(keys ...string) string {
		var out []string
		for _, k := range keys {
			if _, ok := c.get(k); ok {
				out = append(out, k)
			}
		}
		return strings.Join(out, ",")
	}
	put("a", 10)
	put("b", 10)
	has("a") // a is now the more recent
	put("c", 10)
	if got := has("a", "b", "c"); got != "a,c" {
		t.Errorf("after a third answer in a cache of two: %q kept, want a,c", got)
	}
	put("d", 95)
	if got := has("a", "c", "d"); got != "d" || c.bytes != 95 {
		t.Errorf("after 95 bytes in a cache of 100: %q kept in %d bytes, want d alone", got, c.bytes)
	}
	put("e", 101)
	if got := has("d", "e"); got != "d" {
		t.Errorf("an answer over the cache's bytes: %q kept, want d alone", got)
	}
}
