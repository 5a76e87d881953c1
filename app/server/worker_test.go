package server

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/servetest"
)

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
