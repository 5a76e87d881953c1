package chart

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// bridgeGeometry lays out a bridge: row 0 is start, rows 1..len(steps) the
// steps, the last row end; one bar per row, Bars[i] on row i. include
// widens the value axis to reach more values, so that two bridges side by
// side can share a scale.
func bridgeGeometry(axis string, start view.BridgeStep, steps []view.BridgeStep, end view.BridgeStep, include ...decimal.Decimal) barChartGeom {
	all := append(append([]view.BridgeStep{start}, steps...), end)
	sp := barFrameSpec{axis: axis, top: chartInt(8), rowH: bridgeRowHeight, values: append([]decimal.Decimal(nil), include...)}
	type span struct{ from, to decimal.Decimal }
	spans := make([]span, len(all))
	run := chartZero
	for i, s := range all {
		if i == 0 || i == len(all)-1 || s.Subtotal {
			spans[i] = span{chartZero, s.Amount}
			run = s.Amount
		} else {
			spans[i] = span{run, run.Add(s.Amount)}
			run = spans[i].to
		}
		sp.labels = append(sp.labels, s.Label)
		sp.values = append(sp.values, spans[i].from, spans[i].to)
		sp.valueTexts = append(sp.valueTexts, s.Text)
		if spans[i].to.LessThan(spans[i].from) {
			sp.labelsLeft = true
		} else {
			sp.labelsRight = true
		}
	}
	g := barFrame(sp)
	h := decimal.NewFromInt(18)
	for i, s := range all {
		class := "bar step " + toneClass(s.Tone)
		if i == 0 || i == len(all)-1 || s.Subtotal {
			class = "bar total"
		}
		g.bar(i, spans[i].from, spans[i].to, g.rowTop(i).Add(chartInt(5)), h, class, s.Text)
	}
	for i := 0; i+1 < len(g.Bars); i++ {
		x := g.Bars[i].X1
		g.Connectors = append(g.Connectors, lineGeom{
			X1: x, Y1: g.Bars[i].Y.Add(h), X2: x, Y2: g.Bars[i+1].Y, Class: "connector",
		})
	}
	return g
}

// bridgeDesc describes a bridge in words, naming its largest step.
func bridgeDesc(axis string, start view.BridgeStep, steps []view.BridgeStep, end view.BridgeStep) string {
	d := "From " + start.Label + ", " + start.Text + ", to " + end.Label + ", " + end.Text
	best, n := -1, 0
	for i, s := range steps {
		if s.Subtotal {
			continue
		}
		n++
		if best < 0 || s.Amount.Abs().GreaterThan(steps[best].Amount.Abs()) {
			best = i
		}
	}
	if best < 0 {
		return d + ", with no step between. Axis: " + axis + "."
	}
	return d + ", in " + countOf(n, "step", "steps") + ". Axis: " + axis + ". Largest step: " + steps[best].Label + ", " + steps[best].Text + "."
}

// Bridge is a bridge (waterfall): a start bar, steps floating from
// the running total (a rise to the right), subtotals and an end bar from
// zero. axis labels the value axis with its unit, e.g. "Gross profit ($
// thousands)"; amounts are in that unit. include widens the axis (see
// bridgeGeometry). The end bar is drawn at end.Amount: when the parts add
// up, it ends where the last step does.
func Bridge(id, title, axis string, start view.BridgeStep, steps []view.BridgeStep, end view.BridgeStep, include ...decimal.Decimal) app.UI {
	g := bridgeGeometry(axis, start, steps, end, include...)
	all := append(append([]view.BridgeStep{start}, steps...), end)
	table := make([][]string, len(all))
	for i, s := range all {
		table[i] = []string{s.Label, s.Text}
	}
	return chartFigure(id, "bridge", title, bridgeDesc(axis, start, steps, end), g.Width, g.Height,
		chartTable(axis, []string{"Step", "Amount"}, table),
		barChartBody(&g)...)
}
