package server

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hecla-calc/calculator/internal/servetest"
)

// The pre-rendered page and go-app's scripts travel compressed in the
// encoding the request prefers, each its own
// representation (Vary, an ETag of its own that a conditional request
// still gets its 304 for); decompressed, each is the answer as sent to a
// browser that accepts none.
func TestTextAnswersCompressed(t *testing.T) {
	base := testServer(t)
	for _, path := range []string{"/", "/app.js", "/wasm_exec.js", "/app-worker.js"} {
		plainRes, plain := servetest.Get(t, base+path, "Accept-Encoding", "identity")
		if plainRes.StatusCode != http.StatusOK || plainRes.Header.Get("Content-Encoding") != "" {
			t.Fatalf("%s, identity: %s, Content-Encoding %q", path, plainRes.Status, plainRes.Header.Get("Content-Encoding"))
		}
		for _, tc := range []struct{ accept, want string }{
			{"br, gzip", "br"},
			{"gzip;q=1, br;q=0.5", "gzip"},
			{"gzip", "gzip"},
		} {
			res, body := servetest.Get(t, base+path, "Accept-Encoding", tc.accept)
			enc := res.Header.Get("Content-Encoding")
			if res.StatusCode != http.StatusOK || enc != tc.want {
				t.Errorf("%s, %q: %s, Content-Encoding %q, want %q", path, tc.accept, res.Status, enc, tc.want)
				continue
			}
			if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("%s, %q: Vary %q", path, tc.accept, res.Header.Get("Vary"))
			}
			if len(body) >= len(plain) {
				t.Errorf("%s, %s: %d bytes, not fewer than the %d of identity", path, enc, len(body), len(plain))
			}
			// A page names its build's version and nothing of the request,
			// so the same page decompresses to the same bytes.
			if got := decode(t, enc, body); !bytes.Equal(got, plain) && path != "/" {
				t.Errorf("%s, %s: decompressed, %d bytes differ from identity's %d", path, enc, len(got), len(plain))
			}
			etag := res.Header.Get("ETag")
			if etag == "" || etag == plainRes.Header.Get("ETag") {
				t.Errorf("%s, %s: ETag %q, the same as identity's %q", path, enc, etag, plainRes.Header.Get("ETag"))
				continue
			}
			again, _ := servetest.Get(t, base+path, "Accept-Encoding", tc.accept, "If-None-Match", etag)
			if again.StatusCode != http.StatusNotModified {
				t.Errorf("%s, %s: If-None-Match %s answers %s, want 304", path, enc, etag, again.Status)
			}
		}
	}
}

// An answer too small to gain from compression goes as it is, still
// varying by Accept-Encoding: the manifest.
func TestSmallAnswersNotCompressed(t *testing.T) {
	res, body := servetest.Get(t, testServer(t)+"/manifest.webmanifest", "Accept-Encoding", "br, gzip")
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "" || len(body) >= compressMin ||
		!strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("the manifest: %s, %d bytes, Content-Encoding %q, Vary %q", res.Status, len(body), res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
	}
}

