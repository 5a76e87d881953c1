package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// TestStaticSiteFiles: make static's output, for a sub-path, read as files:
// the pages pre-rendered, every path of a page, app.js, the worker and the
// manifest under the sub-path, and the compressed copies beside app.wasm.
func TestStaticSiteFiles(t *testing.T) {
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
	// The pages and go-app's scripts have compressed copies, as web/'s
	// files do, for a host that serves them.
	for _, f := range []string{"index.html", "embed.html", "app.js", "app-worker.js", "wasm_exec.js"} {
		for enc, ext := range map[string]string{"br": ".br", "gzip": ".gz"} {
			if got, want := decode(t, enc, read(f+ext)), read(f); !bytes.Equal(got, want) {
				t.Errorf("%s%s does not decompress to %s", f, ext, f)
			}
		}
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
