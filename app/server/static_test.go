package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/hecla-calc/calculator/internal/servetest"
)

// decode undoes a Content-Encoding.
func decode(t *testing.T, encoding string, body []byte) []byte {
	t.Helper()
	var r io.Reader
	switch encoding {
	case "":
		return body
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("gzip: %v", err)
		}
		r = zr
	default:
		t.Fatalf("unexpected Content-Encoding %q", encoding)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s: %v", encoding, err)
	}
	return out
}

var (
	wasmOnce  sync.Once
	wasmBytes []byte
	wasmErr   error
)

// testWasm is the tests' app.wasm (makeTestWeb).
func testWasm(t *testing.T) []byte {
	t.Helper()
	wasmOnce.Do(func() { wasmBytes, wasmErr = os.ReadFile(filepath.Join(webDir, "app.wasm")) })
	if wasmErr != nil {
		t.Fatal(wasmErr)
	}
	return wasmBytes
}

// TestServeCompressed: app.wasm comes in the best encoding the request
// accepts, br before gzip on a tie, identity when it accepts neither; every
// answer decompresses to app.wasm exactly.
func TestServeCompressed(t *testing.T) {
	wasm := testWasm(t)
	base := testServer(t)
	etags := map[string]string{}
	for _, c := range []struct {
		accept string // "-" for no Accept-Encoding header at all
		want   string // Content-Encoding, "" for identity
	}{
		{"-", ""},
		{"", ""},
		{"br", "br"},
		{"gzip", "gzip"},
		{"GZIP", "gzip"},
		{"gzip, deflate, br, zstd", "br"}, // what Chromium sends
		{"gzip, deflate", "gzip"},         // no br: what browsers send over plain HTTP
		{"identity", ""},
		{"deflate", ""},                  // nothing the server has
		{"br;q=0.5, gzip;q=0.8", "gzip"}, // q-values
		{"br;q=1.0, gzip;q=0.999", "br"},
		{"br;q=0, gzip", "gzip"},            // q=0 refuses
		{"br;q=0, gzip;q=0", ""},            // both refused: identity
		{"*", "br"},                         // anything: the best
		{"gzip;q=0.9, *;q=0.1", "gzip"},     // br only through *, lower
		{"*;q=0.5, br;q=0", "gzip"},         // br named and refused, gzip through *
		{"*;q=0", ""},                       // nothing: identity all the same
		{" gzip ;q=0.7 ,br; q=0.6", "gzip"}, // spaces
		{"x-unknown, gzip;q=0.2", "gzip"},
		{"br;q=0.001", "br"},
		// The choice is among the compressed copies: one the client
		// accepts at all (q > 0) beats identity, however it weighs identity.
		{"identity;q=1, gzip;q=0.5, br;q=0.4", "gzip"},
	} {
		t.Run(c.accept, func(t *testing.T) {
			var header []string
			if c.accept != "-" {
				header = []string{"Accept-Encoding", c.accept}
			}
			res, body := servetest.Get(t, base+"/web/app.wasm", header...)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s", res.Status)
			}
			if got := res.Header.Get("Content-Encoding"); got != c.want {
				t.Errorf("Content-Encoding %q, want %q", got, c.want)
			}
			checkHeader(t, res, "Content-Type", "application/wasm")
			checkHeader(t, res, "Cache-Control", "no-cache")
			if !slices.Contains(res.Header.Values("Vary"), "Accept-Encoding") {
				t.Errorf("Vary %q lacks Accept-Encoding", res.Header.Values("Vary"))
			}
			etag := res.Header.Get("ETag")
			if !strings.HasPrefix(etag, `"`) || !strings.HasSuffix(etag, `"`) {
				t.Errorf("ETag %q is not a quoted strong validator", etag)
			}
			if prev, ok := etags[res.Header.Get("Content-Encoding")]; ok && prev != etag {
				t.Errorf("two ETags for one representation: %s and %s", prev, etag)
			}
			etags[res.Header.Get("Content-Encoding")] = etag
			if got := decode(t, res.Header.Get("Content-Encoding"), body); !bytes.Equal(got, wasm) {
				t.Errorf("the body decodes to %d bytes that are not app.wasm's %d", len(got), len(wasm))
			}
			if c.want != "" && len(body) >= len(wasm)/2 {
				t.Errorf("%s body of %d bytes for app.wasm's %d: hardly compressed", c.want, len(body), len(wasm))
			}
		})
	}
	if len(etags) == 3 && (etags["br"] == etags["gzip"] || etags["br"] == etags[""] || etags["gzip"] == etags[""]) {
		t.Errorf("representations share an ETag: %v", etags)
	}

	t.Run("conditional and HEAD", func(t *testing.T) {
		res, _ := servetest.Get(t, base+"/web/app.wasm", "Accept-Encoding", "br")
		etag := res.Header.Get("ETag")
		res, body := servetest.Get(t, base+"/web/app.wasm", "Accept-Encoding", "br", "If-None-Match", etag)
		if res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("If-None-Match with the br ETag: %s, %d bytes; want 304, none", res.Status, len(body))
		}
		res, _ = servetest.Get(t, base+"/web/app.wasm", "Accept-Encoding", "gzip", "If-None-Match", etag)
		if res.StatusCode != http.StatusOK {
			t.Errorf("If-None-Match with the br ETag, asking for gzip: %s, want 200", res.Status)
		}
		res, body = servetest.Do(t, http.MethodHead, base+"/web/app.wasm", "Accept-Encoding", "gzip")
		if res.StatusCode != http.StatusOK || len(body) != 0 || res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("HEAD: %s, %d bytes, Content-Encoding %q", res.Status, len(body), res.Header.Get("Content-Encoding"))
		}
		res, _ = servetest.Do(t, http.MethodPost, base+"/web/app.wasm")
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST: %s, want 405", res.Status)
		}
	})

	t.Run("other files", func(t *testing.T) {
		css, err := os.ReadFile(filepath.Join(webDir, "app.css"))
		if err != nil {
			t.Fatal(err)
		}
		res, body := servetest.Get(t, base+"/web/app.css", "Accept-Encoding", "gzip, br")
		checkHeader(t, res, "Content-Type", "text/css; charset=utf-8")
		if got := decode(t, res.Header.Get("Content-Encoding"), body); !bytes.Equal(got, css) {
			t.Errorf("app.css (Content-Encoding %q) does not decode to web/app.css", res.Header.Get("Content-Encoding"))
		}
		res, _ = servetest.Get(t, base+"/web/icon-192.png", "Accept-Encoding", "gzip, br")
		checkHeader(t, res, "Content-Type", "image/png")
		checkHeader(t, res, "Content-Encoding", "")
		// A file's path with a slash after it names a folder, which is not.
		for _, p := range []string{"/web/", "/web/nothing.js", "/web/../go.mod", "/web/.hidden", "/web/app.wasm/", "/web/icon.svg/", "/web/app.css//"} {
			if res, _ := servetest.Get(t, base+p); res.StatusCode != http.StatusNotFound {
				t.Errorf("GET %s: %s, want 404", p, res.Status)
			}
		}
	})
}

