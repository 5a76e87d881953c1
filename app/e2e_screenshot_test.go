//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// -screenshots (make screenshots), parsed with the test flags in TestMain.
var writeScreenshots = flag.Bool("screenshots", false,
	"TestScreenshots also writes docs/screenshot-desktop.png and docs/screenshot-phone.png")

// TestScreenshots renders the scenario live at desktop and phone widths and
// checks the images (and that the phone page does not scroll sideways);
// with -screenshots it writes them to docs/ (make screenshots).
func TestScreenshots(t *testing.T) {
	if *writeScreenshots && findChromium() == "" {
		t.Fatal("-screenshots: " + noBrowser)
	}
	const path = "/?silver=20&lucky-friday.tons=90000"
	for _, c := range []struct {
		file          string
		width, height int64
		mobile        bool
	}{
		{"docs/screenshot-desktop.png", 1366, 900, false},
		{"docs/screenshot-phone.png", 360, 800, true},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			tb := newTab(t)
			var vopts []chromedp.EmulateViewportOption
			if c.mobile {
				vopts = append(vopts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.do("setting the viewport", chromedp.EmulateViewport(c.width, c.height, vopts...))
			tb.open(path)
			tb.waitFigures(strings.TrimPrefix(path, "/?"))
			if w := js[int64](tb, `document.documentElement.scrollWidth`); w > c.width {
				t.Errorf("the page is %dpx wide in a %dpx viewport: it scrolls sideways", w, c.width)
			}
			img := get(tb, "taking a full-page screenshot", chromedp.FullScreenshot(100))
			cfg, err := png.DecodeConfig(bytes.NewReader(img))
			if err != nil {
				t.Fatalf("the screenshot is not a PNG: %v", err)
			}
			if int64(cfg.Width) != c.width || int64(cfg.Height) < c.height {
				t.Errorf("screenshot %d×%d, want %d wide and at least %d high", cfg.Width, cfg.Height, c.width, c.height)
			}
			if !*writeScreenshots {
				return
			}
			if err := os.MkdirAll(filepath.Dir(c.file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(c.file, img, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s (%d×%d)", c.file, cfg.Width, cfg.Height)
		})
	}
}

// The analysis panel's charts, open, for the README: drawn and within the
// viewport's width; written only with -screenshots.
func TestScreenshotAnalysis(t *testing.T) {
	tb := newTab(t)
	tb.do("setting the viewport", chromedp.EmulateViewport(1400, 900))
	tb.open("/?silver=20&lucky-friday.tons=90000&zinc=1.8")
	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	tb.poll("the charts are drawn", func() (bool, string) {
		n := js[int](tb, `document.querySelectorAll(".analysis svg[role=img]").length`)
		return n == 6, fmt.Sprintf("%d charts", n)
	})
	img := get(tb, "taking the panel's screenshot", chromedp.Screenshot(chromedp.CSS("section.analysis")))
	cfg, err := png.DecodeConfig(bytes.NewReader(img))
	if err != nil || cfg.Width > 1400 || cfg.Height < 400 {
		t.Fatalf("screenshot %d×%d, %v", cfg.Width, cfg.Height, err)
	}
	if *writeScreenshots {
		if err := os.WriteFile("docs/screenshot-analysis.png", img, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The 2007 outlook against the guidance, and the bridge from Q1 2006 to
// Q1 2007 of Lucky Friday's cost per ounce, for the README: drawn and
// within the viewport's width; written only with -screenshots.
func TestScreenshotInvestorViews(t *testing.T) {
	tb := newTab(t)
	tb.do("setting the viewport", chromedp.EmulateViewport(1400, 900))
	tb.open("/")
	shots := []struct{ sel, file string }{{"section.outlook", "docs/screenshot-outlook.png"}}
	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	tb.poll("the bridge is drawn", func() (bool, string) {
		return js[bool](tb, `!!document.querySelector("#quarters svg[role=img] rect")`), "no bridge yet"
	})
	js[bool](tb, `(() => { const s = document.querySelector("#quarters-output"); s.value = "lucky-friday.total-cash-cost-per-oz";
		return s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	tb.poll("the bridge shows Lucky Friday", func() (bool, string) {
		got := js[string](tb, `document.querySelector("#quarters figcaption").textContent`)
		return strings.HasPrefix(got, "Lucky Friday"), got
	})
	shots = append(shots, struct{ sel, file string }{".quarters", "docs/screenshot-bridge.png"})
	panelShots(t, tb, shots)
}

// The outlook's "What would it take?" for the gold cash-cost guidance, and
// the two-driver table, for the README: drawn and within the viewport's
// width; written only with -screenshots.
func TestScreenshotTools(t *testing.T) {
	tb := newTab(t)
	tb.do("setting the viewport", chromedp.EmulateViewport(1400, 900))
	tb.open("/?grid=silver:zinc:company.eps")
	tb.do("asking what it would take", chromedp.Click(chromedp.CSS(`button[data-seek="fy2007.gold.total-cash-cost-per-oz"]`)))
	tb.poll("the goal seek and the table are drawn", func() (bool, string) {
		return js[int](tb, `document.querySelectorAll(".seek-table tbody tr").length`) > 0 &&
			js[int](tb, `document.querySelectorAll(".grid-table td.grid-cell").length`) == 25, "not yet"
	})
	panelShots(t, tb, []struct{ sel, file string }{{"section.seek", "docs/screenshot-seek.png"}, {"section.grid", "docs/screenshot-grid.png"}})
}

// panelShots takes a screenshot of each panel (sel), checks it is drawn
// within the 1400 px viewport, and writes it to its file with -screenshots.
func panelShots(t *testing.T, tb *tab, shots []struct{ sel, file string }) {
	t.Helper()
	for _, s := range shots {
		img := get(tb, "taking "+s.file, chromedp.Screenshot(chromedp.CSS(s.sel)))
		cfg, err := png.DecodeConfig(bytes.NewReader(img))
		if err != nil || cfg.Width > 1400 || cfg.Height < 150 {
			t.Fatalf("%s: screenshot %d×%d, %v", s.file, cfg.Width, cfg.Height, err)
		}
		if *writeScreenshots {
			if err := os.WriteFile(s.file, img, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// The Value panel at a share price and the outlook with a price path, for
// the README: written only with -screenshots.
func TestScreenshotYear(t *testing.T) {
	tb := newTab(t)
	tb.do("setting the viewport", chromedp.EmulateViewport(1400, 900))
	tb.open("/?q3.silver=11&q4.silver=11&share-price=12")
	tb.poll("the value is drawn", func() (bool, string) {
		got := js[string](tb, `document.querySelector('#value [data-metric="value.market-cap"]').dataset.value`)
		return got == "1442340000", got
	})
	panelShots(t, tb, []struct{ sel, file string }{{"section.value", "docs/screenshot-value.png"}, {"section.outlook", "docs/screenshot-outlook.png"}})
}
