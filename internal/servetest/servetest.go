// Package servetest holds what the tests of the server (app/server) and of
// the pages it serves (app) both do: ask for an answer, read the service
// worker's list of files from one, and tell what serving one took in
// memory.
package servetest

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"runtime"
	"testing"
	"time"
)

// client asks for exactly the Accept-Encoding a test sets (none when it sets
// none) and decompresses nothing.
var client = &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: 30 * time.Second}

// Get is the answer to a GET of url with the header fields given as name,
// value pairs, and its body as it came.
func Get(t testing.TB, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	return Do(t, http.MethodGet, url, header...)
}

// Do is Get for any method.
func Do(t testing.TB, method, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

var workerList = regexp.MustCompile(`const appVersion = "([^"]+)";\s*const cacheName = [^\n]*\n\s*const resourcesToCache = (\[[^\n]*\]);`)

// WorkerResources is the version and the list of files the service worker
// caches, read from base+"/app-worker.js" as served.
func WorkerResources(t testing.TB, base string) (version string, resources []string) {
	t.Helper()
	res, js := Get(t, base+"/app-worker.js")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/app-worker.js: %s", res.Status)
	}
	m := workerList.FindSubmatch(js)
	if m == nil {
		t.Fatalf("/app-worker.js holds no version and resourcesToCache:\n%s", js[:min(600, len(js))])
	}
	if err := json.Unmarshal(m[2], &resources); err != nil {
		t.Fatalf("resourcesToCache %s: %v", m[2], err)
	}
	return string(m[1]), resources
}

// Allocated is how many bytes the process allocated while f ran.
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
