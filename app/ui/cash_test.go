package ui

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/dom"
)

// The share price, typed in the Value panel's field (which has no slider:
// the release prints no share price), gives the page the server
// pre-renders for the scenario with it, written only by the live layer;
// and so does a second price, and the reset that takes it out.
func TestLiveSharePriceMatchesThePrerender(t *testing.T) {
	l := calc.SharePriceLever()
	c := livePage(t, "")
	doc := prerendered(t, c)
	w := bind(t, c, doc)
	if _, ok := dom.Bound(doc)["lever:"+l.Key()]; !ok {
		t.Fatal("the page has no share price field")
	}
	for _, text := range []string{"9.5", "12", ""} {
		mounted := w.N
		c.s.Focus(l)
		// "" is the reset: the field refuses an empty text, and its Reset
		// button takes the price out.
		ch := c.s.ResetLever(l)
		if text != "" {
			ch = c.s.Edit(l, text)
		}
		if _, msg := c.s.Field(l); msg != "" {
			t.Fatalf("share-price=%q refused: %s", text, msg)
		}
		c.live.Update(c.s.View())
		c.s.UpdateAnalysis()
		c.s.Announce(ch.Announce)
		c.live.Update(c.s.View())
		if w.N == mounted {
			t.Fatalf("share-price=%q wrote nothing", text)
		}
		want := prerendered(t, livePage(t, c.s.View().Query))
		if got, want := dom.Canonical(doc), dom.Canonical(want); got != want {
			t.Errorf("share-price=%q: the page differs from the pre-render of its scenario\n%s", text, firstDifference(got, want))
		}
		if text != "" && c.s.View().Value[0].Value == "" {
			t.Errorf("share-price=%q: no market cap", text)
		}
	}
}
