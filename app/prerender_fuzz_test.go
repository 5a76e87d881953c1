//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hecla-calc/calculator/app/server"
	"golang.org/x/net/html"
)

// FuzzPrerender: whatever a link's query holds, keys and values of any
// bytes, the pre-rendered page (the full page and the embed) holds no
// markup of the link's. Parsed as a browser parses it, the page has no kind
// of element, and no attribute on an element, that the pages of ordinary
// links do not have; no link out of the app's origin; and none of the
// query's text outside a text node or a quoted attribute value.
//
// Seeded with the payloads that got through go-app's quoting before it was
// patched (third_party/go-app). make test fuzzes it for a few seconds.
func FuzzPrerender(f *testing.F) {
	for _, q := range []string{
		"",
		"%22%3E%3Cmeta%20http-equiv%3Drefresh%20content%3D0%3Burl%3D//example.test/%3E=1",
		"x=%22%3E%3Cmeta%20http-equiv%3Drefresh%20content%3D0%3Burl%3D//example.test/%3E",
		"%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1",
		"silver=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
		"%27%20onmouseover%3D%27alert(1)=1",
		"%5C%22%3E%3Cb%3E=%5C",
		"%3C/li%3E%3C/ul%3E%3Cscript%3Ealert(1)%3C/script%3E=1",
		"%26quot%3B%3E%3Cb%3E=%26%2334%3B",
		"embed=1&show=%22%3E%3Cb%3E",
		"period=%22%3E%3Cb%3E&silver=20",
		"lucky-friday.tons=%22%3E&gold=%3Cb%3E&=%3Cb%3E",
	} {
		f.Add(false, q)
		f.Add(true, q)
	}
	ref := prerenderReference(f)
	f.Fuzz(func(t *testing.T, embed bool, query string) {
		path := "/"
		if embed {
			path = "/embed"
		}
		page, ok := prerender(t, path, query)
		if !ok {
			return
		}
		if bad := ref.foreign(page, query); len(bad) > 0 {
			t.Fatalf("%s?%s: the page has markup of the query's:\n%s", path, query, strings.Join(bad, "\n"))
		}
	})
}

// prerender is the page the server writes for path?query, and whether it
// wrote one (a query too long for a request line is answered 414).
func prerender(t testing.TB, path, query string) ([]byte, bool) {
	t.Helper()
	srv := prerenderServer(t)
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.URL.Path, req.URL.RawQuery = path, query
	req.RequestURI = req.URL.RequestURI()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	switch rec.Code {
	case http.StatusOK:
		return rec.Body.Bytes(), true
	case http.StatusRequestURITooLong:
		return nil, false
	}
	t.Fatalf("%s?%q: %d, want 200", path, query, rec.Code)
	return nil, false
}

var (
	prerenderOnce sync.Once
	prerenderSrv  http.Handler
)

// prerenderServer is the server's handler, answering in the test's process.
func prerenderServer(t testing.TB) http.Handler {
	t.Helper()
	testServer(t) // the routes and the model
	prerenderOnce.Do(func() {
		srv, err := server.New(serverConfig("web"))
		if err != nil {
			t.Fatal(err)
		}
		prerenderSrv = srv.Handler
	})
	return prerenderSrv
}

// pageShape is what markup pages have: each element's tag with its
// attributes' names, and the names and tags said outside any value.
type pageShape struct {
	elements map[string]bool // "tag attr attr …", the names sorted
	words    map[string]bool // the page's markup words (markupWords)
}

// prerenderOrdinary are the queries of ordinary links: the release's
// levers, a quarter, scenarios (no ore, no price, far out), and each kind of
// notice (an unknown key, a value that is no number or out of its range, a
// part with no key).
var prerenderOrdinary = []string{
	"", "period=2006q1", "silver=20&lucky-friday.tons=90000", "show=outlook", "embed=1", "period=2006q1&embed=1",
	"lucky-friday.tons=0", "la-camorra.grade=0&greens-creek.tons=0", "silver=0&gold=0&lead=0&zinc=0",
	"silver=99999999999999999999&lucky-friday.mining=0.0000001",
	"x=1&silver=abc&=5", "embed=1&x=1", "silver=1e3", "lucky-friday.recovery=105", "silver=-1", "period=x",
}