// TestServeStaleCopy: a compressed copy older than its file is never
// served, nor is one missing; the file itself is.
func TestServeStaleCopy(t *testing.T) {
	dir := t.TempDir()
	css := []byte(strings.Repeat("body { color: #1f3a5f } ", 100))
	write := func(name string, b []byte, mod time.Time) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	write("a.css", css, now)
	write("a.css.br", []byte("stale"), now.Add(-time.Hour)) // older: stale
	write("a.css.gz", gzipped(t, css), now.Add(time.Second))
	s := httptest.NewServer(staticFiles{dir: dir})
	defer s.Close()
	res, body := servetest.Get(t, s.URL+"/web/a.css", "Accept-Encoding", "br")
	if res.Header.Get("Content-Encoding") != "" || !bytes.Equal(body, css) {
		t.Errorf("with a stale a.css.br, br only: Content-Encoding %q, body %q...", res.Header.Get("Content-Encoding"), body[:min(20, len(body))])
	}
	res, body = servetest.Get(t, s.URL+"/web/a.css", "Accept-Encoding", "br, gzip")
	if res.Header.Get("Content-Encoding") != "" && res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("with a stale a.css.br: Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
	if got := decode(t, res.Header.Get("Content-Encoding"), body); !bytes.Equal(got, css) {
		t.Error("with a stale a.css.br: the body is not a.css")
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
