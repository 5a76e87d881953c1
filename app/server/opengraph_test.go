package server

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// ogTags is every og: meta tag of a page, property to contents.
func ogTags(t *testing.T, page []byte) map[string][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tags := map[string][]string{}
	for n := range doc.Descendants() {
		if p, _ := attrOf(n, "property"); n.Type == html.ElementNode && n.Data == "meta" && strings.HasPrefix(p, "og:") {
			c, _ := attrOf(n, "content")
			tags[p] = append(tags[p], c)
		}
	}
	return tags
}

// checkOG: the page has og:url and og:image as given, once each, or
// neither when both are "", and keeps go-app's other og: tags.
func checkOG(t *testing.T, name string, page []byte, wantURL, wantImage string) {
	t.Helper()
	tags := ogTags(t, page)
	for prop, want := range map[string]string{"og:url": wantURL, "og:image": wantImage} {
		got := tags[prop]
		switch {
		case want == "" && len(got) > 0:
			t.Errorf("%s: %s %q, want none", name, prop, got)
		case want != "" && (len(got) != 1 || got[0] != want):
			t.Errorf("%s: %s %q, want %q", name, prop, got, want)
		}
	}
	if len(tags["og:title"]) != 1 || len(tags["og:type"]) != 1 {
		t.Errorf("%s: go-app's other og: tags are gone: %q", name, tags)
	}
	if bytes.Contains(page, []byte(`"https://"`)) || bytes.Contains(page, []byte(`"https:///`)) {
		t.Errorf("%s: the page still holds a URL with no host", name)
	}
}

func TestCheckOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "https://ir.example.com": "https://ir.example.com", "https://ir.example.com/": "https://ir.example.com",
		"http://127.0.0.1:8000": "http://127.0.0.1:8000", "HTTPS://IR.Example.com": "https://ir.example.com",
	} {
		if got, err := checkOrigin(in); err != nil || got != want {
			t.Errorf("checkOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"ir.example.com", "ftp://ir.example.com", "https://", "https://:443", "https://ir.example.com/ir",
		"https://ir.example.com?x=1", "https://ir.example.com/#top", "https://user@ir.example.com", `https://ir.example.com"><script>`, "//ir.example.com", "https://ir example.com"} {
		if got, err := checkOrigin(bad); err == nil {
			t.Errorf("checkOrigin(%q) = %q, accepted", bad, got)
		}
	}
	if _, err := New(Config{WebDir: webDir, Origin: "ir.example.com", Pages: testPages, version: "test"}); err == nil {
		t.Error("New accepted -origin ir.example.com")
	}
	if err := WriteStaticSite(t.TempDir(), "", webDir, "https://ir.example.com/ir", testPages); err == nil {
		t.Error("WriteStaticSite accepted -origin https://ir.example.com/ir")
	}
}

// TestOpenGraph: go-app writes its og: tags' attributes in either order;
// both are found.
func TestOpenGraph(t *testing.T) {
	page := []byte(`<!DOCTYPE html><html><head><meta charset="UTF-8">
    <meta property="og:url" content="https://">
    <meta property="og:title" content="T">
    <meta property="og:type" content="website">
    <meta content="https://" property="og:image">
  </head><body><p>og:url</p></body></html>`)
	checkOG(t, "without an origin", openGraph(page, "", "", "/"), "", "")
	got := openGraph(page, "http://127.0.0.1:8000", "/ir/calculator", "/embed")
	checkOG(t, "with an origin", got, "http://127.0.0.1:8000/ir/calculator/embed", "http://127.0.0.1:8000/ir/calculator/web/icon-512.png")
	if !bytes.HasSuffix(got, []byte(`</head><body><p>og:url</p></body></html>`)) {
		t.Errorf("the body changed:\n%s", got)
	}
}

// TestOpenGraphServer: with -origin the pages' og:url and og:image are
// absolute URLs of that origin; without, neither is there.
func TestOpenGraphServer(t *testing.T) {
	for _, origin := range []string{"", "https://ir.example.com", "http://127.0.0.1:8000"} {
		base := startServer(t, Config{WebDir: webDir, Origin: origin, Pages: testPages, version: "test"})
		for _, p := range []string{"/", "/?silver=20", "/embed"} {
			res, body := servetest.Get(t, base+p)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %s", p, res.Status)
			}
			if n, _ := strconv.Atoi(res.Header.Get("Content-Length")); n != len(body) {
				t.Errorf("GET %s: Content-Length %d for %d bytes", p, n, len(body))
			}
			wantURL, wantImage := "", ""
			if origin != "" {
				wantURL, wantImage = origin+strings.Split(p, "?")[0], origin+"/web/icon-512.png"
			}
			checkOG(t, "-origin "+origin+" GET "+p, body, wantURL, wantImage)
		}
	}
}

// TestOpenGraphStatic: the static site's pages, for a sub-path, with and
// without -origin.
func TestOpenGraphStatic(t *testing.T) {
	const prefix = "/ir/calculator"
	for _, origin := range []string{"", "https://www.example.com"} {
		dir := filepath.Join(t.TempDir(), "dist")
		if err := WriteStaticSite(dir, prefix, webDir, origin, testPages); err != nil {
			t.Fatal(err)
		}
		for file, page := range map[string]string{"index.html": "/", "embed.html": "/embed"} {
			b, err := os.ReadFile(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			wantURL, wantImage := "", ""
			if origin != "" {
				wantURL, wantImage = origin+prefixResolver(prefix).Resolve(page), origin+prefix+"/web/icon-512.png"
			}
			checkOG(t, "-origin "+origin+" "+file, b, wantURL, wantImage)
		}
	}
}
