package server

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
)

// go-app writes <meta property="og:url"> and <meta property="og:image"> into
// every page, as "https://" + its Domain + the path: with no domain that is
// "https://", a link to nowhere that a link preview would follow, and even
// with one it cannot be http, and drops the page's trailing slash. So the
// server and the static site write both tags themselves: absolute, from the
// -origin the site is served at, or not at all when it is not known.

// ogImage is the image a link preview shows: the large icon.
const ogImage = "/web/icon-512.png"

// checkOrigin accepts an -origin such as https://ir.example.com: a scheme,
// http or https, and a host (a port too), nothing else but a final "/". It
// returns it as the pages will write it ("" stays "": not known).
func checkOrigin(origin string) (string, error) {
	if origin == "" {
		return "", nil
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || strings.ContainsAny(origin, "?#\"'<>\\ ") {
		return "", fmt.Errorf("-origin %q: want a scheme and a host only, such as https://ir.example.com", origin)
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), nil
}

// openGraph is page with go-app's og:url and og:image tags replaced by ones
// for the page at origin+prefix+path, or taken out when origin is "". Only
// the <head> is read; the rest is copied as it is. Attribute order is
// go-app's to choose, so the tags are found by their attributes.
func openGraph(page []byte, origin, prefix, path string) []byte {
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	done, offset := 0, 0 // page[:done] is in out; page[:offset] is read
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return page // no </head>: not a page of go-app's
		}
		start := offset
		offset += len(z.Raw())
		name, hasAttr := z.TagName()
		switch {
		case tt == xhtml.EndTagToken && string(name) == "head":
			out.Write(page[done:])
			return out.Bytes()
		case (tt == xhtml.StartTagToken || tt == xhtml.SelfClosingTagToken) && string(name) == "meta" && hasAttr:
			prop := metaProperty(z)
			if prop != "og:url" && prop != "og:image" {
				continue
			}
			out.Write(page[done:start])
			done = offset
			if origin == "" {
				continue
			}
			content := origin + prefixResolver(prefix).Resolve(path)
			if prop == "og:image" {
				content = origin + prefixResolver(prefix).Resolve(ogImage)
			}
			fmt.Fprintf(&out, `<meta property="%s" content="%s">`, prop, html.EscapeString(content))
		}
	}
}

// metaProperty is the property attribute of the tokenizer's current tag.
func metaProperty(z *xhtml.Tokenizer) string {
	for {
		key, val, more := z.TagAttr()
		if string(key) == "property" {
			return string(val)
		}
		if !more {
			return ""
		}
	}
}

// openGraphPages is h, go-app's handler for the pages, with openGraph
// applied to each page it renders.
func openGraphPages(h http.Handler, origin string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := &pageBuffer{header: w.Header()}
		h.ServeHTTP(b, r)
		body := b.body.Bytes()
		if b.status == 0 {
			b.status = http.StatusOK
		}
		if b.status == http.StatusOK {
			body = openGraph(body, origin, "", r.URL.Path)
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
		w.WriteHeader(b.status)
		_, _ = w.Write(body)
	})
}

// pageBuffer holds an answer's status and body until openGraphPages has
// rewritten it; its headers are the real answer's.
type pageBuffer struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *pageBuffer) Header() http.Header { return b.header }

func (b *pageBuffer) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *pageBuffer) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}
