//go:build !wasm

package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// checkedWidths are the widths a reader's screen is checked at: two phones,
// a tablet, a small and a common laptop, a desktop.
var checkedWidths = []int64{360, 390, 768, 1024, 1366, 1920}

// At every checked width, light and dark, with a scenario: the document
// never scrolls sideways; at 1366 px and wider no table does either; no
// text a reader sees is under 11 CSS px; a table that does scroll
// sideways says so in words; axe finds no violation of any impact. With
// -screenshots, the first screen of each light page goes to docs/.
func TestBrowserWidths(t *testing.T) {
	src := axeSource(t)
	for _, w := range checkedWidths {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(fmt.Sprintf("%d-%s", w, scheme), func(t *testing.T) {
				tb := newTab(t)
				var vopts []chromedp.EmulateViewportOption
				if w < 760 {
					vopts = append(vopts, chromedp.EmulateMobile, chromedp.EmulateTouch)
				}
				tb.do("emulating the screen", chromedp.EmulateViewport(w, 900, vopts...), emulateScheme(scheme))
				tb.open("/?silver=15&q3.silver=11&share-price=12")
				if over := js[int](tb, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
					wide := js[[]string](tb, `Array.from(document.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !e.closest(".table-scroll"))
						.slice(0, 5).map(e => e.tagName + "." + e.className + "#" + e.id + " right " + Math.round(e.getBoundingClientRect().right))`)
					t.Errorf("the page scrolls sideways by %d px: %s", over, strings.Join(wide, "; "))
				}
				scrolling := js[[]string](tb, `Array.from(document.querySelectorAll(".table-scroll"))
					.filter(e => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
					.map(e => (e.getAttribute("aria-label") || e.querySelector("caption")?.textContent || e.parentElement.id || "?").slice(0, 60) + " (" + e.scrollWidth + " in " + e.clientWidth + ")")`)
				if w >= 1366 && len(scrolling) > 0 {
					t.Errorf("%d tables scroll sideways: %s", len(scrolling), strings.Join(scrolling, "; "))
				}
				if len(scrolling) > 0 {
					t.Logf("scrolling sideways: %s", strings.Join(scrolling, "; "))
				}
				mute := js[[]string](tb, cueShown+`Array.from(document.querySelectorAll(".table-scroll"))
					.filter(e => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
					.filter(e => !cueShown(e))
					.map(e => (e.getAttribute("aria-label") || e.parentElement.id || "?").slice(0, 60))`)
				if len(mute) > 0 {
					t.Errorf("%d tables scroll sideways without saying so: %s", len(mute), strings.Join(mute, "; "))
				}
				unscrolled := js[[]string](tb, cueShown+`Array.from(document.querySelectorAll(".table-scroll"))
					.filter(e => e.getClientRects().length > 0 && e.scrollWidth <= e.clientWidth)
					.filter(e => cueShown(e))
					.map(e => (e.getAttribute("aria-label") || e.parentElement.id || "?").slice(0, 60))`)
				if len(unscrolled) > 0 {
					t.Errorf("%d tables say they scroll sideways and do not: %s", len(unscrolled), strings.Join(unscrolled, "; "))
				}
				small := js[[]string](tb, `(() => {
					const out = [];
					const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const el = n.parentElement;
						if (!n.textContent.trim() || !el || el.closest(".visually-hidden") || el.getClientRects().length === 0) continue;
						const size = parseFloat(getComputedStyle(el).fontSize);
						if (size < 11) out.push(size + "px: " + n.textContent.trim().slice(0, 40));
					}
					return out;
				})()`)
				if len(small) > 0 {
					t.Errorf("%d texts under 11 px, the first: %s", len(small), small[0])
				}
				if *writeScreenshots && scheme == "light" {
					img := get(tb, "taking the first screen", chromedp.CaptureScreenshot())
					if err := os.WriteFile(fmt.Sprintf("docs/screenshot-width-%d.png", w), img, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				checkAxe(t, tb, src, true)
			})
		}
	}
}

// cueShown is a script's function: whether a scroll region's cue, saying
// it scrolls sideways, is in sight.
const cueShown = `var cueShown = e => { const c = e.querySelector(":scope > .scroll-cue");
	return !!c && getComputedStyle(c).visibility === "visible" && c.offsetHeight > 0; };
`
