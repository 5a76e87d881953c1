//go:build !wasm

package main

// The calculator's pages as the server (package server) pre-renders and
// writes them, over plain HTTP or as files: what of them is the page's, not
// the server's (whose own tests serve a stand-in page).

import (
	"bytes"
	"github.com/hecla-calc/calculator/app/ui"
	"github.com/hecla-calc/calculator/internal/dom"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/server"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// wantCSP is the Content-Security-Policy of the full page at the default
// -page-frame-ancestors.
const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

// TestPageFraming: the calculator's embed, by its path or by embed=1 as
// the page reads it (the last value applies), may be framed by any page;
// the full calculator by its own origin's only.
func TestPageFraming(t *testing.T) {
	base := testServer(t)
	embedCSP := strings.TrimSuffix(wantCSP, "'self'") + "*"
	for _, tc := range []struct{ path, want string }{
		{"/", wantCSP},
		{"/?silver=20&embed=0", wantCSP},
		{"/?embed=1&embed=0", wantCSP},
		{"/embed", embedCSP},
		{"/embed?show=outlook&silver=20", embedCSP},
		{"/?embed=1", embedCSP},
		{"/?x=1&embed=0&embed=1", embedCSP},
	} {
		res, _ := servetest.Get(t, base+tc.path, "Accept-Encoding", "br")
		if got := res.Header.Get("Content-Security-Policy"); got != tc.want {
			t.Errorf("GET %s: Content-Security-Policy %q, want %q", tc.path, got, tc.want)
		}
	}
}

// noticeItems is the text of each item of the page's list of notices.
func noticeItems(t *testing.T, page []byte) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for n := range doc.Descendants() {
		if class, _ := dom.Attr(n, "class"); n.Type == html.ElementNode && n.Data == "div" && class == "notices" {
			for li := range n.Descendants() {
				if li.Type == html.ElementNode && li.Data == "li" {
					items = append(items, dom.Text(li))
				}
			}
		}
	}
	return items
}

// TestPageMegabyteQuery: a megabyte of bad query, were it let through the
// server's limit on the request line (which package server tests), makes a
// page that lists 20 notices and a count, not one per part, in a page of
// ordinary size.
func TestPageMegabyteQuery(t *testing.T) {
	testServer(t) // the routes
	srv, err := server.New(serverConfig("web"))
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"x=1", "a", "zz=1", "=5"} {
		t.Run(part, func(t *testing.T) {
			q := strings.Repeat(part+"&", 1_000_000/(len(part)+1))
			q += strings.Repeat("&", 1_000_000-len(q))
			// The limit reads the request line; the page, the URL.
			req := httptest.NewRequest(http.MethodGet, "/?"+q, nil)
			req.RequestURI = "/"
			rec := httptest.NewRecorder()
			mem := servetest.Allocated(func() { srv.Handler.ServeHTTP(rec, req) })
			body := rec.Body.Bytes()
			t.Logf("%d, %d bytes, %d bytes allocated", rec.Code, len(body), mem)
			if rec.Code != http.StatusOK {
				t.Fatalf("%d, want 200", rec.Code)
			}
			if len(body) > 200_000 || mem > 50<<20 {
				t.Errorf("the page is %d bytes and took %d bytes of memory", len(body), mem)
			}
			items := noticeItems(t, body)
			if len(items) != calc.MaxNotices+1 || !strings.Contains(items[calc.MaxNotices], "more not listed") {
				t.Errorf("%d notices, the last %q; want %d and a count", len(items), items[len(items)-1:], calc.MaxNotices+1)
			}
		})
	}
}

// TestLimitNoticeEmptyKey: a part with no key is a notice on the page and in
// -eval, and the rest of the query applies.
func TestLimitNoticeEmptyKey(t *testing.T) {
	res, body := servetest.Get(t, testServer(t)+"/?=5&silver=20")
	if res.StatusCode != http.StatusOK {
		t.Fatal(res.Status)
	}
	if items := noticeItems(t, body); len(items) != 1 || items[0] != `"=5": a value without a key` {
		t.Errorf("notices %q, want one for =5", items)
	}
	var out bytes.Buffer
	if err := writeEval(&out, e2eModel, "=5&silver=20"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"silver.gross-profit"`) || !strings.Contains(out.String(), `{"key":"","value":"5","code":"missing-key"`) {
		t.Errorf("-eval of =5&silver=20 lacks the missing-key notice:\n%s", out.String())
	}
}

// TestStaticSitePage: the static site's index.html, for a sub-path, is the
// calculator pre-rendered for the baseline, every path of it under the
// sub-path.
func TestStaticSitePage(t *testing.T) {
	testServer(t) // the routes and the model
	const prefix = "/ir/calculator"
	dir := filepath.Join(t.TempDir(), "dist")
	if err := server.WriteStaticSite(dir, prefix, "web", "", ui.Pages); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var figures []shownFigure
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if m, ok := dom.Attr(n, "data-metric"); ok {
			v, has := dom.Attr(n, "data-value")
			figures = append(figures, shownFigure{Metric: m, Value: v, HasValue: has})
		}
		for _, a := range []string{"href", "src"} {
			if v, ok := dom.Attr(n, a); ok && strings.HasPrefix(v, "/") && !strings.HasPrefix(v, prefix+"/") {
				t.Errorf("index.html: <%s %s=%q> is outside %s/", n.Data, a, v, prefix)
			}
		}
	}
	if d := diffFigures(evalFigures(t, ""), figures); len(d) > 0 {
		t.Errorf("index.html's figures differ from the baseline's:\n%s", strings.Join(d, "\n"))
	}
}
