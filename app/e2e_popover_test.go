//go:build !wasm

package main

import (
	"fmt"
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
