package server

import (
	"bytes"
	"net/http"
	"strings"
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
