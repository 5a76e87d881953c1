package chart

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The charts' inputs as the view model makes them from the release.

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
