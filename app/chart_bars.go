package main

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// Horizontal bar charts: a label column on the left, one row per label, a
// value axis along the bottom with zero marked. The tornado draws two bars a
// row from zero; the bridge floats each step from the running total.

// barGeom is one bar: the values it spans (From to To), their pixels (X0
// at From, X1 at To), its rectangle (X the left edge, W = |X1 − X0|) and
// the value label beyond the end it grows towards.
type barGeom struct {
	rectGeom
	Row      int
	From, To decimal.Decimal
	X0, X1   decimal.Decimal
	Label    textGeom
}

// barChartGeom is a horizontal bar chart's shapes in viewBox units.
type barChartGeom struct {
	Width, Height       decimal.Decimal
	Scale               linearScale // values to x
	PlotLeft, PlotRight decimal.Decimal
	PlotTop, PlotBottom decimal.Decimal
	RowHeight           decimal.Decimal
	ZeroX               decimal.Decimal
	Ticks               []tickGeom
	Bars                []barGeom
	RowLabels           []textGeom
	Connectors          []lineGeom // bridge: running total from a bar to the next
	Legend              []textGeom
	AxisLabel           textGeom
}

var (
	tornadoRowHeight = decimal.NewFromInt(40)
	bridgeRowHeight  = decimal.NewFromInt(28)
	barLabelGap      = decimal.NewFromInt(4)
	labelColumnMin   = decimal.NewFromInt(40)
	labelColumnMax   = decimal.NewFromInt(240)
)

// barFrameSpec is what the frame of a bar chart depends on.
type barFrameSpec struct {
	axis       string
	labels     []string
	values     []decimal.Decimal // every value the axis must reach; zero is added
	valueTexts []string
	// labelsLeft and labelsRight say whether some value label is written
	// left or right of its bar, so room is kept for it.
	labelsLeft, labelsRight bool
	top, rowH               decimal.Decimal
}

// barFrame lays out the label column, the scale and the axis.
func barFrame(sp barFrameSpec) barChartGeom {
	lo, hi := chartZero, chartZero
	for _, v := range sp.values {
		lo, hi = decimal.Min(lo, v), decimal.Max(hi, v)
	}
	values, step := niceTicks(lo, hi, 5)
	texts := tickTexts(sp.axis, values, step)

	cut := make([]string, len(sp.labels))
	for i, l := range sp.labels {
		cut[i], _ = cutLabel(l)
	}
	labelW := clampDec(widest(cut...), labelColumnMin, labelColumnMax)
	valueW := widest(sp.valueTexts...).Add(barLabelGap).Add(chartInt(2))
	half := widest(texts...).Div(chartInt(2))
	padL, padR := half, half
	if sp.labelsLeft {
		padL = decimal.Max(padL, valueW)
	}
	if sp.labelsRight {
		padR = decimal.Max(padR, valueW)
	}
	g := barChartGeom{Width: chartWidth, RowHeight: sp.rowH}
	g.PlotLeft = chartRound(chartMargin.Add(labelW).Add(chartInt(8)).Add(padL))
	g.PlotRight = chartRound(chartWidth.Sub(chartMargin).Sub(padR))
	g.PlotTop = sp.top
	g.PlotBottom = sp.top.Add(sp.rowH.Mul(chartInt(len(sp.labels))))
	g.Height = g.PlotBottom.Add(chartInt(44))
	// The domain is the values' extent, zero included: the bars use the
	// whole plot and the ticks fall inside it.
	if lo.Equal(hi) {
		lo, hi = values[0], values[len(values)-1]
	}
	g.Scale = linearScale{D0: lo, D1: hi, R0: g.PlotLeft, R1: g.PlotRight}
	g.ZeroX = g.Scale.pos(chartZero)
	g.Ticks = axisTicks(sp.axis, g.Scale, values, step)
	half2 := sp.rowH.Div(chartInt(2))
	for i, l := range sp.labels {
		t := textGeom{
			X: chartMargin.Add(labelW), Y: chartRound(g.rowTop(i).Add(half2)),
			Anchor: "end", Middle: true, Class: "row-label",
		}
		t.Text, _ = cutLabel(l)
		if t.Text != l {
			t.Full = l
		}
		g.RowLabels = append(g.RowLabels, t)
	}
	g.AxisLabel = textGeom{
		X: chartRound(g.PlotLeft.Add(g.PlotRight).Div(chartInt(2))), Y: g.PlotBottom.Add(chartInt(34)),
		Anchor: "middle", Class: "axis-label", Text: sp.axis,
	}
	return g
}

// rowTop is the y of row i's band.
func (g *barChartGeom) rowTop(i int) decimal.Decimal {
	return g.PlotTop.Add(g.RowHeight.Mul(chartInt(i)))
}

// bar draws row's bar from one value to another, y and h within the chart.
func (g *barChartGeom) bar(row int, from, to, y, h decimal.Decimal, class, text string) {
	x0, x1 := g.Scale.pos(from), g.Scale.pos(to)
	b := barGeom{Row: row, From: from, To: to, X0: x0, X1: x1}
	b.rectGeom = rectGeom{X: decimal.Min(x0, x1), Y: y, W: x1.Sub(x0).Abs(), H: h, Class: class}
	ly := chartRound(y.Add(h.Div(chartInt(2))))
	if to.LessThan(from) {
		b.Label = textGeom{X: b.X.Sub(barLabelGap), Y: ly, Anchor: "end", Middle: true, Class: "value", Text: text}
	} else {
		b.Label = textGeom{X: b.X.Add(b.W).Add(barLabelGap), Y: ly, Middle: true, Class: "value", Text: text}
	}
	g.Bars = append(g.Bars, b)
}

// Tornado.

