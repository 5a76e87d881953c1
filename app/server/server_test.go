package server

// The server over plain HTTP, no browser: compressed delivery, the security
// headers, the manifest, the service worker's list of files, the version,
// and the static site's files.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
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

// builtWasm is web/app.wasm, which needs its compressed copies beside it.
func builtWasm(t *testing.T) []byte {
	t.Helper()
	wasmOnce.Do(func() {
		name := filepath.Join(webDir, "app.wasm")
		wasmBytes, wasmErr = os.ReadFile(name)
		for _, ext := range []string{".br", ".gz"} {
			if wasmErr == nil {
				_, wasmErr = os.Stat(name + ext)
			}
		}
	})
	if wasmErr != nil {
		t.Fatalf("%v: run make build first", wasmErr)
	}
	return wasmBytes
}

// TestServeCompressed: app.wasm comes in the best encoding the request
// accepts, br before gzip on a tie, identity when it accepts neither; every
// answer decompresses to app.wasm exactly.
func TestServeCompressed(t *testing.T) {
	wasm := builtWasm(t)
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
		for _, p := range []string{"/web/", "/web/nothing.js", "/web/../go.mod", "/web/.hidden"} {
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

// TestWorkerResourcesAreOwn: every file the service worker caches is the
// server's own, and is served (go-app's worker caches all or nothing, and
// its default icons are on another host); the worker's version is app.js's.
func TestWorkerResourcesAreOwn(t *testing.T) {
	base := testServer(t)
	version, resources := servetest.WorkerResources(t, base)
	for _, want := range []string{"/", "/app.js", "/wasm_exec.js", "/web/app.wasm", "/web/app.css", "/manifest.webmanifest", "/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable.png", "/web/icon.svg"} {
		if !slices.Contains(resources, want) {
			t.Errorf("the worker does not cache %s: %q", want, resources)
		}
	}
	for _, r := range resources {
		if !strings.HasPrefix(r, "/") || strings.HasPrefix(r, "//") {
			t.Errorf("the worker caches %q: not a path of the server's own", r)
			continue
		}
		if res, _ := servetest.Get(t, base+r, "Accept-Encoding", "gzip, br"); res.StatusCode != http.StatusOK {
			t.Errorf("GET %s (cached by the worker): %s", r, res.Status)
		}
	}
	_, appJS := servetest.Get(t, base+"/app.js")
	if !strings.Contains(string(appJS), fmt.Sprintf(`"GOAPP_VERSION":%q`, version)) {
		t.Errorf("app.js's GOAPP_VERSION is not the worker's %s", version)
	}
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(`const goappWasmContentLength = "%d";`, wasm.Size()); !strings.Contains(string(appJS), want) {
		t.Errorf("app.js lacks %s: the loader's progress would use the compressed Content-Length", want)
	}
}

// webManifest is the part of the manifest the tests read.
type webManifest struct {
	ID, Name, ShortName, StartURL, Scope, Display, ThemeColor, BackgroundColor string
	Icons                                                                      []struct {
		Src, Sizes, Type, Purpose string
	}
}

func (m *webManifest) UnmarshalJSON(b []byte) error {
	var raw struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		StartURL        string `json:"start_url"`
		Scope           string `json:"scope"`
		Display         string `json:"display"`
		ThemeColor      string `json:"theme_color"`
		BackgroundColor string `json:"background_color"`
		Icons           []struct {
			Src, Sizes, Type, Purpose string
		} `json:"icons"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*m = webManifest{raw.ID, raw.Name, raw.ShortName, raw.StartURL, raw.Scope, raw.Display, raw.ThemeColor, raw.BackgroundColor, raw.Icons}
	return nil
}

// checkManifest checks what installing needs: names, colours, start URL
// and scope under prefix, standalone, and PNG icons at 192 and 512 px plus a
// maskable 512 px one, each served (by get) at its stated size and type.
func checkManifest(t *testing.T, body []byte, prefix string, fetch func(path string) (*http.Response, []byte)) {
	t.Helper()
	var m webManifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("the manifest is not JSON: %v\n%s", err, body)
	}
	if m.Name != appName || m.ShortName != appShortName || m.ThemeColor != appThemeColor || m.BackgroundColor == "" {
		t.Errorf("manifest names or colours: %+v", m)
	}
	if m.StartURL != prefix+"/" || m.Scope != prefix+"/" || m.ID != prefix+"/" || m.Display != "standalone" {
		t.Errorf("manifest start_url %q, scope %q, id %q, display %q; want %s/ and standalone", m.StartURL, m.Scope, m.ID, m.Display, prefix)
	}
	found := map[string]bool{}
	for _, ic := range m.Icons {
		res, img := fetch(ic.Src)
		if res.StatusCode != http.StatusOK {
			t.Errorf("icon %s: %s", ic.Src, res.Status)
			continue
		}
		if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, ic.Type) {
			t.Errorf("icon %s served as %q, the manifest says %q", ic.Src, got, ic.Type)
		}
		if ic.Type == "image/png" {
			cfg, err := png.DecodeConfig(bytes.NewReader(img))
			if err != nil {
				t.Errorf("icon %s: %v", ic.Src, err)
				continue
			}
			if got := strconv.Itoa(cfg.Width) + "x" + strconv.Itoa(cfg.Height); got != ic.Sizes {
				t.Errorf("icon %s is %s, the manifest says %s", ic.Src, got, ic.Sizes)
			}
		}
		found[ic.Type+" "+ic.Sizes+" "+ic.Purpose] = true
	}
	for _, want := range []string{"image/png 192x192 any", "image/png 512x512 any", "image/png 512x512 maskable"} {
		if !found[want] {
			t.Errorf("the manifest has no %s icon: %+v", want, m.Icons)
		}
	}
}

// TestManifest: the page links the app's manifest, and it has what
// installing needs.
func TestManifest(t *testing.T) {
	base := testServer(t)
	res, page := servetest.Get(t, base+"/")
	if res.StatusCode != http.StatusOK {
		t.Fatal(res.Status)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	linked := false
	for n := range doc.Descendants() {
		if rel, _ := attrOf(n, "rel"); n.Type == html.ElementNode && n.Data == "link" && rel == "manifest" {
			href, _ := attrOf(n, "href")
			linked = linked || href == "/manifest.webmanifest"
		}
	}
	if !linked {
		t.Error("the page does not link /manifest.webmanifest")
	}
	res, body := servetest.Get(t, base+"/manifest.webmanifest")
	checkHeader(t, res, "Content-Type", "application/manifest+json")
	checkManifest(t, body, "", func(p string) (*http.Response, []byte) { return servetest.Get(t, base+p) })
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

// TestStaticSiteFiles: make static's output, for a sub-path, read as files:
// the pages pre-rendered, every path of a page, app.js, the worker and the
// manifest under the sub-path, and the compressed copies beside app.wasm.
func TestStaticSiteFiles(t *testing.T) {
	builtWasm(t)
	const prefix = "/ir/calculator"
	dir := filepath.Join(t.TempDir(), "dist")
	if err := WriteStaticSite(dir, prefix+"/", webDir, "", testPages); err != nil {
		t.Fatal(err)
	}
	if err := WriteStaticSite(dir, prefix, webDir, "", testPages); err == nil {
		t.Error("writing into a non-empty folder did not fail")
	}
	for _, f := range []string{"index.html", "embed.html", "app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/app.css", "web/noscript.css", "web/icon-192.png"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the static site lacks %s: %v", f, err)
		}
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	doc, err := html.Parse(bytes.NewReader(read("index.html")))
	if err != nil {
		t.Fatal(err)
	}
	shown := map[string]bool{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range []string{"href", "src"} {
			v, ok := attrOf(n, a)
			if !ok {
				continue
			}
			shown[n.Data+" "+v] = true
			if strings.HasPrefix(v, "/") && !strings.HasPrefix(v, prefix+"/") {
				t.Errorf("index.html: <%s %s=%q> is outside %s/", n.Data, a, v, prefix)
			}
		}
	}
	for _, want := range []string{"a " + prefix + "/embed", "img " + prefix + "/web/icon.svg"} {
		if !shown[want] {
			t.Errorf("index.html lacks the stand-in's <%s>", want)
		}
	}
	appJS := string(read("app.js"))
	for _, want := range []string{`"GOAPP_ROOT_PREFIX":"/ir/calculator/"`, `"GOAPP_STATIC_RESOURCES_URL":"/ir/calculator/web"`,
		`"/ir/calculator/web/app.wasm"`, `"/ir/calculator/app-worker.js"`} {
		if !strings.Contains(appJS, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	worker := httptest.NewServer(http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
	defer worker.Close()
	_, resources := servetest.WorkerResources(t, worker.URL+prefix)
	for _, r := range resources {
		if !strings.HasPrefix(r, prefix+"/") {
			t.Errorf("the worker caches %s, outside %s/", r, prefix)
		} else if res, _ := servetest.Get(t, worker.URL+r); res.StatusCode != http.StatusOK {
			t.Errorf("the worker caches %s, which a static server answers with %s", r, res.Status)
		}
	}
	checkManifest(t, read("manifest.webmanifest"), prefix, func(p string) (*http.Response, []byte) { return servetest.Get(t, worker.URL+p) })
	br, err := os.Stat(filepath.Join(dir, "web/app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	wasm, err := os.Stat(filepath.Join(dir, "web/app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	if br.ModTime().Before(wasm.ModTime()) {
		t.Error("the copy of app.wasm.br is older than the copy of app.wasm: a server would take it as stale")
	}
}

func TestNormalizeBase(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "/": "", "/ir/calculator": "/ir/calculator", "ir/calculator/": "/ir/calculator", "/a-b_c.d/e~f": "/a-b_c.d/e~f",
	} {
		if got, err := NormalizeBase(in); err != nil || got != want {
			t.Errorf("NormalizeBase(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"/a b", "/a?b", "/a#b", `/a"b`, "/a/../b", "/./a", "/a%2Fb", "/<x>"} {
		if got, err := NormalizeBase(bad); err == nil {
			t.Errorf("NormalizeBase(%q) = %q, accepted", bad, got)
		}
	}
}

// TestPrefixResolver: files get the prefix, relative links and other hosts
// do not.
func TestPrefixResolver(t *testing.T) {
	r := prefixResolver("/ir/calculator")
	for in, want := range map[string]string{
		"": "/ir/calculator/", "/": "/ir/calculator/", "/app.js": "/ir/calculator/app.js", "/web/app.wasm": "/ir/calculator/web/app.wasm",
		"/web": "/ir/calculator/web", "web/icon.svg": "/ir/calculator/web/icon.svg", "./?silver=20": "./?silver=20", "?silver=20": "?silver=20",
		"#figures": "#figures", "https://example.com/x": "https://example.com/x", "mailto:ir@example.com": "mailto:ir@example.com",
	} {
		if got := r.Resolve(in); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", in, got, want)
		}
	}
	if got := prefixResolver("").Resolve("/web/app.wasm"); got != "/web/app.wasm" {
		t.Errorf("at the root, Resolve(/web/app.wasm) = %q", got)
	}
}

// TestServiceWorkerTemplate: go-app's worker still has the section this
// replaces, and the template keeps go-app's placeholders.
func TestServiceWorkerTemplate(t *testing.T) {
	s, err := serviceWorkerTemplate("/ir/calculator/")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"{{.Version}}", "{{.ResourcesToCache}}", `const appShell = "/ir/calculator/";`, "event.waitUntil", `addEventListener("push"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the worker template lacks %s", want)
		}
	}
	if strings.Contains(s, "{{.AppShell}}") || strings.Count(s, `self.addEventListener("fetch"`) != 1 {
		t.Error("the worker template has a placeholder left, or two fetch handlers")
	}
}
