//go:build !wasm

package main

// The installable app: offline after one visit, and an open app told of a
// new version. Each test runs its own server, on a port of its own, so its
// service worker and caches are its own.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/internal/servetest"
)

// waitWorker waits until the service worker of version is the active one
// of the page's registration (it controls the page from its next load on:
// it claims none, see app/server/worker.go) and its cache holds every file
// the worker lists (resources).
func (tb *tab) waitWorker(version string, resources []string) {
	tb.t.Helper()
	tb.poll(fmt.Sprintf("service worker %s is active, its cache complete", version), func() (bool, string) {
		why := get(tb, "reading the service worker's state", chromedp.Evaluate[string](fmt.Sprintf(`(async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			const w = reg && reg.active;
			if (!w) return "no active service worker";
			if (w.state !== "activated") return "the active worker is " + w.state;
			if (!w.scriptURL.endsWith("/app-worker.js")) return "the active worker is " + w.scriptURL;
			const keys = await caches.keys();
			if (!keys.includes(%[1]q)) return "caches: " + JSON.stringify(keys);
			const cached = (await (await caches.open(%[1]q)).keys()).map(r => new URL(r.url).pathname);
			const want = %[2]s;
			const missing = want.filter(p => !cached.includes(p));
			return missing.length ? "not cached yet: " + missing.join(" ") : "";
		})()`, "app-"+version, jsonString(tb.t, resources)), chromedp.EvalAwaitPromise))
		return why == "", why
	})
}

// TestBrowserOffline: after one visit, with the server gone, a reload of a
// scenario's URL loads the app from the service worker's cache; it goes
// live, shows that scenario, and recalculates when a lever changes.
func TestBrowserOffline(t *testing.T) {
	srv := startServer(t, appHandler(t, "web"))
	version, resources := servetest.WorkerResources(t, srv.URL)
	tb := newTabAt(t, srv.URL)
	tb.open("/")
	tb.waitWorker(version, resources)
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")

	srv.Close() // the network is gone: nothing answers on the port
	if res, err := http.Get(srv.URL + "/"); err == nil {
		res.Body.Close()
		t.Fatalf("the server still answers: %s", res.Status)
	}
	tb.do("reloading /?silver=20 offline", chromedp.Reload())
	tb.waitLive()
	if got := js[string](tb, `location.pathname + location.search`); got != "/?silver=20" {
		t.Errorf("offline, the page is at %s, want /?silver=20", got)
	}
	if !js[bool](tb, `navigator.serviceWorker.controller !== null`) {
		t.Error("offline, no service worker controls the page")
	}
	tb.waitFigures("silver=20")
	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.waitSearch("?silver=20&lucky-friday.tons=90000")
	tb.waitFigures("silver=20&lucky-friday.tons=90000")
}

// jsonString is v as JSON, for a script.
func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// webCopy is a folder of web/'s files and one more, build.txt holding
// build: the files of a build of its own, and so of a version of its own.
func webCopy(t *testing.T, build string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("web")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "build.txt"), []byte(build), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// switchHandler serves whichever handler was set last.
type switchHandler struct{ h atomic.Pointer[http.Handler] }

func (s *switchHandler) set(h http.Handler) { s.h.Store(&h) }

func (s *switchHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	(*s.h.Load()).ServeHTTP(w, r)
}

