//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/app/view"
)

// Ranges in the browser: a link with one opens the panel and draws the
// simulation; a range typed by keyboard joins the address; the figures
// drawn are the engine's for the same link, samples and seed; axe finds no
// violation in the panel.
func TestBrowserRanges(t *testing.T) {
	tb := newTab(t)
	tb.open("/?range.silver=11:16")
	tb.typeInto(`#range-zinc-low`, "1.2")
	tb.typeInto(`#range-zinc-high`, "1.8")
	tb.do("leaving the field", chromedp.KeyEvent(kb.Tab))
	tb.poll("the address keeps both ranges", func() (bool, string) {
		q := tb.query()
		return strings.Contains(q, "range.silver=11:16") && strings.Contains(q, "range.zinc=1.2:1.8"), q
	})
	tb.poll("the simulation is drawn", func() (bool, string) {
		return js[int](tb, `document.querySelectorAll(".range-result tbody tr").length`) > 0, js[string](tb, `(document.querySelector(".ranges-body [role=status]") || {}).textContent || ""`)
	})
	sc, _ := e2eModel.Decode(tb.query(), nil)
	sim, err := e2eModel.Simulate(sc, session.RangeSamples, session.RangeSeed)
	if err != nil {
		t.Fatal(err)
	}
	var want string
	for _, o := range sim.Outputs {
		if o.Name == "company.eps" {
			want = view.Money(o.P50.Decimal, 2)
		}
	}
	got := js[string](tb, `Array.from(document.querySelectorAll(".range-result tbody tr")).find(r => r.querySelector("th").textContent === "Earnings per share").children[2].textContent`)
	if got != want {
		t.Errorf("EPS P50 on the page %s, the engine's %s", got, want)
	}
	if n := js[int](tb, `document.querySelectorAll(".range-guidance tbody tr").length`); n != len(sim.Guidance) {
		t.Errorf("%d chances, want one per estimate, %d", n, len(sim.Guidance))
	}
	src := axeSource(t)
	checkAxe(t, tb, src, true)
}