// TestCompressionMemory: clients that each ask for pages no one asked for
// before, all at once, make the server hold little more than one
// compression per slot (compressSlots): its process's peak memory stays
// under a bound that eight compressions at once would pass. The server runs
// in a process of its own, so that its peak is its own.
func TestCompressionMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads the peak memory from /proc")
	}
	if raceDetector() {
		t.Skip("the race detector takes memory of its own")
	}
	const (
		clients  = 8
		requests = 10 // each, every one a scenario of its own
		maxPeak  = 60 << 20
	)
	base, pid := startChild(t)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: testTimeout}
	defer client.CloseIdleConnections()
	errs := make(chan error, clients*requests)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for i := range requests {
				url := fmt.Sprintf("%s/?silver=13.%04d", base, c*requests+i+1)
				req, err := http.NewRequest(http.MethodGet, url, nil)
				if err != nil {
					errs <- err
					return
				}
				req.Header.Set("Accept-Encoding", "br")
				res, err := client.Do(req)
				if err != nil {
					errs <- err
					return
				}
				_, err = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if err == nil && (res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "br") {
					err = fmt.Errorf("%s: %s, Content-Encoding %q", url, res.Status, res.Header.Get("Content-Encoding"))
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	peak, err := peakRSS(pid)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d clients × %d pages of their own: the server's peak memory is %.1f MB", clients, requests, float64(peak)/(1<<20))
	if peak > maxPeak {
		t.Errorf("the server's peak memory is %.1f MB, over %d MB", float64(peak)/(1<<20), maxPeak>>20)
	}
}

// A HEAD answers exactly the headers a GET would, Date aside, and no body:
// for the pages, go-app's files, the manifest and web/'s files, in every
// encoding, whether the GET's answer is kept already or not.
func TestHeadIsGetWithoutBody(t *testing.T) {
	base := limitedServer(t, defaultLimits)
	paths := []string{"/", "/?silver=20", "/embed", "/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css",
		"/manifest.webmanifest", "/manifest.json", "/web/app.wasm", "/web/app.css", "/web/icon.svg", "/nope"}
	for _, p := range paths {
		for _, accept := range []string{"-", "identity", "br", "gzip", "gzip, br"} {
			var header []string
			if accept != "-" {
				header = []string{"Accept-Encoding", accept}
			}
			before, body := servetest.Do(t, http.MethodHead, base+p, header...)
			if len(body) != 0 {
				t.Errorf("HEAD %s, %s: %d bytes of body", p, accept, len(body))
			}
			get, _ := servetest.Get(t, base+p, header...)
			after, _ := servetest.Do(t, http.MethodHead, base+p, header...)
			for _, head := range []*http.Response{before, after} {
				if head.StatusCode != get.StatusCode {
					t.Errorf("HEAD %s, %s: %s; GET: %s", p, accept, head.Status, get.Status)
				}
				if diff := headerDiff(head.Header, get.Header); diff != "" {
					t.Errorf("HEAD %s, %s: headers differ from GET's:\n%s", p, accept, diff)
				}
			}
		}
	}
}

// headerDiff lists the fields in which a and b differ, Date aside.
func headerDiff(a, b http.Header) string {
	keys := slices.Sorted(maps.Keys(a))
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	var out []string
	for _, k := range keys {
		if k != "Date" && !slices.Equal(a[k], b[k]) {
			out = append(out, fmt.Sprintf("  %s: %q, %q", k, a[k], b[k]))
		}
	}
	return strings.Join(out, "\n")
}

// If-None-Match: * matches any representation there is (RFC 9110,
// 13.1.2), so a GET or a HEAD with it is 304 wherever the answer would be
// a 200: pages, go-app's files, the manifest and web/'s files alike, in
// every encoding, with the ETag the 200 has.
func TestIfNoneMatchAny(t *testing.T) {
	base := limitedServer(t, defaultLimits)
	for _, p := range []string{"/", "/?silver=20", "/embed", "/app.js", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.css", "/web/icon-192.png"} {
		for _, accept := range []string{"identity", "br", "gzip"} {
			ok, _ := servetest.Get(t, base+p, "Accept-Encoding", accept)
			for _, method := range []string{http.MethodGet, http.MethodHead} {
				res, body := servetest.Do(t, method, base+p, "Accept-Encoding", accept, "If-None-Match", "*")
				if res.StatusCode != http.StatusNotModified || len(body) != 0 {
					t.Errorf("%s %s, %s, If-None-Match: *: %s, %d bytes; want 304", method, p, accept, res.Status, len(body))
					continue
				}
				if got, want := res.Header.Get("ETag"), ok.Header.Get("ETag"); got != want {
					t.Errorf("%s %s, %s, If-None-Match: *: ETag %q, the 200's %q", method, p, accept, got, want)
				}
				if enc := res.Header.Get("Content-Encoding"); enc != "" {
					t.Errorf("%s %s, %s, If-None-Match: *: a 304 with Content-Encoding %q", method, p, accept, enc)
				}
			}
		}
	}
	if res, _ := servetest.Get(t, base+"/nope", "If-None-Match", "*"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nope, If-None-Match: *: %s, want 404", res.Status)
	}
}
