//go:build !wasm

package chart

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app's test engine needs a document, which Node, where the wasm tests
// run, does not have: these tests are native only.

// host mounts a chart in go-app's test engine, as the page mounts it.
type host struct {
	app.Compo
	ui func() app.UI
}

func (h *host) Render() app.UI { return h.ui() }

func mount(tb testing.TB, ui func() app.UI) *host {
	tb.Helper()
	h := &host{ui: ui}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		tb.Fatal(err)
	}
	e.ConsumeAll()
	return h
}

// Mounted, a chart's svg has its viewBox and names, its <title> and <desc>
// first.
func TestMounted(t *testing.T) {
	for _, c := range renderCases(t) {
		h := mount(t, c.ui)
		svg := app.Elem("svg").Class("chart").Attr("viewBox", "0 0 640 "+px(c.geomH)).
			Role("img").Aria("labelledby", c.id+"-title "+c.id+"-desc")
		if err := app.Match(svg, h, 0, 1); err != nil {
			t.Errorf("%s: svg: %v", c.id, err)
		}
		if err := app.Match(app.Elem("title").ID(c.id+"-title"), h, 0, 1, 0); err != nil {
			t.Errorf("%s: title: %v", c.id, err)
		}
		if err := app.Match(app.Elem("desc").ID(c.id+"-desc"), h, 0, 1, 1); err != nil {
			t.Errorf("%s: desc: %v", c.id, err)
		}
	}
}
