package ui

import (
	"net/url"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

// livePage is the page of query as the browser has it, with the analysis
// panel open and the release's figures pinned, so that every kind of the
// live layer's values is on it: figures, levers, the other methods' and
// the pinned comparison's cells, the announcement and the charts.
func livePage(t *testing.T, query string) *calculator {
	t.Helper()
	c := newCalculator(t, "")
	c.s.PinScenario()
	c.s.OpenAnalysis(true)
	c.s.OpenRanges(true)
	// A saved scenario side by side with the current one, whose column
	// follows the levers.
	c.s.UseStore(fixture.KV{"hecla-calc:scenario:1": `{"v":1,"name":"Saved","query":"silver=20","saved":"x"}`})
	c.s.ToggleSide("hecla-calc:scenario:1")
	// The tools open, their tables following the levers.
	// A range that holds in both quarters and at every edit's value,
	// unless the query is an edited scenario's, whose address carries it.
	tools := "seek=company.eps:0.3&grid=silver:zinc:company.net-income"
	if !strings.Contains(query, "range.") {
		tools += "&range.zinc=0.9:2.5"
	}
	c.s.FromURL(&url.URL{Path: "/", RawQuery: view.JoinQuery(tools, query)})
	if c.s.View().Side == nil {
		t.Fatal("no side by side")
	}
	c.live.Update(c.s.View())
	return c
}

// prerendered parses the page as the server writes it.
func prerendered(t *testing.T, c *calculator) *html.Node {
	t.Helper()
	doc, err := dom.Parse(app.HTMLString(c))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// bind binds every element of a parsed page that carries a live key to the
// value under that key, as the browser's components do when mounted.
func bind(t *testing.T, c *calculator, doc *html.Node) *dom.Writes {
	t.Helper()
	w := &dom.Writes{}
	bound := dom.Bound(doc)
	if len(bound) == 0 {
		t.Fatal("the page has no live elements")
	}
	for key, n := range bound {
		node := dom.Node{N: n, W: w}
		target := c.live.Element(key, node)
		if draw := drawnBy(c, key); draw != nil {
			target = charts{draw, node} // go-app's to draw
		}
		if target == nil {
			t.Fatalf("%s: a live element with no value of the view", key)
		}
		c.live.Bind(key, target, nil)
	}
	return w
}

// charts draws what go-app draws (the analysis panel's charts, the tools'
// tables) into a parsed page as go-app would: their elements, as the
// server writes them.
type charts struct {
	draw func(any) []app.UI
	n    dom.Node
}

// drawnBy is how go-app draws the value under key; nil if the live layer
// writes it.
func drawnBy(c *calculator, key string) func(any) []app.UI {
	return map[string]func(any) []app.UI{
		"analysis":      func(v any) []app.UI { return c.analysisCharts(v.(*view.Analysis)) },
		"seek-table":    func(v any) []app.UI { return c.seekTable(v.(*view.Seek)) },
		"grid-table":    func(v any) []app.UI { return c.gridTable(v.(*view.GridTable)) },
		"ranges-result": func(v any) []app.UI { return c.rangesResult(v.(*view.Ranges)) },
	}[key]
}

func (ch charts) Show(was, now any) {
	var b strings.Builder
	for _, ui := range app.FilterUIElems(ch.draw(now)...) {
		b.WriteString(app.HTMLString(ui))
	}
	ch.n.SetHTML(b.String())
}

// Every lever, edited in the page pre-rendered at the release's levers and
// written only by the live layer, gives the page the server pre-renders for
// the edited scenario, element for element. So every figure, lever, cell
// and chart the edit changes follows it, and nothing else needs the page
// drawn again; with no browser.
func TestLiveEditsMatchThePrerender(t *testing.T) {
	for _, q := range []string{"", "embed=1&show=company,silver,lucky-friday&levers=all"} {
		for _, l := range calc.AllLevers() { // the first quarter of 2007 takes every one
			t.Run(q+"/"+l.Key(), func(t *testing.T) {
				c := livePage(t, q)
				doc := prerendered(t, c)
				w := bind(t, c, doc)
				mounted := w.N
				// The full page offers every lever of the engine's: one
				// the view leaves out would follow the pre-render as well.
				if _, ok := dom.Bound(doc)["lever:"+l.Key()]; !ok && q == "" {
					t.Fatalf("the page has no field for %s", l.Key())
				}
				// Three quarters of the slider: half as much again as the
				// release's figure (recovery: 75%).
				text := view.LeverText(l, view.SliderValue(c.s.Period(), l, decimal.NewFromInt(75)))
				if l == calc.SharePriceLever() {
					text = "12" // no release figure to take three quarters of
				}
				c.s.Focus(l)
				ch := c.s.Edit(l, text)
				if _, msg := c.s.Field(l); msg != "" {
					t.Fatalf("%s=%s refused: %s", l.Key(), text, msg)
				}
				c.live.Update(c.s.View())
				c.s.UpdateAnalysis() // at the next frame, in the browser
				c.s.Announce(ch.Announce)
				c.live.Update(c.s.View())
				if w.N == mounted {
					t.Fatal("the edit wrote nothing")
				}
				want := prerendered(t, livePage(t, view.JoinQuery(view.UIPart(q), c.s.View().Query)))
				if got, want := dom.Canonical(doc), dom.Canonical(want); got != want {
					t.Errorf("%s=%s: the page differs from the pre-render of its scenario\n%s", l.Key(), text, firstDifference(got, want))
				}
			})
		}
	}
}

// firstDifference shows where two texts first differ.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-300)
	return "live:        …" + got[lo:min(len(got), i+300)] + "\npre-render:  …" + want[lo:min(len(want), i+300)]
}

// A refused text's message is the field's description, as the server
// writes it: the live layer gives the field aria-invalid and names the
// message first in aria-describedby, and takes both back when a valid text
// follows; for every lever, on the page the live layer writes.
func TestLiveFieldDescribesItsMessage(t *testing.T) {
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
	check := func(l calc.Lever, text string, refused bool) {
		t.Helper()
		c.s.Focus(l)
		c.s.Edit(l, text)
		c.live.Update(c.s.View())
		_, message := c.s.Field(l)
		ids := idsOf(l.Key())
		field := byID(ids.field)
		if field == nil {
			t.Fatalf("%s: no field #%s", l.Key(), ids.field)
		}
		want := map[string]string{"aria-invalid": "false", "aria-describedby": ids.base, "value": text}
		if refused {
			want["aria-invalid"], want["aria-describedby"] = "true", ids.err+" "+ids.base
		}
		for k, v := range want {
			if got, _ := dom.Attr(field, k); got != v {
				t.Errorf("%s after %q: the field has %s=%q, want %q", l.Key(), text, k, got, v)
			}
		}
		msg := byID(ids.err)
		switch {
		case refused && (msg == nil || dom.Text(msg) != message || message == ""):
			t.Errorf("%s after %q: message element %v, want #%s saying %q", l.Key(), text, msg, ids.err, message)
		case !refused && msg != nil:
			t.Errorf("%s after %q: the message #%s is still there: %q", l.Key(), text, ids.err, dom.Text(msg))
		}
	}
	for _, l := range calc.Levers() {
		was, _ := c.s.Field(l)
		check(l, "x", true)
		check(l, was, false)
	}
}
