package ui

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/dom"
	"golang.org/x/net/html"
)

// Other operating expenses typed key by key as the release's thousands,
// then refused, then typed again and the question's answer taken: at each
// step the live layer's writes give the page the server pre-renders (the
// question beside the field, its button, the field described by it), and
// the message, when there is one, stays the lever's last element.
func TestLiveOpexHint(t *testing.T) {
	opex := calc.OpexLever()
	ids := idsOf(opex.Key())
	c := livePage(t, "")
	doc := prerendered(t, c)
	bind(t, c, doc)
	byID := func(id string) *html.Node {
		for n := range doc.Descendants() {
			if v, _ := dom.Attr(n, "id"); v == id {
				return n
			}
		}
		return nil
	}
	matches := func(step string) {
		t.Helper()
		c.s.UpdateAnalysis() // at the next frame, in the browser
		c.live.Update(c.s.View())
		want := prerendered(t, livePage(t, c.s.View().Query))
		if got, want := dom.Canonical(doc), dom.Canonical(want); got != want {
			t.Errorf("%s: the page differs from the pre-render of its scenario\n%s", step, firstDifference(got, want))
		}
	}
	c.s.Focus(opex)
	for _, text := range []string{"8", "88", "886", "8865"} {
		ch := c.s.Edit(opex, text)
		c.s.Announce(ch.Announce) // once typing pauses, in the browser
		c.live.Update(c.s.View())
		matches("typing " + text)
	}
	hint := byID(ids.hint)
	if hint == nil || dom.Text(hint) != "Did you mean $8,865,000? The field takes whole dollars. Use $8,865,000" {
		t.Fatalf("after typing 8865 the question reads %v", hint)
	}
	if got, _ := dom.Attr(byID(ids.field), "aria-describedby"); got != ids.hint+" "+ids.base {
		t.Errorf("the field is described by %q", got)
	}
	c.s.Edit(opex, "8865x")
	c.live.Update(c.s.View())
	lever := byID(ids.field).Parent.Parent
	last := lever.LastChild
	for last != nil && last.Type != html.ElementNode {
		last = last.PrevSibling
	}
	if id, _ := dom.Attr(last, "id"); id != ids.err || dom.Text(byID(ids.hint)) != "" {
		t.Errorf("refused: the lever ends with #%s and asks %q, want the message last and no question", id, dom.Text(byID(ids.hint)))
	}
	c.s.Edit(opex, "8865")
	c.live.Update(c.s.View())
	c.s.Leave(opex)
	ch := c.s.TakeThousands(opex)
	c.s.Announce(ch.Announce)
	c.live.Update(c.s.View())
	matches("taking $8,865,000")
	// 8,865 is the table's figure of the release's own $8,865,000.
	if _, changed := c.s.Scenario().Changed(opex); changed || dom.Text(byID(ids.hint)) != "" {
		t.Errorf("after taking it: opex changed %v, %s; asks %q", changed, c.s.View().Opex.Text, dom.Text(byID(ids.hint)))
	}
	if got := c.s.View().Opex.Text; got != "8865000" {
		t.Errorf("after taking it the field shows %q, want 8865000", got)
	}
}