// TestBrowserUpdate: an open app of version A (a returning visit, so its
// worker controls the page), once the server serves
// version B and go-app checks for an update, shows the "Update available"
// banner (#update-banner, through go-app's OnAppUpdate); its button
// (#update-reload) brings version B, whole: its scripts, and its cache
// alone.
func TestBrowserUpdate(t *testing.T) {
	hA, hB := appHandler(t, webCopy(t, "a")), appHandler(t, webCopy(t, "b"))
	var sw switchHandler
	sw.set(hA)
	srv := startServer(t, &sw)
	versionA, resourcesA := servetest.WorkerResources(t, srv.URL)

	tb := newTabAt(t, srv.URL)
	tb.open("/")
	tb.waitWorker(versionA, resourcesA)
	// A returning visit: version A's worker controls the page.
	tb.do("reloading", chromedp.Reload())
	tb.waitLive()
	if !js[bool](tb, `navigator.serviceWorker.controller !== null`) {
		t.Fatal("after a reload, no service worker controls the page")
	}
	if js[bool](tb, `document.getElementById("update-banner") !== null`) {
		t.Fatal("#update-banner shows before any update")
	}

	sw.set(hB)
	versionB, _ := servetest.WorkerResources(t, srv.URL)
	if versionB == versionA {
		t.Fatalf("builds a and b are both version %s", versionA)
	}
	// Until the update, version A's files come from A's cache, never B's.
	appJS := get(tb, "fetching /app.js", chromedp.Evaluate[string](`fetch("/app.js").then(r => r.text())`, chromedp.EvalAwaitPromise))
	if !strings.Contains(appJS, versionA) {
		t.Errorf("with version B served, the page of version A fetched an app.js that is not A's")
	}
	js[bool](tb, `(goappTryUpdate(), true)`) // what app.TryUpdate does
	tb.poll("the page shows #update-banner with its #update-reload button", func() (bool, string) {
		state := js[string](tb, `(() => {
			const b = document.getElementById("update-banner");
			if (!b) return "no #update-banner (the UI's OnAppUpdate banner)";
			if (!b.querySelector("#update-reload")) return "#update-banner has no #update-reload button";
			const r = b.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || getComputedStyle(b).visibility === "hidden") return "#update-banner is not visible";
			return "";
		})()`)
		return state == "", state + fmt.Sprintf(" (service worker: %s)", js[string](tb, `(navigator.serviceWorker.controller || {}).scriptURL || "none"`))
	})
	if !strings.Contains(strings.ToLower(js[string](tb, `document.getElementById("update-banner").textContent`)), "update") {
		t.Errorf("#update-banner does not say update: %q", js[string](tb, `document.getElementById("update-banner").textContent`))
	}

	tb.do("clicking #update-reload", chromedp.Click(chromedp.CSS("#update-reload")))
	tb.poll("the page reloads as version B", func() (bool, string) {
		// Asked while the page reloads, the browser may answer that the
		// page navigated: not yet, rather than a failure.
		ctx, cancel := context.WithTimeout(tb.ctx, e2eTimeout)
		defer cancel()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`typeof goappGetenv === "function" ? goappGetenv("GOAPP_VERSION") : ""`))
		if err != nil {
			return false, "the page is reloading: " + err.Error()
		}
		return v == versionB, "GOAPP_VERSION is " + v
	})
	tb.waitLive()
	_, resourcesB := servetest.WorkerResources(t, srv.URL)
	tb.waitWorker(versionB, resourcesB)
	keys := get(tb, "listing the caches", chromedp.Evaluate[[]string](`caches.keys()`, chromedp.EvalAwaitPromise))
	if len(keys) != 1 || keys[0] != "app-"+versionB {
		t.Errorf("caches after the update: %q, want only app-%s", keys, versionB)
	}
	if js[bool](tb, `document.getElementById("update-banner") !== null`) {
		t.Error("#update-banner still shows after the reload")
	}
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitFigures("silver=20")
}

// progressWatch records, from the document's start, every figure the loader
// shows ("Loading the calculator… 42%").
const progressWatch = `window.__progress = [];
new MutationObserver(() => {
	const l = document.getElementById("app-wasm-loader-label");
	const m = l && /(-?[0-9.]+|NaN|Infinity)%/.exec(l.textContent);
	if (m && window.__progress[window.__progress.length - 1] !== m[1]) window.__progress.push(m[1]);
}).observe(document, {subtree: true, childList: true, characterData: true});`

// TestBrowserLoadingProgress: app.wasm comes compressed, and the loader's
// progress still counts up to 100% and no further (go-app's
// WasmContentLength: the uncompressed size, where the Content-Length would be
// the compressed one, or none).
func TestBrowserLoadingProgress(t *testing.T) {
	srv := startServer(t, appHandler(t, "web")) // an origin of its own: no service worker yet
	tb := newTabAt(t, srv.URL)
	tb.do("watching the loader", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: progressWatch})
		return err
	}))
	tb.open("/")
	sizes := js[struct{ Encoded, Decoded float64 }](tb, `(() => {
		const e = performance.getEntriesByType("resource").find(e => new URL(e.name).pathname === "/web/app.wasm");
		return e ? {encoded: e.encodedBodySize, decoded: e.decodedBodySize} : {encoded: 0, decoded: 0};
	})()`)
	if sizes.Decoded == 0 || sizes.Encoded >= sizes.Decoded/2 {
		t.Errorf("app.wasm came as %v bytes for %v: not compressed", sizes.Encoded, sizes.Decoded)
	}
	progress := js[[]string](tb, `window.__progress`)
	if len(progress) < 2 || progress[len(progress)-1] != "100" {
		t.Fatalf("the loader showed %q%%: want a count up to 100", progress)
	}
	for _, p := range progress {
		if v, err := strconv.ParseFloat(p, 64); err != nil || v < 0 || v > 100 {
			t.Errorf("the loader showed %s%% (all: %q)", p, progress)
		}
	}
}
