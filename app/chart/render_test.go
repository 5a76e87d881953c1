package chart

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

// renderCase is a chart drawn from the release, with the viewBox height its
// geometry gives and the rows its table should have.
type renderCase struct {
	id    string
	ui    func() app.UI
	geomH decimal.Decimal
	rows  int
}

func renderCases(t *testing.T) []renderCase {
	t.Helper()
	m := fixture.Model(t)
	rows := chartTornadoRows(t, m)
	start, steps, end := chartBridge(t, m)
	series, markers := chartPriceCurve(t, m, calc.Scenario{})
	return []renderCase{
		{"tornado-gp", func() app.UI {
			return Tornado("tornado-gp", "Sensitivity of gross profit", "Change in gross profit ($ thousands)", rows)
		}, tornadoGeometry("Change in gross profit ($ thousands)", rows).Height, len(rows)},
		{"bridge-gp", func() app.UI {
			return Bridge("bridge-gp", "Gross profit, release to scenario", "Gross profit ($ thousands)", start, steps, end)
		}, bridgeGeometry("Gross profit ($ thousands)", start, steps, end).Height, len(steps) + 2},
		{"curve-lf", func() app.UI {
			return Line("curve-lf", "Lucky Friday against the silver price", "Silver price ($ per oz)", "$ thousands", series, markers)
		}, lineGeometry("Silver price ($ per oz)", "$ thousands", series, markers).Height, 41},
	}
}

// Rendered, each chart is a figure with a caption, an SVG image named by its
// <title> and described by its <desc>, and a table behind "Show as table";
// no element carries a style attribute.
func TestRender(t *testing.T) {
	for _, c := range renderCases(t) {
		// The pre-rendered markup, as a browser parses it.
		doc, err := html.Parse(strings.NewReader(app.HTMLString(c.ui())))
		if err != nil {
			t.Fatal(err)
		}
		fig := chartFind(doc, func(n *html.Node) bool { return n.Data == "figure" })
		if fig == nil || chartAttr(fig, "id") != c.id {
			t.Fatalf("%s: no figure", c.id)
		}
		if cap := chartFind(fig, func(n *html.Node) bool { return n.Data == "figcaption" }); cap == nil || chartNodeText(cap) == "" {
			t.Errorf("%s: no visible title", c.id)
		}
		s := chartFind(fig, func(n *html.Node) bool { return n.Data == "svg" })
		if s == nil || chartAttr(s, "role") != "img" {
			t.Fatalf("%s: no svg with role img", c.id)
		}
		ids := strings.Fields(chartAttr(s, "aria-labelledby"))
		if len(ids) != 2 {
			t.Fatalf("%s: aria-labelledby %q", c.id, chartAttr(s, "aria-labelledby"))
		}
		for i, tag := range []string{"title", "desc"} {
			n := chartFind(s, func(n *html.Node) bool { return n.Data == tag && n.Parent == s })
			if n == nil || chartAttr(n, "id") != ids[i] || chartNodeText(n) == "" {
				t.Errorf("%s: <%s> is not %s with text", c.id, tag, ids[i])
			}
		}
		var shapes int
		chartWalk(s, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Namespace != "svg" {
				t.Errorf("%s: <%s> inside the svg is not SVG", c.id, n.Data)
			}
			if n.Data == "rect" || n.Data == "path" || n.Data == "line" {
				shapes++
				if n.FirstChild != nil {
					t.Errorf("%s: <%s> swallowed its siblings", c.id, n.Data)
				}
			}
		})
		if shapes == 0 {
			t.Errorf("%s: nothing drawn", c.id)
		}
		chartWalk(doc, func(n *html.Node) {
			if chartAttr(n, "style") != "" {
				t.Errorf("%s: <%s> has a style attribute", c.id, n.Data)
			}
		})
		det := chartFind(fig, func(n *html.Node) bool { return n.Data == "details" })
		if det == nil || chartNodeText(chartFind(det, func(n *html.Node) bool { return n.Data == "summary" })) != "Show as table" {
			t.Fatalf("%s: no Show as table", c.id)
		}
		var trs int
		chartWalk(chartFind(det, func(n *html.Node) bool { return n.Data == "tbody" }), func(n *html.Node) {
			if n.Data == "tr" {
				trs++
			}
		})
		if trs != c.rows {
			t.Errorf("%s: table has %d rows, want %d", c.id, trs, c.rows)
		}
	}
}

// Charts without data still draw a frame.
func TestEmpty(t *testing.T) {
	if g := tornadoGeometry("x", nil); len(g.Bars) != 0 || !g.Scale.D1.GreaterThan(g.Scale.D0) {
		t.Errorf("empty tornado: %+v", g.Scale)
	}
	zero := view.BridgeStep{Label: "Zero", Text: "$0"}
	if g := bridgeGeometry("x", zero, nil, zero); len(g.Bars) != 2 || !g.Bars[1].W.IsZero() {
		t.Errorf("zero bridge: %d bars", len(g.Bars))
	}
	if g := lineGeometry("x", "y", nil, []view.LineMarker{{Label: "M", X: dec("0.5")}}); len(g.Series) != 0 || !g.Markers[0].Shown {
		t.Errorf("empty line chart: %+v", g.Markers)
	}
	for _, ui := range []app.UI{
		Tornado("a", "A", "x", nil),
		Bridge("b", "B", "x", zero, nil, zero),
		Line("c", "C", "x", "y", nil, nil),
	} {
		if out := app.HTMLString(ui); !strings.Contains(out, "<svg") {
			t.Errorf("no svg in %s", out)
		}
	}
}

func BenchmarkGeometry(b *testing.B) {
	m := fixture.Model(b)
	rows := chartTornadoRows(b, m)
	start, steps, end := chartBridge(b, m)
	series, markers := chartPriceCurve(b, m, calc.Scenario{})
	for b.Loop() {
		tornadoGeometry("Change ($ thousands)", rows)
		bridgeGeometry("Gross profit ($ thousands)", start, steps, end)
		lineGeometry("Silver price ($ per oz)", "$ thousands", series, markers)
	}
}
