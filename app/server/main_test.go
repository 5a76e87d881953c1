package server

// The server's tests serve a stand-in page, not the calculator: what they
// test is the server's (headers, limits, files, the worker, og: tags), and
// the calculator's own pages, as served, are tested in package main. They
// serve a web/ of their own, with a stand-in app.wasm (testweb_test.go), so
// they need no make build.

import (
	"fmt"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

func TestMain(m *testing.M) {
	dir, remove, err := testWeb()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	webDir = dir
	if os.Getenv(childEnv) == "1" {
		if err := serveChild(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	code := m.Run()
	remove()
	os.Exit(code)
}

// testPages are the stand-in's paths, as the app's pages are "/" and
// "/embed".
var testPages = []string{"/", "/embed"}

// standIn is a page with a link and an image, so that a test can see where
// their paths lead under a prefix; and, when standInRows is set, a table
// of figures.
type standIn struct{ app.Compo }

// standInRows is how many rows of figures the stand-in's table has: none
// but for a test that needs a page of the calculator's size (figurePage).
var standInRows = 0

func (*standIn) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Stand-in"),
		app.A().Href("/embed").Text("embed"),
		app.Img().Src("/web/icon.svg").Alt(""),
		app.If(standInRows > 0, func() app.UI {
			return app.Table().Body(app.Range(make([]struct{}, standInRows)).Slice(func(i int) app.UI {
				// Figures that differ row to row, so that the table
				// compresses about as the calculator's page does.
				x := uint32(i)*2654435761 + 12345
				return app.Tr().Class("figure").Body(
					app.Th().Scope("row").Text(fmt.Sprintf("Mine %d", i%7)),
					app.Td().Text(fmt.Sprintf("%d,%03d", x%1000, x>>10%1000)),
					app.Td().Text(fmt.Sprintf("$%d.%02d", x>>20%500, x>>4%100)),
				)
			}))
		}),
	)
}

func init() {
	for _, p := range testPages {
		app.Route(p, app.NewZeroComponentFactory(&standIn{}))
	}
}

// testTimeout bounds every request of the tests.
const testTimeout = 30 * time.Second

var (
	testServerOnce sync.Once
	sharedServer   *httptest.Server
	testServerErr  error
)

// testServer serves New's server, at the defaults but for the stand-in's
// pages, on 127.0.0.1, for the whole test run, and returns its base URL.
// (httptest.Server takes an http.Server, and its own listener, which gets
// the bound Server.Serve would put on it.)
func testServer(t *testing.T) string {
	t.Helper()
	testServerOnce.Do(func() {
		srv, err := New(Config{WebDir: webDir, Pages: testPages})
		if err != nil {
			testServerErr = err
			return
		}
		sharedServer = httptest.NewUnstartedServer(srv.Handler)
		sharedServer.Config = srv.Server
		sharedServer.Listener = boundedListener{sharedServer.Listener}
		sharedServer.Start()
	})
	if testServerErr != nil {
		t.Fatal(testServerErr)
	}
	return sharedServer.URL
}

// startServer serves New(cfg) on a 127.0.0.1 port of its own until the test
// ends, and returns its base URL.
func startServer(t *testing.T, cfg Config) string {
	t.Helper()
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := httptest.NewUnstartedServer(srv.Handler)
	s.Config = srv.Server
	s.Listener = boundedListener{s.Listener} // as srv.Serve would
	s.Start()
	t.Cleanup(s.Close)
	return s.URL
}

func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
