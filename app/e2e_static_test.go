//go:build !wasm

package main

import (
	"github.com/hecla-calc/calculator/app/ui"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hecla-calc/calculator/app/server"
)

// TestBrowserStaticSubPath: the static site (make static BASE=/ir/calculator)
// served by a plain static file server under /ir/calculator/: the app
// loads, goes live and computes, the address keeps the sub-path, and the
// browser asks for nothing outside it, nor anything the site lacks. The
// server, like most static hosts (nginx's try_files $uri $uri.html), also
// answers an extension-less path from its .html file: /embed is embed.html,
// where the embed view runs too.
func TestBrowserStaticSubPath(t *testing.T) {
	testServer(t) // the routes and the model
	const prefix = "/ir/calculator"
	dir := filepath.Join(t.TempDir(), "dist")
	if err := server.WriteStaticSite(dir, prefix, "web", "", ui.Pages); err != nil {
		t.Fatal(err)
	}

	var mu sync.Mutex
	var bad []string
	files := http.StripPrefix(prefix, http.FileServer(http.Dir(dir)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, prefix+"/") {
			mu.Lock()
			bad = append(bad, r.URL.Path+" (outside "+prefix+"/)")
			mu.Unlock()
			http.NotFound(w, r)
			return
		}
		if rel := strings.TrimPrefix(r.URL.Path, prefix); path.Ext(rel) == "" && !strings.HasSuffix(rel, "/") {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel)+".html")); err == nil {
				r = r.Clone(r.Context())
				r.URL.Path += ".html"
			}
		}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		files.ServeHTTP(rec, r)
		if rec.status >= 400 {
			mu.Lock()
			bad = append(bad, r.URL.Path+": "+http.StatusText(rec.status))
			mu.Unlock()
		}
	}))
	t.Cleanup(srv.Close)

	tb := newTabAt(t, srv.URL)
	tb.open(prefix + "/")
	tb.waitFigures("")
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitFigures("silver=20")
	tb.waitSearch("?silver=20")
	if got := js[string](tb, `location.pathname`); got != prefix+"/" {
		t.Errorf("the address's path is %s, want %s/", got, prefix)
	}
	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.waitFigures("silver=20&lucky-friday.tons=90000")
	tb.waitSearch("?silver=20&lucky-friday.tons=90000") // the address bar follows at the next frame
	if got := js[string](tb, `location.pathname`); got != prefix+"/" {
		t.Errorf("the address's path is %s, want %s/", got, prefix)
	}

	emb := newTabAt(t, srv.URL)
	emb.open(prefix + "/embed?silver=20&show=company")
	gp := evalFigures(t, "silver=20")["company.gross-profit"]
	emb.poll("the embed view's company gross profit is -eval's for silver=20", func() (bool, string) {
		got := js[string](emb, `(document.querySelector('[data-metric="company.gross-profit"]') || {dataset: {}}).dataset.value || ""`)
		return got == gp, "it is " + got
	})
	if got := js[string](emb, `location.pathname`); got != prefix+"/embed" {
		t.Errorf("the embed's path is %s, want %s/embed", got, prefix)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(bad) > 0 {
		t.Errorf("requests the static site cannot answer:\n%s", strings.Join(bad, "\n"))
	}
}

// statusRecorder notes the status a handler answers with.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// TestBrowserStaticFiles: the static site's pages by their file names,
// index.html and embed.html, with and without a scenario, at a host's root
// and under a sub-path, served by a plain file server (a file for a file,
// index.html for a folder, no redirects): each shows the calculator once
// its WebAssembly runs, with the scenario's figures, never go-app's "Not
// found".
func TestBrowserStaticFiles(t *testing.T) {
	testServer(t) // the routes and the model
	for _, prefix := range []string{"", "/ir/calculator"} {
		t.Run("base="+prefix, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "dist")
			if err := server.WriteStaticSite(dir, prefix, "web", "", ui.Pages); err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(http.StripPrefix(prefix, plainFiles(dir)))
			t.Cleanup(srv.Close)
			for _, page := range []string{"/index.html", "/index.html?silver=20", "/embed.html", "/embed.html?silver=20&show=company"} {
				tb := newTabAt(t, srv.URL)
				tb.open(prefix + page)
				q := ""
				if strings.Contains(page, "silver=20") {
					q = "silver=20"
				}
				gp := evalFigures(t, q)["company.gross-profit"]
				tb.poll(page+": the calculator shows company gross profit for "+q, func() (bool, string) {
					got := js[string](tb, `(() => { const e = document.querySelector('[data-metric="company.gross-profit"]');
						return (e ? e.dataset.value : "no figure") + " | " + document.body.innerText.slice(0, 80); })()`)
					return strings.HasPrefix(got, gp+" | ") && !strings.Contains(got, "Not Found") && !strings.Contains(got, "404"), got
				})
				embedded := js[bool](tb, `document.querySelector('#reset-all') === null`)
				if embedded != strings.HasPrefix(page, "/embed") {
					t.Errorf("%s%s: embed view %v, want %v", prefix, page, embedded, strings.HasPrefix(page, "/embed"))
				}
			}
		})
	}
}

// plainFiles serves dir as the plainest static host does: the file at the
// path, a folder's index.html, 404 for anything else; unlike
// http.FileServer, it never redirects /index.html to ./.
func plainFiles(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			name = filepath.Join(name, "index.html")
		}
		f, err := os.Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, fi.Name(), fi.ModTime(), f)
	})
}
