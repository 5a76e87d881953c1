package ui

import (
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// BenchmarkEdit is one edit of the silver price with the page redrawn whole:
// the handler's work (evaluate, format) and go-app's re-render and compare
// of the page, as a period switch or a deck costs, and as an edit costs in
// the tests' engine, which binds no element to the live layer (in the
// browser an edit writes the live layer's elements instead: app/live).
// Natively, so it counts the work, not WebAssembly's cost of it.
func BenchmarkEdit(b *testing.B) {
	c := &calculator{}
	c.OnInit()
	h := mount(b, c.Render)
	silver := calc.PriceLever(calc.Silver)
	texts := []string{"13.5", "14", "14.5", "15"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.s.Edit(silver, texts[i%len(texts)])
		if _, msg := c.s.Field(silver); msg != "" {
			b.Fatal(msg)
		}
		c.live.Update(c.s.View())
		h.redraw()
	}
}

// BenchmarkEditRender is BenchmarkEdit without the handler's work: the
// page's re-render and compare alone, over two alternating views.
func BenchmarkEditRender(b *testing.B) {
	c := &calculator{}
	c.OnInit()
	h := mount(b, c.Render)
	silver := calc.PriceLever(calc.Silver)
	texts := [2]string{"14", "15"}
	var views [2]view.Page
	for i, s := range texts {
		c.s.Edit(silver, s)
		views[i] = *c.s.View()
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		*c.s.View() = views[i%2]
		h.redraw()
	}
}
