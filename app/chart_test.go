package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

// Geometry tests: the shapes are checked as numbers, without a DOM.

var chartTenth = dec("0.1")

// chartWithin says whether a and b differ by at most tol.
func chartWithin(a, b, tol decimal.Decimal) bool { return a.Sub(b).Abs().LessThanOrEqual(tol) }

func chartLeverName(l calc.Lever) string {
	if mine, ok := l.Mine(); ok {
		return mine.Name() + " · " + l.Label()
	}
	return l.Label()
}

// thousands is a change in dollars as the page prints it, in $ thousands.
func chartThousands(d decimal.NullDecimal) (decimal.Decimal, string) {
	if !d.Valid {
		return decimal.Zero, view.NotAvailable
	}
	v := d.Decimal.Shift(-3)
	return v, chartSigned(view.Money(v, 0), v)
}

// chartSigned and chartTone are a change's text and tone as the view
// writes them for a figure where more is better.
func chartSigned(text string, d decimal.Decimal) string {
	if d.Sign() < 0 {
		return "−" + strings.NewReplacer("(", "", ")", "").Replace(text)
	}
	return "+" + text
}

func chartTone(d decimal.Decimal) view.Tone {
	switch d.Sign() {
	case 1:
		return view.ToneBetter
	case -1:
		return view.ToneWorse
	}
	return view.ToneSame
}

// chartTornadoRows are the release's gross-profit sensitivities as the
// integrator would pass them.
func chartTornadoRows(t testing.TB, m *calc.Model) []view.TornadoRow {
	t.Helper()
	sens, err := m.Sensitivity(calc.Scenario{}, "company.gross-profit")
	if err != nil {
		t.Fatal(err)
	}
	var rows []view.TornadoRow
	for _, s := range sens {
		r := view.TornadoRow{Label: chartLeverName(s.Lever)}
		r.Low, r.LowText = chartThousands(s.Down)
		r.High, r.HighText = chartThousands(s.Up)
		r.LowTone, r.HighTone = chartTone(r.Low), chartTone(r.High)
		rows = append(rows, r)
	}
	return rows
}

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

func TestChartNiceTicks(t *testing.T) {
	cases := []struct {
		lo, hi     string
		target     int
		first, end string
		step       string
	}{
		{"-1234.5", "6789", 5, "-2000", "8000", "2000"},
		{"0", "26.48", 6, "0", "30", "5"},
		{"0", "0", 5, "0", "1", "0.2"},
		{"-0.93", "0.4", 5, "-1", "0.5", "0.5"},
		{"12", "12", 5, "0", "15", "5"},
		{"-3", "-3", 5, "-3", "0", "1"},
	}
	for _, c := range cases {
		ticks, step := niceTicks(dec(c.lo), dec(c.hi), c.target)
		if !step.Equal(dec(c.step)) || !ticks[0].Equal(dec(c.first)) || !ticks[len(ticks)-1].Equal(dec(c.end)) {
			t.Errorf("niceTicks(%s, %s): %v step %s; want %s..%s step %s", c.lo, c.hi, ticks, step, c.first, c.end, c.step)
		}
		for i := 1; i < len(ticks); i++ {
			if !ticks[i].Sub(ticks[i-1]).Equal(step) {
				t.Errorf("niceTicks(%s, %s): uneven %v", c.lo, c.hi, ticks)
			}
		}
	}
	if got := tickTexts("Change ($ thousands)", []decimal.Decimal{dec("-2000"), dec("0"), dec("2000")}, dec("2000")); strings.Join(got, " ") != "$(2,000) $0 $2,000" {
		t.Errorf("money ticks: %q", got)
	}
	if got := tickTexts("Ounces (oz)", []decimal.Decimal{dec("-0.5"), dec("1.5")}, dec("0.5")); strings.Join(got, " ") != "(0.5) 1.5" {
		t.Errorf("number ticks: %q", got)
	}
	if px(dec("12.34")) != "12.3" || px(dec("12.05")) != "12.1" || px(dec("-0.04")) != "0" || px(dec("7")) != "7" {
		t.Error("px does not round to 0.1 px")
	}
}

