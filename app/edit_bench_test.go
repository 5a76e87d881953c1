package main

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// editHost renders the page's tree as its own, so a benchmark can have it
// re-rendered and compared, as go-app does after each edit.
type editHost struct {
	app.Compo
	c   *calculator
	ctx app.Context
}

// OnPreRender is where a component gets its context outside a browser.
func (h *editHost) OnPreRender(ctx app.Context) { h.ctx = ctx }
func (h *editHost) Render() app.UI              { return h.c.Render() }

// BenchmarkEdit is one edit of the silver price with the page redrawn whole:
// the handler's work (evaluate, format) and go-app's re-render and compare
// of the page, as a period switch or a deck costs, and as an edit costs in
// the tests' engine, which mounts no leaves (in the browser an edit writes
// its leaves' values instead: leaves.go). Natively, so it counts the work,
// not WebAssembly's cost of it.
func BenchmarkEdit(b *testing.B) {
	c := &calculator{}
	c.OnInit()
	h := &editHost{c: c}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		b.Fatal(err)
	}
	e.ConsumeAll()
	silver := calc.PriceLever(calc.Silver)
	texts := []string{"13.5", "14", "14.5", "15"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if !c.edit(silver, texts[i%len(texts)]) {
			b.Fatal("refused")
		}
		h.ctx.Dispatch(nil)
		e.ConsumeAll()
	}
}

// BenchmarkEditRender is BenchmarkEdit without the handler's work: the
// page's re-render and compare alone, over two alternating views.
func BenchmarkEditRender(b *testing.B) {
	c := &calculator{}
	c.OnInit()
	h := &editHost{c: c}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		b.Fatal(err)
	}
	e.ConsumeAll()
	silver := calc.PriceLever(calc.Silver)
	var views [2]pageView
	var texts [2]map[calc.Lever]string
	for i, s := range []string{"14", "15"} {
		c.edit(silver, s)
		views[i] = c.view
		texts[i] = map[calc.Lever]string{silver: s}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.view = views[i%2]
		c.texts[silver] = texts[i%2][silver]
		h.ctx.Dispatch(nil)
		e.ConsumeAll()
	}
}
