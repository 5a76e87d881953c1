package chart

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// The price curve: points monotone in x across the plot, each on its
// axis's scale; markers at their prices; one off the chart not drawn.
func TestLineGeometry(t *testing.T) {
	m := fixture.Model(t)
	var s calc.Scenario
	if err := s.Set(m.Default(), calc.PriceLever(calc.Silver), dec("20")); err != nil {
		t.Fatal(err)
	}
	series, markers := chartPriceCurve(t, m, s)
	if len(markers) != 3 {
		t.Fatalf("Lucky Friday has no break-even price: %v", markers)
	}
	markers = append(markers, view.LineMarker{Label: "Far away", Kind: "baseline", X: dec("1000"), Text: "$1,000.00"})
	g := lineGeometry("Silver price ($ per oz)", "$ thousands", series, markers)
	if len(g.Y) != 2 || g.Series[0].Axis != 0 || g.Series[1].Axis != 1 || g.Units[1] != "$ per oz" {
		t.Fatalf("axes %v units %v", []int{g.Series[0].Axis, g.Series[1].Axis}, g.Units)
	}
	for i, sg := range g.Series {
		if len(sg.Segments) != 1 || len(sg.Segments[0]) != 41 {
			t.Fatalf("series %d: %d segments", i, len(sg.Segments))
		}
		pts := sg.Segments[0]
		if !pts[0].X.Equal(g.PlotLeft) || !pts[len(pts)-1].X.Equal(g.PlotRight) {
			t.Errorf("series %d spans x %s..%s, the plot %s..%s", i, pts[0].X, pts[len(pts)-1].X, g.PlotLeft, g.PlotRight)
		}
		y := g.Y[sg.Axis]
		for j, p := range pts {
			if j > 0 && !p.X.GreaterThan(pts[j-1].X) {
				t.Errorf("series %d: x not increasing at point %d (%s after %s)", i, j, p.X, pts[j-1].X)
			}
			if p.Y.LessThan(g.PlotTop) || p.Y.GreaterThan(g.PlotBottom) {
				t.Errorf("series %d point %d: y %s outside %s..%s", i, j, p.Y, g.PlotTop, g.PlotBottom)
			}
			want := y.pos(series[i].Points[j].Y.Decimal)
			if !p.Y.Equal(want) {
				t.Errorf("series %d point %d: y %s, want %s", i, j, p.Y, want)
			}
		}
	}
	// Markers: x by the definition of a linear scale, to the rounding.
	span := g.X.D1.Sub(g.X.D0)
	for i, mk := range g.Markers[:3] {
		want := g.PlotLeft.Add(mk.X.Sub(g.X.D0).Mul(g.PlotRight.Sub(g.PlotLeft)).Div(span))
		if !mk.Shown || !chartWithin(mk.Line.X1, want, dec("0.05")) || !mk.Line.X1.Equal(mk.Line.X2) {
			t.Errorf("marker %d (%s at %s): x %s, want %s", i, mk.Label, mk.X, mk.Line.X1, want)
		}
		if !mk.Line.Y2.Equal(g.PlotBottom) || !strings.Contains(mk.Line.Class, mk.Kind) {
			t.Errorf("marker %d: %+v", i, mk.Line)
		}
	}
	base, scen := g.Markers[0].Line.X1, g.Markers[1].Line.X1
	if !scen.GreaterThan(base) {
		t.Errorf("scenario price $20 at x %s, not right of the baseline at %s", scen, base)
	}
	if g.Markers[3].Shown {
		t.Error("a marker off the chart is drawn")
	}
	if d := lineDesc("Silver price ($ per oz)", g.Units, []int{0, 1}, series, &g); !strings.Contains(d, "Off the chart: Far away") || !strings.Contains(d, "Marked: Baseline price") {
		t.Errorf("desc: %s", d)
	}
	// Gross profit crosses zero at the break-even price.
	if g.Zero == nil {
		t.Fatal("no zero line though gross profit goes negative")
	}
}

// A missing y breaks the line in two.
func TestLineBreaks(t *testing.T) {
	null := decimal.NullDecimal{}
	pts := []view.LinePoint{
		{X: dec("3"), Y: decimal.NewNullDecimal(dec("4"))},
		{X: dec("0"), Y: decimal.NewNullDecimal(dec("1"))},
		{X: dec("1"), Y: decimal.NewNullDecimal(dec("2"))},
		{X: dec("2"), Y: null},
		{X: dec("4"), Y: decimal.NewNullDecimal(dec("-1"))},
	}
	g := lineGeometry("Price ($ per oz)", "$ per oz", []view.LineSeries{{Name: "Cost", Points: pts}}, nil)
	segs := g.Series[0].Segments
	if len(segs) != 2 || len(segs[0]) != 2 || len(segs[1]) != 2 {
		t.Fatalf("segments %v", segs)
	}
	if d := pathData(segs); strings.Count(d, "M") != 2 {
		t.Errorf("path %q", d)
	}
	if len(g.Y) != 1 || g.Zero == nil {
		t.Errorf("one axis with a zero line expected: %d axes", len(g.Y))
	}
}