// The tornado of the release's gross profit: bars from the zero line,
// lengths proportional to the changes they show, rows in the order given.
func TestChartTornadoGeometry(t *testing.T) {
	rows := chartTornadoRows(t, fixture.Model(t))
	if len(rows) < 5 {
		t.Fatalf("%d sensitivity rows", len(rows))
	}
	g := tornadoGeometry("Change in gross profit ($ thousands)", rows)
	if len(g.Bars) != 2*len(rows) || len(g.RowLabels) != len(rows) {
		t.Fatalf("%d bars, %d labels for %d rows", len(g.Bars), len(g.RowLabels), len(rows))
	}
	chartCheckProportional(t, g)
	if !g.ZeroX.Equal(g.Scale.pos(decimal.Zero)) || g.ZeroX.LessThan(g.PlotLeft) || g.ZeroX.GreaterThan(g.PlotRight) {
		t.Errorf("zero line at %s, the scale's zero at %s", g.ZeroX, g.Scale.pos(decimal.Zero))
	}
	for i, b := range g.Bars {
		r := rows[i/2]
		want := r.Low
		if i%2 == 1 {
			want = r.High
		}
		if !b.From.IsZero() || !b.To.Equal(want) || b.Row != i/2 {
			t.Errorf("bar %d: %s to %s on row %d, want 0 to %s on row %d", i, b.From, b.To, b.Row, want, i/2)
		}
		if !b.X0.Equal(g.ZeroX) {
			t.Errorf("bar %d starts at %s, not on the zero line %s", i, b.X0, g.ZeroX)
		}
		if s := want.Sign(); (s < 0) != b.X1.LessThan(g.ZeroX) || (s > 0) != b.X1.GreaterThan(g.ZeroX) {
			t.Errorf("bar %d of %s ends at %s, zero at %s", i, want, b.X1, g.ZeroX)
		}
		if b.Label.Text == "" || (want.Sign() < 0) != (b.Label.Anchor == "end") {
			t.Errorf("bar %d of %s: label %q anchored %q", i, want, b.Label.Text, b.Label.Anchor)
		}
		if b.Y.LessThan(g.rowTop(b.Row)) || b.Y.Add(b.H).GreaterThan(g.rowTop(b.Row+1)) {
			t.Errorf("bar %d leaves its row", i)
		}
	}
	// The brief's form: |w1|/|w2| = |v1|/|v2| chartWithin the rounding, for the
	// largest bar against every other.
	big := g.Bars[0]
	for _, b := range g.Bars {
		if b.W.GreaterThan(big.W) {
			big = b
		}
	}
	if big.To.IsZero() {
		t.Fatal("every sensitivity is zero")
	}
	for i, b := range g.Bars {
		ratio := b.To.Abs().Div(big.To.Abs())
		if !chartWithin(b.W, big.W.Mul(ratio), dec("0.2")) {
			t.Errorf("bar %d: %s px for %s against %s px for %s", i, b.W, b.To, big.W, big.To)
		}
	}
	// The height follows the row count.
	g2 := tornadoGeometry("x", rows[:2])
	if !g.Height.Sub(g2.Height).Equal(tornadoRowHeight.Mul(chartInt(len(rows) - 2))) {
		t.Errorf("heights %s and %s for %d and 2 rows", g.Height, g2.Height, len(rows))
	}
	if d := tornadoDesc("Change in gross profit ($ thousands)", rows); !strings.Contains(d, "Largest: "+rows[0].Label) {
		t.Errorf("desc does not name the largest lever %q: %s", rows[0].Label, d)
	}
}

