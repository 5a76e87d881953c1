package server

// The server over plain HTTP, no browser: the security headers and the
// version. Compressed delivery, the manifest, the service worker and the
// static site have tests of their own, beside the code of each.

import (
	"net/http"
	"net/http/httptest"
	"net/url"
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

// wantCSP is the Content-Security-Policy of the full page at the default
// -page-frame-ancestors.
const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

// TestSecurityHeaders: every answer, page, script, file, manifest or 404,
// carries the policy, nosniff and the referrer policy (a stand-in page with
// no embed: every answer framed as the page); a frame-ancestors flag that
// would break the header is refused.
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

	for _, bad := range []string{"  ", "'self'; script-src *", "a,b", "*\r\nX-Evil: 1"} {
		if _, err := New(Config{WebDir: webDir, FrameAncestors: bad, Pages: testPages, version: "test"}); err == nil {
			t.Errorf("-frame-ancestors %q accepted", bad)
		}
		if _, err := New(Config{WebDir: webDir, PageFrameAncestors: bad, Pages: testPages, version: "test"}); err == nil {
			t.Errorf("-page-frame-ancestors %q accepted", bad)
		}
	}
}

// TestFramingByAnswer: the embed's answers are framed as -frame-ancestors
// says (any page by default), every other answer as -page-frame-ancestors
// says (the app's own pages by default); X-Frame-Options says the same
// where it can.
func TestFramingByAnswer(t *testing.T) {
	isEmbed := func(u *url.URL) bool { return u.Path == "/embed" || u.Query().Get("embed") == "1" }
	policy := strings.TrimSuffix(wantCSP, "'self'")
	for _, tc := range []struct {
		name, embedFlag, pageFlag string
		embed                     bool
		path, want, wantXFO       string
	}{
		{"page by default", "", "", true, "/?silver=20", "'self'", "SAMEORIGIN"},
		{"embed by default", "", "", true, "/embed?silver=20", "*", ""},
		{"embed by query", "", "", true, "/?embed=1", "*", ""},
		{"a file", "", "", true, "/web/app.css", "'self'", "SAMEORIGIN"},
		{"a 404", "", "", true, "/no-such-page", "'self'", "SAMEORIGIN"},
		{"no embed rule", "", "", false, "/embed", "'self'", "SAMEORIGIN"},
		{"embed for one site", "'self'  https://ir.example.com", "", true, "/embed", "'self' https://ir.example.com", ""},
		{"page for one site", "'self'  https://ir.example.com", "https://ir.example.com", true, "/", "https://ir.example.com", ""},
		{"page never framed", "", "'none'", true, "/", "'none'", "DENY"},
		{"embed never framed", "'none'", "", true, "/?embed=1", "'none'", "DENY"},
		{"page framed by any", "", "*", true, "/", "*", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Config{WebDir: webDir, FrameAncestors: tc.embedFlag, PageFrameAncestors: tc.pageFlag, Pages: testPages, version: "test"}
			if tc.embed {
				cfg.IsEmbed = isEmbed
			}
			srv, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			rec := httptest.NewRecorder()
			srv.Handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tc.path, nil))
			if got := rec.Header().Get("Content-Security-Policy"); got != policy+tc.want {
				t.Errorf("-frame-ancestors %q -page-frame-ancestors %q, GET %s: Content-Security-Policy %q, want frame-ancestors %s",
					tc.embedFlag, tc.pageFlag, tc.path, got, tc.want)
			}
			if got := rec.Header().Get("X-Frame-Options"); got != tc.wantXFO {
				t.Errorf("GET %s: X-Frame-Options %q, want %q", tc.path, got, tc.wantXFO)
			}
		})
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
