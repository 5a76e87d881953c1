//go:build !wasm

package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// On a 360 px phone every chart's text reads at 11 CSS px or more: the
// drawing keeps the width that allows it and its figure scrolls, while the
// page itself does not scroll sideways.
func TestBrowserChartTextOnAPhone(t *testing.T) {
	tb := newTab(t)
	tb.do("setting a phone's viewport", chromedp.EmulateViewport(360, 800, chromedp.EmulateMobile, chromedp.EmulateTouch))
	tb.open("/?silver=20")
	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	tb.poll("the charts are drawn", func() (bool, string) {
		n := js[int](tb, `document.querySelectorAll(".analysis svg[role=img]").length`)
		return n == 6, fmt.Sprintf("%d charts", n)
	})
	// A text's size on screen is its font size in the drawing's units times
	// the drawing's scale, its drawn width over its viewBox's.
	small := js[[]string](tb, `Array.from(document.querySelectorAll(".analysis svg.chart"), svg => {
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		return Array.from(svg.querySelectorAll("text"), t => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale]);
	}).flat().filter(([, px]) => px < 11).map(([s, px]) => s + " at " + px.toFixed(2) + " px")`)
	if len(small) > 0 {
		t.Errorf("%d chart texts under 11 px at 360 px, such as %s", len(small), strings.Join(small[:min(len(small), 3)], "; "))
	}
	if n := js[int](tb, `document.querySelectorAll(".analysis svg.chart text").length`); n < 50 {
		t.Errorf("only %d chart texts measured", n)
	}
	if w := js[int](tb, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("the page is %d px wide at 360 px: it scrolls sideways", w)
	}
	// The company's tables share fixed columns; at this width no figure
	// may run out of its cell.
	over := js[[]string](tb, `Array.from(document.querySelectorAll(".totals table.figures td, .totals table.figures th"))
		.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())`)
	if len(over) > 0 {
		t.Errorf("%d cells of the company's tables overflow at 360 px, such as %q", len(over), over[0])
	}
}

// The layout holds still: the company's and the segments' tables put each
// column at the same place; the metal prices card ends where its content
// does; and opening a figure's source leaves its row's columns where they
// were.
func TestBrowserStableLayout(t *testing.T) {
	tb := newTab(t)
	tb.do("setting a desktop viewport", chromedp.EmulateViewport(1400, 900))
	tb.open("/?silver=20")

	cols := js[[]string](tb, `Array.from(document.querySelectorAll(".totals table.figures"), t =>
		Array.from(t.querySelectorAll("thead th"), th => { const r = th.getBoundingClientRect(); return Math.round(r.left) + "-" + Math.round(r.right); }).join(" "))`)
	if len(cols) != 3 {
		t.Fatalf("%d tables in the company panel, want 3", len(cols))
	}
	for i := 1; i < len(cols); i++ {
		if cols[i] != cols[0] {
			t.Errorf("the company panel's table %d has its columns at %s, the first at %s", i+1, cols[i], cols[0])
		}
	}

	gap := js[float64](tb, `(() => { const p = document.querySelector("main > .prices"), last = p.lastElementChild;
		return p.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom; })()`)
	if gap > 24 {
		t.Errorf("the metal prices card ends %.0f px below its content", gap)
	}

	const row = `tr:has(output[data-metric="company.gross-profit"])`
	cells := func() string {
		return js[string](tb, fmt.Sprintf(`Array.from(document.querySelector(%q).children, c => { const r = c.getBoundingClientRect(); return Math.round(r.left) + "-" + Math.round(r.right); }).join(" ")`, row))
	}
	before := cells()
	tb.do("opening the gross profit's source", chromedp.Click(chromedp.CSS(row+" details.source > summary")))
	if !js[bool](tb, fmt.Sprintf(`document.querySelector(%q).querySelector("details.source").open`, row)) {
		t.Fatal("the source did not open")
	}
	if after := cells(); after != before {
		t.Errorf("opening the source moved the row's cells from %s to %s", before, after)
	}
}