// chartBridge is a Shapley attribution of the company's gross profit
// as bridge bars in $ thousands.
func chartBridge(t testing.TB, m *calc.Model) (start view.BridgeStep, steps []view.BridgeStep, end view.BridgeStep) {
	t.Helper()
	p := m.Default()
	var s calc.Scenario
	for key, v := range map[string]string{"silver": "20", "lucky-friday.tons": "90000", "gold": "500", "greens-creek.milling": "40"} {
		l, ok := calc.LeverByKey(key)
		if !ok {
			t.Fatalf("no lever %s", key)
		}
		if err := s.Set(p, l, dec(v)); err != nil {
			t.Fatal(err)
		}
	}
	a, err := m.Attribute(s, "company.gross-profit")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Parts) < 3 {
		t.Fatalf("%d parts", len(a.Parts))
	}
	k := func(d decimal.Decimal) decimal.Decimal { return d.Shift(-3) }
	start = view.BridgeStep{Label: "Release levers (model)", Amount: k(a.Baseline), Text: view.Money(k(a.Baseline), 0)}
	end = view.BridgeStep{Label: "Scenario", Amount: k(a.Scenario), Text: view.Money(k(a.Scenario), 0)}
	for _, part := range a.Parts {
		v := k(part.Amount)
		steps = append(steps, view.BridgeStep{Label: part.Group.Label, Amount: v, Text: chartSigned(view.Money(v, 0), v), Tone: chartTone(v)})
	}
	return start, steps, end
}

// The attribution bridge: each step starts where the previous ended, and
// the end bar is the start plus every step, in value and in pixels.
func TestChartBridgeGeometry(t *testing.T) {
	start, steps, end := chartBridge(t, fixture.Model(t))
	g := bridgeGeometry("Gross profit ($ thousands)", start, steps, end)
	n := len(steps) + 2
	if len(g.Bars) != n || len(g.RowLabels) != n || len(g.Connectors) != n-1 {
		t.Fatalf("%d bars, %d labels, %d connectors for %d rows", len(g.Bars), len(g.RowLabels), len(g.Connectors), n)
	}
	chartCheckProportional(t, g)
	first, last := g.Bars[0], g.Bars[n-1]
	if !first.From.IsZero() || !first.To.Equal(start.Amount) || !first.X0.Equal(g.ZeroX) {
		t.Errorf("start bar %s to %s from x %s; zero at %s", first.From, first.To, first.X0, g.ZeroX)
	}
	sum := start.Amount
	for i, s := range steps {
		b, prev := g.Bars[i+1], g.Bars[i]
		if !b.From.Equal(prev.To) || !b.X0.Equal(prev.X1) {
			t.Errorf("step %d (%s) starts at %s (x %s), the previous bar ended at %s (x %s)", i, s.Label, b.From, b.X0, prev.To, prev.X1)
		}
		if !b.To.Sub(b.From).Equal(s.Amount) {
			t.Errorf("step %d spans %s to %s for %s", i, b.From, b.To, s.Amount)
		}
		if c := g.Connectors[i]; !c.X1.Equal(prev.X1) || !c.X2.Equal(b.X0) || c.Y1.GreaterThan(c.Y2) {
			t.Errorf("connector %d at %s..%s, bars meet at %s", i, c.X1, c.X2, b.X0)
		}
		sum = sum.Add(s.Amount)
	}
	if !sum.Equal(end.Amount) || !last.To.Equal(sum) || !last.From.IsZero() {
		t.Errorf("end bar %s to %s; start + steps = %s, scenario %s", last.From, last.To, sum, end.Amount)
	}
	if !last.X1.Equal(g.Bars[n-2].X1) {
		t.Errorf("end bar ends at x %s, the last step at %s", last.X1, g.Bars[n-2].X1)
	}
	for i, b := range g.Bars {
		want := "bar step "
		if i == 0 || i == n-1 {
			want = "bar total"
		}
		if !strings.HasPrefix(b.Class, want) {
			t.Errorf("bar %d class %q", i, b.Class)
		}
	}
	// include widens the axis, so two bridges can share a scale.
	wide := bridgeGeometry("x", start, steps, end, dec("-100000"))
	if wide.Scale.D0.GreaterThan(dec("-100000")) {
		t.Errorf("include ignored: domain from %s", wide.Scale.D0)
	}
}

