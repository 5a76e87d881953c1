//go:build !wasm

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// Other operating expenses typed as the release's table prints them, in
// thousands, are in force as typed, and the field asks whether the whole
// dollars were meant; the question's button puts them in force, and gives
// the field the focus. While there is no question it takes no room.
func TestBrowserOpexLooksLikeThousands(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	const field, hint = `input[name="opex"]`, `#lever-opex-hint`
	// The field is among the advanced levers, in a closed disclosure.
	js[bool](tb, `(() => { const d = document.querySelector('`+field+`').closest("details"); if (d) d.open = true; return true; })()`)
	if d := js[string](tb, `getComputedStyle(document.querySelector("`+hint+`")).display`); d != "none" {
		t.Errorf("the empty question is displayed (%s): it takes its margin", d)
	}
	tb.typeInto(field, "9000")
	tb.waitSearch("?opex=9000")
	if got := js[string](tb, `document.querySelector("`+hint+`").textContent`); got != "Did you mean $9,000,000? The field takes whole dollars. Use $9,000,000" {
		t.Errorf("after typing 9000 the field asks %q", got)
	}
	tb.do("taking $9,000,000", chromedp.Click(chromedp.CSS(hint+" button")))
	tb.waitSearch("?opex=9000000")
	if got := tb.value(field); got != "9000000" {
		t.Errorf("the field shows %q, want 9000000", got)
	}
	if js[string](tb, `document.querySelector("`+hint+`").textContent`) != "" || !js[bool](tb, `document.activeElement === document.querySelector('`+field+`')`) {
		t.Errorf("after taking it: the question %q, the focus on %s", js[string](tb, `document.querySelector("`+hint+`").textContent`), js[string](tb, `document.activeElement.outerHTML.slice(0, 60)`))
	}
}
