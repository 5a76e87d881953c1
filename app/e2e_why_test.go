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
// edit has rewritten its row's figures; open, it covers no figure of its
// row and its text is visible.
func TestBrowserExplanationsOpenFromTheirFigures(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	row := `tr[data-live="figure:greens-creek.total-cash-cost-per-oz"]`
	n := js[int](tb, `document.querySelectorAll('`+row+` details.why').length`)
	if n != 3 {
		t.Fatalf("Greens Creek's total cash cost per ounce offers %d explanations, want 3", n)
	}
	if total := js[int](tb, `document.querySelectorAll('details.why').length`); total < 20 {
		t.Errorf("the page offers %d explanations, want one on every credited cost and every sales row", total)
	}
	open := func(i int) bool {
		return js[bool](tb, `document.querySelectorAll('`+row+` details.why')[`+strconv.Itoa(i)+`].open`)
	}
	answer := func(i int) string {
		return js[string](tb, `(() => { const p = document.querySelectorAll('`+row+` details.why')[`+strconv.Itoa(i)+`].querySelector("p");
			const r = p.getBoundingClientRect(); return r.height > 0 && r.width > 0 ? p.textContent : "" })()`)
	}
	tb.do("clicking the first question", chromedp.Click(chromedp.CSS(row+` details.why:nth-of-type(1) > summary`)))
	if !open(0) || !strings.Contains(answer(0), "by-product method") {
		t.Errorf("a click did not open the first explanation (open %v, visible text %q)", open(0), answer(0))
	}
	tb.typeInto(`input[name="greens-creek.grade"]`, "10")
	tb.waitSearch("?greens-creek.grade=10")
	tb.do("focusing the second question and pressing Enter",
		chromedp.Focus(chromedp.CSS(row+` details.why:nth-of-type(2) > summary`)), chromedp.KeyEvent(kb.Enter))
	tb.poll("Enter opens the second explanation", func() (bool, string) {
		return open(1) && strings.Contains(answer(1), "lower grade"), "closed or hidden"
	})
	if value := js[string](tb, `document.querySelector('`+row+` output').textContent`); value != "$(7.91)" {
		t.Errorf("the row's figure reads %q after the edit, want $(7.91)", value)
	}
}
