//go:build !wasm

package main

// The app's server for the browser tests: the shared one, and one of a
// test's own.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/hecla-calc/calculator/app/server"
	"github.com/hecla-calc/calculator/app/ui"
	"github.com/hecla-calc/calculator/data"
)

// testServer serves server.New, as bin/hecla does by default, on 127.0.0.1
// and returns its base URL.
func testServer(t testing.TB) string {
	t.Helper()
	e2eServerOnce.Do(func() {
		if _, err := os.Stat("web/app.wasm"); err != nil {
			e2eServerErr = fmt.Errorf("web/app.wasm is missing: run make build first (%v)", err)
			return
		}
		rel, err := data.Load()
		if err == nil {
			e2eModel, err = rel.Model()
		}
		if err != nil {
			e2eServerErr = err
			return
		}
		ui.Route()
		var srv *server.Server
		if srv, e2eServerErr = server.New(serverConfig("web")); e2eServerErr != nil {
			return
		}
		e2eServer = httptest.NewUnstartedServer(srv.Handler) // listens on 127.0.0.1:0
		e2eServer.Config = srv.Server
		e2eServer.Start()
	})
	if e2eServerErr != nil {
		t.Fatal(e2eServerErr)
	}
	return e2eServer.URL
}

// appHandler is server.New's handler for the app's pages, serving webDir.
func appHandler(t *testing.T, webDir string) http.Handler {
	t.Helper()
	srv, err := server.New(serverConfig(webDir))
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler
}

// startServer serves h on a 127.0.0.1 port of its own (an origin of its own,
// so its service worker and caches are its own) until the test ends; the
// model and the routes are loaded as for the shared server.
func startServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	testServer(t)
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}
