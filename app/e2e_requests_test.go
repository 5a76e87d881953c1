//go:build !wasm

package main

import (
	"net/url"
	"slices"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestBrowserNoExternalRequests: a page load and an edit ask nothing of any
// other origin, and the service worker caches nothing from one.
func TestBrowserNoExternalRequests(t *testing.T) {
	tb := newTab(t)
	var mu sync.Mutex
	var requested []string
	err := chromedp.Listen(tb.ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requested = append(requested, e.Request.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	tb.open("/")
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitFigures("silver=20")

	cached := get(tb, "listing the service worker's caches", chromedp.Evaluate[[]string](`(async () => {
		const reg = await Promise.race([
			navigator.serviceWorker.ready,
			new Promise(r => setTimeout(() => r(null), 10000)),
		]);
		const urls = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) urls.push(req.url);
		}
		return urls;
	})()`, chromedp.EvalAwaitPromise))

	mu.Lock()
	urls := append(slices.Clone(requested), cached...)
	mu.Unlock()
	origin, err := url.Parse(tb.base)
	if err != nil {
		t.Fatal(err)
	}
	sawPage, sawWasm := false, false
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("unparsable URL %q", raw)
			continue
		}
		switch {
		case u.Scheme == "data" || u.Scheme == "blob":
		case u.Scheme == origin.Scheme && u.Host == origin.Host:
			sawPage = sawPage || u.Path == "/"
			sawWasm = sawWasm || u.Path == "/web/app.wasm"
		default:
			t.Errorf("a request outside the server's origin %s: %s", tb.base, raw)
		}
	}
	if !sawPage || !sawWasm {
		t.Errorf("the recording missed the page or its WebAssembly (page %v, wasm %v): %q", sawPage, sawWasm, urls)
	}
	if !t.Failed() {
		t.Logf("%d requests, %d cached by the service worker, all on %s", len(requested), len(cached), tb.base)
	}
}
