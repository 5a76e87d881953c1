//go:build !wasm

package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Each explanation of the by-product method opens from the figure it
// explains, with a click or with the keyboard, and still opens after an
// edit has rewritten its row's figures; open, its text is visible.
func TestBrowserExplanationsOpenFromTheirFigures(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	row := `tr[data-live="figure:greens-creek.total-cash-cost-per-oz"]`
	why := row + ` details.why`
	if n := js[int](tb, `document.querySelectorAll('`+why+` .answers p').length`); n != 3 {
		t.Fatalf("Greens Creek's total cash cost per ounce explains %d things, want 3", n)
	}
	if total := js[int](tb, `document.querySelectorAll('details.why').length`); total < 15 {
		t.Errorf("the page offers %d explanations, want one on every credited cost and every sales row", total)
	}
	shown := func() string {
		return js[string](tb, `(() => { const d = document.querySelector('`+why+`'), a = d.querySelector(".answers");
			const r = a.getBoundingClientRect(); return d.open && r.height > 0 && r.width > 0 ? a.textContent : ""; })()`)
	}
	// Every one opens with a click, and shows its answers.
	for i := range js[int](tb, `document.querySelectorAll("details.why").length`) {
		nth := `document.querySelectorAll("details.why")[` + strconv.Itoa(i) + `]`
		js[bool](tb, `(() => { `+nth+`.querySelector("summary").click(); return true; })()`)
		if got := js[string](tb, `(() => { const d = `+nth+`, r = d.querySelector(".answers").getBoundingClientRect();
			return d.open && r.height > 0 ? d.querySelector(".answers").textContent : ""; })()`); !strings.Contains(got, "?") {
			t.Errorf("explanation %d does not open with a click (shows %q)", i, got)
		}
		js[bool](tb, `(() => { `+nth+`.querySelector("summary").click(); return true; })()`)
	}
	tb.do("clicking Why?", chromedp.Click(chromedp.CSS(why+` > summary`)))
	if got := shown(); !strings.Contains(got, "by-product method") || !strings.Contains(got, "lower grade") || !strings.Contains(got, "Royalties") {
		t.Errorf("a click shows %q, want the three answers", got)
	}
	tb.do("closing it", chromedp.Click(chromedp.CSS(why+` > summary`)))
	tb.typeInto(`input[name="greens-creek.grade"]`, "10")
	tb.waitSearch("?greens-creek.grade=10")
	tb.do("focusing Why? and pressing Enter", chromedp.Focus(chromedp.CSS(why+` > summary`)), chromedp.KeyEvent(kb.Enter))
	tb.poll("Enter opens the explanation", func() (bool, string) {
		return strings.Contains(shown(), "lower grade"), "closed or hidden"
	})
	if value := js[string](tb, `document.querySelector('`+row+` output').textContent`); value != "$(7.91)" {
		t.Errorf("the row's figure reads %q after the edit, want $(7.91)", value)
	}
}