// A cost waterfall with a subtotal: the subtotal stands on zero, the next
// step floats from it.
func TestChartBridgeSubtotal(t *testing.T) {
	start := view.BridgeStep{Label: "Mining and milling", Amount: dec("120.5"), Text: "$120.50"}
	steps := []view.BridgeStep{
		{Label: "Treatment and freight", Amount: dec("30.25"), Text: "+$30.25", Tone: view.ToneWorse},
		{Label: "By-product credits", Amount: dec("-160"), Text: "−$160.00", Tone: view.ToneBetter},
		{Label: "Cash operating cost", Amount: dec("-9.25"), Text: "$(9.25)", Subtotal: true},
		{Label: "Royalties", Amount: dec("2"), Text: "+$2.00", Tone: view.ToneWorse},
	}
	end := view.BridgeStep{Label: "Total cash cost", Amount: dec("-7.25"), Text: "$(7.25)"}
	g := bridgeGeometry("Cost ($ per oz)", start, steps, end)
	chartCheckProportional(t, g)
	sub, after := g.Bars[3], g.Bars[4]
	if !sub.From.IsZero() || !sub.To.Equal(dec("-9.25")) || sub.Class != "bar total" || !sub.X0.Equal(g.ZeroX) {
		t.Errorf("subtotal %s to %s class %q", sub.From, sub.To, sub.Class)
	}
	if !after.From.Equal(sub.To) || !after.X0.Equal(sub.X1) || !g.Bars[5].X1.Equal(after.X1) {
		t.Errorf("royalties from %s (x %s), subtotal at %s (x %s)", after.From, after.X0, sub.To, sub.X1)
	}
	if g.Bars[2].Label.Anchor != "end" || g.Bars[1].Label.Anchor == "end" {
		t.Error("a fall's label is not left of its bar, or a rise's not right")
	}
	if g.Ticks[0].Text != "$0" || !g.Scale.D0.Equal(dec("-9.25")) || !g.Scale.D1.Equal(dec("150.75")) {
		t.Errorf("first tick %q", g.Ticks[0].Text)
	}
}

// chartPriceCurve is Lucky Friday's gross profit ($ thousands) and total cash
// cost per ounce against the silver price, with its markers.
func chartPriceCurve(t testing.TB, m *calc.Model, scenario calc.Scenario) ([]view.LineSeries, []view.LineMarker) {
	t.Helper()
	gp, cc := "lucky-friday."+calc.MetricGrossProfit, "lucky-friday."+calc.TotalCash.Slug()
	pts, err := m.PriceCurve(scenario, calc.Silver, []string{gp, cc}, 41)
	if err != nil {
		t.Fatal(err)
	}
	series := []view.LineSeries{{Name: "Gross profit", Unit: "$ thousands"}, {Name: "Total cash cost per oz", Unit: "$ per oz"}}
	for _, pt := range pts {
		x := view.Money(pt.Price, 2)
		g := pt.Values[0]
		gpText := view.NotAvailable
		if g.Valid {
			g.Decimal = g.Decimal.Shift(-3)
			gpText = view.Money(g.Decimal, 0)
		}
		series[0].Points = append(series[0].Points, view.LinePoint{X: pt.Price, Y: g, XText: x, YText: gpText})
		c := pt.Values[1]
		ccText := view.NotAvailable
		if c.Valid {
			ccText = view.Money(c.Decimal, 2)
		}
		series[1].Points = append(series[1].Points, view.LinePoint{X: pt.Price, Y: c, XText: x, YText: ccText})
	}
	p := m.Default()
	base := p.BaselineLever(calc.PriceLever(calc.Silver))
	r := p.Evaluate(scenario)
	be, _ := r.Metric("lucky-friday." + calc.MetricBreakEven)
	markers := []view.LineMarker{
		{Label: "Baseline price", Kind: "baseline", X: base, Text: view.Money(base, 2)},
		{Label: "Scenario price", Kind: "scenario", X: scenario.Value(p, calc.PriceLever(calc.Silver)), Text: view.Money(scenario.Value(p, calc.PriceLever(calc.Silver)), 2)},
	}
	if be.Valid {
		markers = append(markers, view.LineMarker{Label: "Break-even", Kind: "break-even", X: be.Decimal, Text: view.Money(be.Decimal, 2)})
	}
	return series, markers
}

