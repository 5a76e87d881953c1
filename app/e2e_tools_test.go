//go:build !wasm

package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// query is the page's address query, without its "?".
func (tb *tab) query() string {
	tb.t.Helper()
	return strings.TrimPrefix(js[string](tb, `location.search`), "?")
}

// The analyst's tools in the browser: the outlook's "What would it take?"
// for the missed gold guidance opens the goal seek on it; a target typed
// and an answer applied make the scenario whose figures -eval prints; the
// two-driver table takes an axis typed, and a cell applied does the same.
// Both tables read as tables (caption, header cells, the scenario's cell
// named) and axe finds no violation with them open.
func TestBrowserTools(t *testing.T) {
	src := axeSource(t)
	tb := newTab(t)
	tb.open("/")
	tb.do("asking what it would take", chromedp.Click(chromedp.CSS(`button[data-seek="fy2007.gold.total-cash-cost-per-oz"]`)))
	tb.poll("the goal seek opens on the gold guidance", func() (bool, string) {
		c := js[string](tb, `(document.querySelector(".seek-table caption") || {}).textContent || ""`)
		return strings.Contains(c, "total cash cost per oz to be $440") && js[string](tb, `document.activeElement.id`) == "seek-output", c
	})
	tb.typeInto(`#seek-target`, "450")
	tb.do("leaving the target", chromedp.KeyEvent(kb.Tab))
	tb.poll("the table aims at $450", func() (bool, string) {
		c := js[string](tb, `document.querySelector(".seek-table caption").textContent`)
		return strings.Contains(c, "to be $450"), c
	})
	if q := tb.query(); !strings.Contains(q, "seek=fy2007.gold.total-cash-cost-per-oz:450") {
		t.Errorf("the address %q does not keep the goal seek", q)
	}
	const apply = `.seek-table button[data-lever="la-camorra.grade"]`
	tb.do("applying La Camorra's grade", chromedp.Click(chromedp.CSS(apply)))
	tb.poll("the grade is the scenario's", func() (bool, string) {
		return strings.Contains(tb.query(), "la-camorra.grade="), tb.query()
	})
	tb.waitFigures(tb.query())
	v, _ := url.ParseQuery(tb.query())
	if got := evalFigures(t, tb.query())["fy2007.gold.total-cash-cost-per-oz"]; !strings.HasPrefix(got, "450") && !strings.HasPrefix(got, "449.9999") {
		t.Errorf("with La Camorra's grade at %s the outlook's gold cash cost is %s, want 450", v.Get("la-camorra.grade"), got)
	}

	tb.do("opening the two-driver table", chromedp.Click(chromedp.CSS(`#grid > summary`)))
	tb.poll("the table shows five by five", func() (bool, string) {
		n := js[int](tb, `document.querySelectorAll(".grid-table tbody td.grid-cell").length`)
		return n == 25, "cells: " + js[string](tb, `String(document.querySelectorAll(".grid-table tbody td").length)`)
	})
	if cur := js[string](tb, `(document.querySelector('.grid-table td[aria-current="true"] button') || {getAttribute: () => ""}).getAttribute("aria-label")`); !strings.HasSuffix(cur, "the scenario") {
		t.Errorf("the scenario's cell is named %q", cur)
	}
	if got := js[string](tb, `Array.from(document.querySelectorAll(".grid-table thead th, .grid-table tbody th"), th => th.getAttribute("scope")).join()`); strings.Count(got, "col") != 6 || strings.Count(got, "row") != 5 {
		t.Errorf("header cells' scopes: %s", got)
	}
	tb.typeInto(`#grid-x-n`, "3")
	tb.do("leaving the field", chromedp.KeyEvent(kb.Tab))
	tb.poll("three columns", func() (bool, string) {
		n := js[int](tb, `document.querySelectorAll(".grid-table tbody td.grid-cell").length`)
		return n == 15, "cells"
	})
	checkAxe(t, tb, src, true) // the tools are new: no violation of any impact
	before := tb.query()
	tb.do("applying a corner", chromedp.Click(chromedp.CSS(`.grid-table tbody tr:first-child td:last-child button`)))
	tb.poll("the corner is the scenario", func() (bool, string) { return tb.query() != before, tb.query() })
	tb.waitFigures(tb.query())
	if q := tb.query(); !strings.Contains(q, "grid=silver:zinc:company.eps") || !strings.Contains(q, "grid.x=") {
		t.Errorf("the address %q does not keep the table", q)
	}
}
