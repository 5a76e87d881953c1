package server

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerPWA replaces the "PWA" section of go-app's service worker
// (app.DefaultAppWorkerJS: install, activate, fetch); the rest of go-app's
// worker (push notifications) stays as it is. go-app fills {{.Version}} and
// {{.ResourcesToCache}}; serviceWorkerTemplate fills {{.AppShell}}.
//
// What it changes, and why:
//
//   - Install waits for every resource to be cached (event.waitUntil): a
//     resource that cannot be fetched fails the install, and the version
//     that runs stays, with its complete cache. go-app's worker does not
//     wait, so it could take control with half a cache, and offline the app
//     would not load. The new version takes over (skipWaiting) only once
//     its cache is complete; go-app's page script then calls OnAppUpdate.
//   - Activation waits for the old caches to be deleted, and claims no page.
//     go-app's page script tells an update from a first install by whether
//     a worker controlled the page when the new one became "activated":
//     claiming the first visit's page would make that visit look like an
//     update. The pages an old version controls pass to the new one by
//     themselves; a first visit's page is served by the worker from its
//     next load on (offline included), and needs nothing more once loaded.
//   - A file comes from this version's own cache (never another version's),
//     so a page never mixes two versions; what is not cached (nothing the
//     app needs) goes to the network.
//   - A page (a navigation) comes from the network when the network answers
//     within 4 s with this very version (the ETag go-app gives every answer
//     is the version, quoted, and the server adds the encoding's suffix
//     when it compresses it): so an online page is pre-rendered for its own
//     query. Otherwise (offline, slow, or another version deployed since)
//     it is the cached page of this version, whatever its query: go-app's
//     cache keys hold no query, and the calculator reads its scenario from
//     the address bar once it runs. A new version then shows up through the
//     update check, not as a page whose scripts are another version's.
const workerPWA = `// -----------------------------------------------------------------------------
// PWA (the Hecla calculator's: see app/server/worker.go)
// -----------------------------------------------------------------------------
const appVersion = "{{.Version}}";
const cacheName = "app-" + appVersion;
const resourcesToCache = {{.ResourcesToCache}};
const appShell = {{.AppShell}};
const networkTimeout = 4000;

self.addEventListener("install", (event) => {
  console.log("installing app worker", appVersion);
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== cacheName) {
        console.log("deleting", key, "cache");
        await caches.delete(key);
      }
    }
    console.log("app worker", appVersion, "is activated");
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(fromCache(request));
});

async function fromCache(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  return cached || fetch(request);
}

async function navigate(request) {
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), networkTimeout);
    const response = await fetch(request, { signal: controller.signal });
    clearTimeout(timer);
    // This build's page: its ETag is the version, with the encoding's
    // suffix when it came compressed.
    const etag = response.headers.get("ETag") || "";
    if (etag === '"' + appVersion + '"' || etag.startsWith('"' + appVersion + '-')) {
      return response;
    }
  } catch (err) {
    // offline or too slow: the cached page
  }
  const cache = await caches.open(cacheName);
  const cached = (await cache.match(request, { ignoreSearch: true })) ||
    (await cache.match(appShell));
  return cached || fetch(request);
}

`

// goAppPushMarker starts the part of go-app's worker kept as it is.
const goAppPushMarker = "// -----------------------------------------------------------------------------\n// Push Notifications\n"

// serviceWorkerTemplate is go-app's worker with workerPWA for its PWA
// section; appShell is the page cached as "/" (with the site's prefix).
// It fails if go-app's worker no longer has the section this replaces (an
// upgrade of go-app must look at it again).
func serviceWorkerTemplate(appShell string) (string, error) {
	i := strings.Index(app.DefaultAppWorkerJS, goAppPushMarker)
	if i < 0 || !strings.Contains(app.DefaultAppWorkerJS[:i], `self.addEventListener("fetch"`) {
		return "", fmt.Errorf("go-app's service worker (app.DefaultAppWorkerJS) changed: app/server/worker.go must be brought up to date")
	}
	shell, err := json.Marshal(appShell)
	if err != nil {
		return "", err
	}
	return strings.Replace(workerPWA, "{{.AppShell}}", string(shell), 1) + app.DefaultAppWorkerJS[i:], nil
}
