package server

// The server over plain HTTP, no browser: the security headers and the
// version. Compressed delivery, the manifest, the service worker and the
// static site have tests of their own, beside the code of each.

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/servetest"
)

func checkHeader(t *testing.T, res *http.Response, key, want string) {
	t.Helper()
	if got := res.Header.Get(key); got != want {
		t.Errorf("%s %s: %s %q, want %q", res.Request.Method, res.Request.URL.Path, key, got, want)
	}
}

// wantCSP is the Content-Security-Policy at the default -frame-ancestors.
const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *"

// TestSecurityHeaders: every answer, page, script, file, manifest or 404,
// carries the policy, nosniff and the referrer policy; -frame-ancestors
// sets who may frame the page.
func TestSecurityHeaders(t *testing.T) {
	base := testServer(t)
	for _, p := range []string{"/", "/?silver=20", "/app.js", "/app-worker.js", "/wasm_exec.js", "/web/app.wasm", "/web/app.css", "/manifest.webmanifest", "/robots.txt", "/no-such-page"} {
		res, _ := servetest.Get(t, base+p, "Accept-Encoding", "br")
		checkHeader(t, res, "Content-Security-Policy", wantCSP)
		checkHeader(t, res, "X-Content-Type-Options", "nosniff")
		checkHeader(t, res, "Referrer-Policy", "strict-origin-when-cross-origin")
		if res.StatusCode == http.StatusOK && res.Header.Get("Content-Type") == "" {
			t.Errorf("GET %s: no Content-Type", p)
		}
	}

	srv, err := New(Config{WebDir: webDir, FrameAncestors: "'self'  https://ir.example.com", Pages: testPages, version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.Handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if got, want := rec.Header().Get("Content-Security-Policy"), strings.TrimSuffix(wantCSP, "*")+"'self' https://ir.example.com"; got != want {
		t.Errorf("with -frame-ancestors: %q, want %q", got, want)
	}
	for _, bad := range []string{"", "  ", "'self'; script-src *", "a,b", "*\r\nX-Evil: 1"} {
		if _, err := New(Config{WebDir: webDir, FrameAncestors: bad, Pages: testPages, version: "test"}); err == nil && bad != "" {
			t.Errorf("-frame-ancestors %q accepted", bad)
		}
	}
}

// TestContentVersion: the version follows the files, not the clock, and not
// the compressed copies.
func TestContentVersion(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.css"), []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	v1, err := contentVersion(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.css.br"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	v2, err := contentVersion(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.css"), []byte("b"), 0o644); err != nil {
		t.Fatal(err)
	}
	v3, err := contentVersion(dir)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == "" || v1 != v2 || v3 == v1 {
		t.Errorf("versions %q, %q (a compressed copy added), %q (a file changed): want the first two equal, the third new", v1, v2, v3)
	}
}
