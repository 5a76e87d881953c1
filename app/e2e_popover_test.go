//go:build !wasm

package main

import (
	"fmt"
	"math"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// One popover is open at a time: opening a release figure's source closes
// the one open before (two would stack over the next rows' figures), and
// so does opening a "Why?"; Escape closes the open one, wherever the focus
// is, and gives its summary the focus.
func TestBrowserOnePopoverAtATime(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	source := func(metric string) string {
		return fmt.Sprintf(`tr[data-live="figure:%s"] td.base details.source`, metric)
	}
	gp, sales := source("company.gross-profit"), source("company.sales")
	why := `tr[data-live="figure:company.sales"] details.why`
	open := func() string {
		return js[string](tb, `Array.from(document.querySelectorAll("details.source[open], details.why[open]"), d => d.closest("tr").dataset.live + (d.classList.contains("why") ? " why" : "")).join(", ")`)
	}
	tb.do("opening the gross profit's source", chromedp.Click(chromedp.CSS(gp+" > summary")))
	if got := open(); got != "figure:company.gross-profit" {
		t.Fatalf("open after one click: %q", got)
	}
	tb.do("opening the sales' source", chromedp.Click(chromedp.CSS(sales+" > summary")))
	if got := open(); got != "figure:company.sales" {
		t.Errorf("open after opening a second source: %q, want the second alone", got)
	}
	tb.do("opening the sales' Why?", chromedp.Click(chromedp.CSS(why+" > summary")))
	if got := open(); got != "figure:company.sales why" {
		t.Errorf("open after opening a Why?: %q, want it alone", got)
	}
	tb.do("closing it with Escape", chromedp.KeyEvent(kb.Escape))
	if got := open(); got != "" {
		t.Errorf("open after Escape: %q, want none", got)
	}
	tb.do("opening the gross profit's source again", chromedp.Click(chromedp.CSS(gp+" > summary")))
	tb.do("focusing the silver price's field and pressing Escape", chromedp.Focus(chromedp.CSS(`input[name="silver"]`)), chromedp.KeyEvent(kb.Escape))
	if got := open(); got != "" {
		t.Errorf("open after Escape from the silver field: %q, want none", got)
	}
	if !js[bool](tb, `document.activeElement === document.querySelector('`+gp+` > summary')`) {
		t.Errorf("after Escape the focus is on %s, want the closed source's summary", js[string](tb, `document.activeElement.outerHTML.slice(0, 80)`))
	}
	// Closing the one open leaves the others as they are: none.
	tb.do("opening and closing the sales' source", chromedp.Click(chromedp.CSS(sales+" > summary")), chromedp.Click(chromedp.CSS(sales+" > summary")))
	if got := open(); got != "" {
		t.Errorf("open after opening and closing a source: %q", got)
	}
}

// The scenario's figure and the release's sit on one baseline, in a row
// whose release figure is printed (a source's summary) and in one whose is
// the model's (its tag before it): each baseline is where an empty inline
// block put after the figure's text sits.
func TestBrowserFiguresShareABaseline(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	for _, metric := range []string{"company.gross-profit", "lucky-friday.gross-profit"} {
		ys := js[[]float64](tb, fmt.Sprintf(`(() => {
			const baseline = el => { const p = document.createElement("span"); p.style.cssText = "display:inline-block;width:0;height:0";
				el.appendChild(p); const y = p.getBoundingClientRect().top; p.remove(); return y; };
			const tr = document.querySelector('tr[data-live="figure:%s"]');
			return [baseline(tr.querySelector("td.value output")), baseline(tr.querySelector("td.base summary"))];
		})()`, metric))
		if len(ys) != 2 || math.Abs(ys[0]-ys[1]) > 0.5 {
			t.Errorf("%s: the scenario's figure's baseline and the release's are at %v, want within 0.5 px", metric, ys)
		}
	}
}