// prerenderReference is the shape of the pages of ordinary links, full and
// embedded.
func prerenderReference(f *testing.F) *pageShape {
	ref := &pageShape{elements: map[string]bool{}, words: map[string]bool{}}
	for _, path := range []string{"/", "/embed"} {
		for _, q := range prerenderOrdinary {
			page, _ := prerender(f, path, q)
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				f.Fatal(err)
			}
			for n := range doc.Descendants() {
				if n.Type == html.ElementNode {
					ref.elements[elementShape(n)] = true
				}
			}
			for _, w := range markupWords(page) {
				ref.words[w] = true
			}
		}
	}
	return ref
}

// elementShape is n's tag and its attributes' names, sorted.
func elementShape(n *html.Node) string {
	names := []string{n.Data}
	for _, a := range n.Attr {
		names = append(names, a.Key)
	}
	slices.Sort(names[1:])
	return strings.Join(names, " ")
}

// urlAttrs are the attributes whose value a browser follows as a link or
// loads.
var urlAttrs = map[string]bool{"href": true, "src": true, "srcset": true, "action": true, "formaction": true, "poster": true, "data": true, "cite": true, "ping": true}

// foreign lists what in page the pages of ordinary links do not have: an
// element of another shape, a link out of the origin, a markup word of the
// query's.
func (ref *pageShape) foreign(page []byte, query string) []string {
	var bad []string
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return []string{err.Error()}
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if s := elementShape(n); !ref.elements[s] {
			bad = append(bad, fmt.Sprintf("an element <%s> that no ordinary page has", s))
		}
		for _, a := range n.Attr {
			if !urlAttrs[a.Key] {
				continue
			}
			if u, err := url.Parse(strings.TrimSpace(a.Val)); err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(strings.TrimSpace(a.Val), "//") {
				bad = append(bad, fmt.Sprintf("<%s %s=%q>: a link out of the app's origin", n.Data, a.Key, a.Val))
			}
		}
	}
	words := map[string]bool{}
	for _, w := range markupWords(page) {
		if !ref.words[w] {
			words[w] = true
		}
	}
	for _, part := range queryTexts(query) {
		for w := range words {
			if strings.Contains(part, w) {
				bad = append(bad, fmt.Sprintf("%q, of the query's %q, outside a text node or a quoted value", w, part))
			}
		}
	}
	return bad
}

// markupWords are the words of page's markup outside text and quoted
// values: tag names and attribute names, and whatever else sits between a
// tag's < and >. The server writes every value between double quotes (a
// " inside is escaped), so a " inside a tag opens or closes one.
func markupWords(page []byte) []string {
	var words []string
	inTag, inValue := false, false
	start := -1
	flush := func(i int) {
		if start >= 0 {
			words = append(words, string(page[start:i]))
			start = -1
		}
	}
	for i, c := range page {
		switch {
		case !inTag:
			if c == '<' {
				inTag = true
			}
		case inValue:
			if c == '"' {
				inValue = false
			}
		case c == '"':
			flush(i)
			inValue = true
		case c == '>':
			flush(i)
			inTag = false
		case c == ' ' || c == '\n' || c == '\t' || c == '=' || c == '/':
			flush(i)
		default:
			if start < 0 {
				start = i
			}
		}
	}
	return words
}

// queryTexts are the query's keys and values, as sent and decoded.
func queryTexts(query string) []string {
	var out []string
	for part := range strings.SplitSeq(query, "&") {
		k, v, _ := strings.Cut(part, "=")
		for _, s := range []string{k, v} {
			out = append(out, s)
			if d, err := url.QueryUnescape(s); err == nil && d != s {
				out = append(out, d)
			}
		}
	}
	return out
}
