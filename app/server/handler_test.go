package server

import (
	"bytes"
	"encoding/json"
	"image/png"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// webManifest is the part of the manifest the tests read.
type webManifest struct {
	ID, Name, ShortName, StartURL, Scope, Display, ThemeColor, BackgroundColor string
	Icons                                                                      []struct {
		Src, Sizes, Type, Purpose string
	}
}

func (m *webManifest) UnmarshalJSON(b []byte) error {
	var raw struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		StartURL        string `json:"start_url"`
		Scope           string `json:"scope"`
		Display         string `json:"display"`
		ThemeColor      string `json:"theme_color"`
		BackgroundColor string `json:"background_color"`
		Icons           []struct {
			Src, Sizes, Type, Purpose string
		} `json:"icons"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*m = webManifest{raw.ID, raw.Name, raw.ShortName, raw.StartURL, raw.Scope, raw.Display, raw.ThemeColor, raw.BackgroundColor, raw.Icons}
	return nil
}

// checkManifest checks what installing needs: names, colours, start URL
// and scope under prefix, standalone, and PNG icons at 192 and 512 px plus a
// maskable 512 px one, each served (by get) at its stated size and type.
func checkManifest(t *testing.T, body []byte, prefix string, fetch func(path string) (*http.Response, []byte)) {
	t.Helper()
	var m webManifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("the manifest is not JSON: %v\n%s", err, body)
	}
	if m.Name != appName || m.ShortName != appShortName || m.ThemeColor != appThemeColor || m.BackgroundColor == "" {
		t.Errorf("manifest names or colours: %+v", m)
	}
	if m.StartURL != prefix+"/" || m.Scope != prefix+"/" || m.ID != prefix+"/" || m.Display != "standalone" {
		t.Errorf("manifest start_url %q, scope %q, id %q, display %q; want %s/ and standalone", m.StartURL, m.Scope, m.ID, m.Display, prefix)
	}
	found := map[string]bool{}
	for _, ic := range m.Icons {
		res, img := fetch(ic.Src)
		if res.StatusCode != http.StatusOK {
			t.Errorf("icon %s: %s", ic.Src, res.Status)
			continue
		}
		if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, ic.Type) {
			t.Errorf("icon %s served as %q, the manifest says %q", ic.Src, got, ic.Type)
		}
		if ic.Type == "image/png" {
			cfg, err := png.DecodeConfig(bytes.NewReader(img))
			if err != nil {
				t.Errorf("icon %s: %v", ic.Src, err)
				continue
			}
			if got := strconv.Itoa(cfg.Width) + "x" + strconv.Itoa(cfg.Height); got != ic.Sizes {
				t.Errorf("icon %s is %s, the manifest says %s", ic.Src, got, ic.Sizes)
			}
		}
		found[ic.Type+" "+ic.Sizes+" "+ic.Purpose] = true
	}
	for _, want := range []string{"image/png 192x192 any", "image/png 512x512 any", "image/png 512x512 maskable"} {
		if !found[want] {
			t.Errorf("the manifest has no %s icon: %+v", want, m.Icons)
		}
	}
}

// TestManifest: the page links the app's manifest, and it has what
// installing needs.
func TestManifest(t *testing.T) {
	base := testServer(t)
	res, page := servetest.Get(t, base+"/")
	if res.StatusCode != http.StatusOK {
		t.Fatal(res.Status)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	linked := false
	for n := range doc.Descendants() {
		if rel, _ := attrOf(n, "rel"); n.Type == html.ElementNode && n.Data == "link" && rel == "manifest" {
			href, _ := attrOf(n, "href")
			linked = linked || href == "/manifest.webmanifest"
		}
	}
	if !linked {
		t.Error("the page does not link /manifest.webmanifest")
	}
	res, body := servetest.Get(t, base+"/manifest.webmanifest")
	checkHeader(t, res, "Content-Type", "application/manifest+json")
	checkManifest(t, body, "", func(p string) (*http.Response, []byte) { return servetest.Get(t, base+p) })
}

// TestPrefixResolver: files get the prefix, relative links and other hosts
// do not.
func TestPrefixResolver(t *testing.T) {
	r := prefixResolver("/ir/calculator")
	for in, want := range map[string]string{
		"": "/ir/calculator/", "/": "/ir/calculator/", "/app.js": "/ir/calculator/app.js", "/web/app.wasm": "/ir/calculator/web/app.wasm",
		"/web": "/ir/calculator/web", "web/icon.svg": "/ir/calculator/web/icon.svg", "./?silver=20": "./?silver=20", "?silver=20": "?silver=20",
		"#figures": "#figures", "https://example.com/x": "https://example.com/x", "mailto:ir@example.com": "mailto:ir@example.com",
	} {
		if got := r.Resolve(in); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", in, got, want)
		}
	}
	if got := prefixResolver("").Resolve("/web/app.wasm"); got != "/web/app.wasm" {
		t.Errorf("at the root, Resolve(/web/app.wasm) = %q", got)
	}
}