// The price curve: points monotone in x across the plot, each on its
// axis's scale; markers at their prices; one off the chart not drawn.
func TestChartLineGeometry(t *testing.T) {
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
func TestChartLineBreaks(t *testing.T) {
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

// Rendered, each chart is a figure with a caption, an SVG image named by its
// <title> and described by its <desc>, and a table behind "Show as table";
// no element carries a style attribute.
func TestChartRender(t *testing.T) {
	m := fixture.Model(t)
	rows := chartTornadoRows(t, m)
	start, steps, end := chartBridge(t, m)
	series, markers := chartPriceCurve(t, m, calc.Scenario{})
	charts := []struct {
		id    string
		ui    func() app.UI
		geomH decimal.Decimal
		rows  int
	}{
		{"tornado-gp", func() app.UI {
			return tornadoChart("tornado-gp", "Sensitivity of gross profit", "Change in gross profit ($ thousands)", rows)
		}, tornadoGeometry("Change in gross profit ($ thousands)", rows).Height, len(rows)},
		{"bridge-gp", func() app.UI {
			return bridgeChart("bridge-gp", "Gross profit, release to scenario", "Gross profit ($ thousands)", start, steps, end)
		}, bridgeGeometry("Gross profit ($ thousands)", start, steps, end).Height, len(steps) + 2},
		{"curve-lf", func() app.UI {
			return lineChart("curve-lf", "Lucky Friday against the silver price", "Silver price ($ per oz)", "$ thousands", series, markers)
		}, lineGeometry("Silver price ($ per oz)", "$ thousands", series, markers).Height, 41},
	}
	for _, c := range charts {
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
func TestChartEmpty(t *testing.T) {
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
		tornadoChart("a", "A", "x", nil),
		bridgeChart("b", "B", "x", zero, nil, zero),
		lineChart("c", "C", "x", "y", nil, nil),
	} {
		if out := app.HTMLString(ui); !strings.Contains(out, "<svg") {
			t.Errorf("no svg in %s", out)
		}
	}
}

// The table shows the figures as the page prints them.
func TestChartTableText(t *testing.T) {
	rows := []view.TornadoRow{{Label: "Silver price", Low: dec("-2345.6"), High: dec("2345.6"), LowText: "−$2,346", HighText: "+$2,346"}}
	out := app.HTMLString(tornadoChart("t", "Sensitivity", "Change ($ thousands)", rows))
	for _, want := range []string{"−$2,346", "+$2,346", "Silver price", "Lever 10% lower", "Change ($ thousands)", "$(2,000)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

// No float in the chart code: coordinates are decimals.
func TestChartNoFloat(t *testing.T) {
	fset := token.NewFileSet()
	_, self, _, _ := runtime.Caller(0) // TestMain may have moved the working directory
	for _, name := range []string{"chart.go", "chart_bars.go", "chart_line.go"} {
		f, err := parser.ParseFile(fset, filepath.Join(filepath.Dir(self), name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && (id.Name == "float64" || id.Name == "float32") {
				t.Errorf("%s: %s", fset.Position(id.Pos()), id.Name)
			}
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.FLOAT {
				t.Errorf("%s: float literal %s", fset.Position(lit.Pos()), lit.Value)
			}
			return true
		})
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

func BenchmarkChartGeometry(b *testing.B) {
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
