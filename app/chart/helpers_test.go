package chart

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var chartTenth = dec("0.1")

// chartWithin says whether a and b differ by at most tol.
func chartWithin(a, b, tol decimal.Decimal) bool { return a.Sub(b).Abs().LessThanOrEqual(tol) }

// chartCheckProportional: every bar's width is its value's size times the
// scale's pixels per unit, to the 0.1 px the coordinates are rounded to,
// and one end of a tornado bar is on the zero line.
func chartCheckProportional(t *testing.T, g barChartGeom) {
	t.Helper()
	k := g.Scale.perUnit()
	for i, b := range g.Bars {
		want := b.To.Sub(b.From).Abs().Mul(k)
		if !chartWithin(b.W, want, chartTenth) {
			t.Errorf("bar %d (%s to %s): width %s, want %s", i, b.From, b.To, b.W, want)
		}
		if b.W.Sign() < 0 || b.H.Sign() <= 0 {
			t.Errorf("bar %d: width %s height %s", i, b.W, b.H)
		}
		if b.X.LessThan(g.PlotLeft) || b.X.Add(b.W).GreaterThan(g.PlotRight) {
			t.Errorf("bar %d spans %s..%s, outside the plot %s..%s", i, b.X, b.X.Add(b.W), g.PlotLeft, g.PlotRight)
		}
		if !b.X.Equal(decimal.Min(b.X0, b.X1)) || !b.W.Equal(b.X1.Sub(b.X0).Abs()) {
			t.Errorf("bar %d: rect %s+%s does not join %s and %s", i, b.X, b.W, b.X0, b.X1)
		}
	}
}

func chartWalk(n *html.Node, f func(*html.Node)) {
	if n == nil {
		return
	}
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		chartWalk(c, f)
	}
}

func chartFind(n *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	chartWalk(n, func(c *html.Node) {
		if found == nil && c.Type == html.ElementNode && match(c) {
			found = c
		}
	})
	return found
}

func chartAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func chartNodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	chartWalk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return strings.TrimSpace(b.String())
}
