//go:build !wasm

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// The year's levers as a reader types them: a share price in the Value
// panel and a third quarter's silver price in the outlook give -eval's
// figures for the same link, every data-metric; "Same as Q1" makes the
// quarter follow the first quarter's price again; axe finds nothing.
func TestBrowserYearLevers(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.typeInto(`input[name="share-price"]`, "12")
	tb.waitSearch("?share-price=12")
	tb.waitFigures("share-price=12")
	tb.typeInto(`input[name="q3.silver"]`, "9")
	tb.waitSearch("?q3.silver=9&share-price=12")
	tb.waitFigures("q3.silver=9&share-price=12")
	// Following the first quarter's price again.
	tb.do("clicking Same as Q1", chromedp.Click(chromedp.CSS(`.lever[data-lever="q3.silver"] .reset`)))
	tb.waitSearch("?share-price=12")
	tb.waitValue(`input[name="q3.silver"]`, "13.31")
	tb.typeInto(`input[name="silver"]`, "15")
	tb.waitValue(`input[name="q3.silver"]`, "15")
	tb.waitFigures("silver=15&share-price=12")
	src := axeSource(t)
	checkAxe(t, tb, src, true)
}