// tornadoLowName and tornadoHighName name the two bars of a row.
const (
	tornadoLowName  = "Lever 10% lower"
	tornadoHighName = "Lever 10% higher"
)

// tornadoGeometry lays out a tornado: row i has two bars from zero, the
// upper to rows[i].Low (Bars[2i]) and the lower to rows[i].High
// (Bars[2i+1]).
func tornadoGeometry(axis string, rows []view.TornadoRow) barChartGeom {
	sp := barFrameSpec{axis: axis, top: chartInt(26), rowH: tornadoRowHeight}
	for _, r := range rows {
		sp.labels = append(sp.labels, r.Label)
		sp.values = append(sp.values, r.Low, r.High)
		sp.valueTexts = append(sp.valueTexts, r.LowText, r.HighText)
		for _, v := range []decimal.Decimal{r.Low, r.High} {
			if v.Sign() < 0 {
				sp.labelsLeft = true
			} else {
				sp.labelsRight = true
			}
		}
	}
	g := barFrame(sp)
	g.Legend = []textGeom{{
		X: chartMargin, Y: chartInt(14), Class: "legend",
		Text: "Upper bar: " + strings.ToLower(tornadoLowName) + " · lower bar: " + strings.ToLower(tornadoHighName),
	}}
	h := decimal.NewFromInt(14)
	for i, r := range rows {
		top := g.rowTop(i)
		g.bar(i, chartZero, r.Low, top.Add(chartInt(5)), h, "bar low "+toneClass(r.LowTone), r.LowText)
		g.bar(i, chartZero, r.High, top.Add(chartInt(21)), h, "bar high "+toneClass(r.HighTone), r.HighText)
	}
	return g
}

// tornadoDesc describes a tornado in words, naming its largest bar.
func tornadoDesc(axis string, rows []view.TornadoRow) string {
	if len(rows) == 0 {
		return "No levers to show."
	}
	best := 0
	for i, r := range rows {
		if tornadoReach(r).GreaterThan(tornadoReach(rows[best])) {
			best = i
		}
	}
	r := rows[best]
	return countOf(len(rows), "lever", "levers") + ", each moved alone; in each row the upper bar is the change with the lever 10% lower " +
		"and the lower bar the change with it 10% higher. Axis: " + axis + ". Largest: " + r.Label + ", " + r.LowText +
		" with the lever 10% lower and " + r.HighText + " with it 10% higher."
}

func tornadoReach(r view.TornadoRow) decimal.Decimal { return decimal.Max(r.Low.Abs(), r.High.Abs()) }

// tornadoChart is a sensitivity tornado: one row per lever, in the order
// given (largest effect first is the convention), bars from zero to the
// output's change with the lever 10% lower and 10% higher. axis labels the
// value axis with its unit, e.g. "Change in gross profit ($ thousands)";
// Low and High are in that unit, and a "$" in it writes the ticks as money.
func tornadoChart(id, title, axis string, rows []view.TornadoRow) app.UI {
	g := tornadoGeometry(axis, rows)
	table := make([][]string, len(rows))
	for i, r := range rows {
		table[i] = []string{r.Label, r.LowText, r.HighText}
	}
	return chartFigure(id, "tornado", title, tornadoDesc(axis, rows), g.Width, g.Height,
		chartTable(axis, []string{"Lever", tornadoLowName, tornadoHighName}, table),
		barChartBody(&g)...)
}

// Bridge.

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

// bridgeChart is a bridge (waterfall): a start bar, steps floating from
// the running total (a rise to the right), subtotals and an end bar from
// zero. axis labels the value axis with its unit, e.g. "Gross profit ($
// thousands)"; amounts are in that unit. include widens the axis (see
// bridgeGeometry). The end bar is drawn at end.Amount: when the parts add
// up, it ends where the last step does.
func bridgeChart(id, title, axis string, start view.BridgeStep, steps []view.BridgeStep, end view.BridgeStep, include ...decimal.Decimal) app.UI {
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

// barChartBody renders a bar chart's shapes: grid and ticks, bars, the
// zero line over them, labels.
func barChartBody(g *barChartGeom) []app.UI {
	grid := make([]lineGeom, 0, len(g.Ticks)*2)
	labels := make([]textGeom, 0, len(g.Ticks))
	tickY := g.PlotBottom.Add(chartInt(16))
	for _, t := range g.Ticks {
		grid = append(grid, lineGeom{X1: t.Pos, Y1: g.PlotTop, X2: t.Pos, Y2: g.PlotBottom, Class: "grid"})
		grid = append(grid, lineGeom{X1: t.Pos, Y1: g.PlotBottom, X2: t.Pos, Y2: g.PlotBottom.Add(chartInt(4)), Class: "tick"})
		labels = append(labels, textGeom{X: t.Pos, Y: tickY, Anchor: "middle", Class: "tick-label", Text: t.Text})
	}
	values := make([]textGeom, len(g.Bars))
	for i, b := range g.Bars {
		values[i] = b.Label
	}
	return []app.UI{
		svgTexts(g.Legend),
		svgGroup("axis",
			svgLines(grid),
			svgLine(lineGeom{X1: g.PlotLeft, Y1: g.PlotBottom, X2: g.PlotRight, Y2: g.PlotBottom, Class: "axis-line"}),
			svgTexts(labels),
			svgText(g.AxisLabel),
		),
		svgGroup("bars", app.Range(g.Bars).Slice(func(i int) app.UI { return svgRect(g.Bars[i].rectGeom) })),
		svgLines(g.Connectors),
		svgLine(lineGeom{X1: g.ZeroX, Y1: g.PlotTop, X2: g.ZeroX, Y2: g.PlotBottom, Class: "zero"}),
		svgTexts(g.RowLabels),
		svgTexts(values),
	}
}
