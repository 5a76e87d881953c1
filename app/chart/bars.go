package chart

import (
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

// clampDec keeps d within [lo, hi].
func clampDec(d, lo, hi decimal.Decimal) decimal.Decimal {
	return decimal.Min(decimal.Max(d, lo), hi)
}

// toneClass is a tone as a class; an unset tone is "same".
func toneClass(t view.Tone) string {
	if t == "" {
		return string(view.ToneSame)
	}
	return string(t)
}
