package chart

import (
	"sort"
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/shopspring/decimal"
)

// A line chart: x is a price, one or two series against it, vertical
// markers at named prices. A series in another unit than the chart's y
// axis gets an axis of its own on the right.

type pointGeom struct{ X, Y decimal.Decimal }

// seriesGeom is a series drawn: the runs of valid points, each a polyline,
// on axis 0 (left) or 1 (right).
type seriesGeom struct {
	Name     string
	Class    string
	Axis     int
	Segments [][]pointGeom
}

// markerGeom is a marker drawn, or not Shown when its x is off the chart.
type markerGeom struct {
	view.LineMarker
	Shown   bool
	Line    lineGeom
	Caption textGeom // the label above the plot
}

// lineChartGeom is a line chart's shapes in viewBox units.
type lineChartGeom struct {
	Width, Height       decimal.Decimal
	PlotLeft, PlotRight decimal.Decimal
	PlotTop, PlotBottom decimal.Decimal
	X                   linearScale
	// Y has one scale per axis: the left, and the right if a series needs it;
	// Units and YTicks follow it.
	Y        []linearScale
	Units    []string
	XTicks   []tickGeom
	YTicks   [][]tickGeom
	Series   []seriesGeom
	Markers  []markerGeom
	Legend   []textGeom
	Swatches []lineGeom
	Labels   []textGeom // the axes' labels
	// Zero is the left axis's zero line, when zero is inside its domain.
	Zero *lineGeom
}

var linePlotHeight = decimal.NewFromInt(240)

// lineAxes assigns each series an axis: 0 for the left (unit), 1 for the
// right (units[1]).
func lineAxes(yUnit string, series []view.LineSeries) (axes []int, units []string) {
	left := yUnit
	if left == "" && len(series) > 0 {
		left = series[0].Unit
	}
	units = []string{left}
	axes = make([]int, len(series))
	for i, s := range series {
		if s.Unit == "" || s.Unit == left {
			continue
		}
		if len(units) == 1 {
			units = append(units, s.Unit)
		}
		axes[i] = 1
	}
	return axes, units
}

// sortedPoints is a series' points by x, equal x in their order.
func sortedPoints(ps []view.LinePoint) []view.LinePoint {
	out := append([]view.LinePoint(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].X.LessThan(out[j].X) })
	return out
}

// lineGeometry lays out a line chart. xUnit labels the x axis with its unit
// ("Silver price ($ per oz)"), yUnit the left axis ("$ thousands").
func lineGeometry(xUnit, yUnit string, series []view.LineSeries, markers []view.LineMarker) lineChartGeom {
	axes, units := lineAxes(yUnit, series)
	g := lineChartGeom{Width: chartWidth, Units: units}

	// Domains: x from the first point to the last, y from ticks round the
	// valid values and zero.
	xlo, xhi, seen := chartZero, chartZero, false
	ylo := make([]decimal.Decimal, len(units))
	yhi := make([]decimal.Decimal, len(units))
	for i := range units {
		ylo[i], yhi[i] = chartZero, chartZero
	}
	for i, s := range series {
		for _, p := range s.Points {
			if !seen {
				xlo, xhi, seen = p.X, p.X, true
			}
			xlo, xhi = decimal.Min(xlo, p.X), decimal.Max(xhi, p.X)
			if p.Y.Valid {
				a := axes[i]
				ylo[a], yhi[a] = decimal.Min(ylo[a], p.Y.Decimal), decimal.Max(yhi[a], p.Y.Decimal)
			}
		}
	}
	if !xhi.GreaterThan(xlo) {
		xhi = xlo.Add(decimal.NewFromInt(1))
	}
	xValues, xStep := niceTicks(xlo, xhi, 6)
	yValues := make([][]decimal.Decimal, len(units))
	ySteps := make([]decimal.Decimal, len(units))
	yTexts := make([][]string, len(units))
	for a, u := range units {
		yValues[a], ySteps[a] = niceTicks(ylo[a], yhi[a], 5)
		yTexts[a] = tickTexts(u, yValues[a], ySteps[a])
	}

	// Across: the tick labels of the y axes either side.
	g.PlotLeft = chartRound(chartMargin.Add(widest(yTexts[0]...)).Add(chartInt(8)))
	right := widest(tickTexts(xUnit, xValues, xStep)...).Div(chartInt(2))
	if len(units) > 1 {
		right = decimal.Max(right, widest(yTexts[1]...).Add(chartInt(8)))
	}
	g.PlotRight = chartRound(chartWidth.Sub(chartMargin).Sub(right))
	g.X = linearScale{D0: xlo, D1: xhi, R0: g.PlotLeft, R1: g.PlotRight}

	// Down: legend, axis units, one row per marker label, the plot, the x
	// axis.
	y := chartZero
	for i, s := range series {
		y = chartInt(14 + 18*i)
		name := s.Name
		if len(units) > 1 {
			name += [...]string{" (left axis)", " (right axis)"}[axes[i]]
		}
		class := seriesClass(i)
		g.Swatches = append(g.Swatches, lineGeom{X1: chartMargin, Y1: y.Sub(chartInt(4)), X2: chartInt(32), Y2: y.Sub(chartInt(4)), Class: class})
		g.Legend = append(g.Legend, textGeom{X: chartInt(38), Y: y, Class: "legend", Text: name})
	}
	unitY := y.Add(chartInt(18))
	g.Labels = append(g.Labels, textGeom{X: chartMargin, Y: unitY, Class: "axis-label", Text: units[0]})
	if len(units) > 1 {
		g.Labels = append(g.Labels, textGeom{X: chartWidth.Sub(chartMargin), Y: unitY, Anchor: "end", Class: "axis-label", Text: units[1]})
	}
	rowY := unitY
	for _, m := range markers {
		mg := markerGeom{LineMarker: m, Shown: g.X.contains(m.X)}
		if mg.Shown {
			rowY = rowY.Add(chartInt(16))
			mg.Caption = textGeom{Y: rowY, Class: "marker-label " + m.Kind, Text: strings.TrimSpace(m.Label + " " + m.Text)}
		}
		g.Markers = append(g.Markers, mg)
	}
	g.PlotTop = rowY.Add(chartInt(10))
	g.PlotBottom = g.PlotTop.Add(linePlotHeight)
	g.Height = g.PlotBottom.Add(chartInt(44))
	g.Labels = append(g.Labels, textGeom{
		X: chartRound(g.PlotLeft.Add(g.PlotRight).Div(chartInt(2))), Y: g.PlotBottom.Add(chartInt(34)),
		Anchor: "middle", Class: "axis-label", Text: xUnit,
	})

	g.XTicks = axisTicks(xUnit, g.X, xValues, xStep)
	for a, u := range units {
		s := linearScale{D0: yValues[a][0], D1: yValues[a][len(yValues[a])-1], R0: g.PlotBottom, R1: g.PlotTop}
		g.Y = append(g.Y, s)
		g.YTicks = append(g.YTicks, axisTicks(u, s, yValues[a], ySteps[a]))
	}
	if s := g.Y[0]; s.D0.Sign() < 0 && s.D1.Sign() > 0 {
		z := s.pos(chartZero)
		g.Zero = &lineGeom{X1: g.PlotLeft, Y1: z, X2: g.PlotRight, Y2: z, Class: "zero"}
	}

	for i, s := range series {
		sg := seriesGeom{Name: s.Name, Class: seriesClass(i), Axis: axes[i]}
		var run []pointGeom
		for _, p := range sortedPoints(s.Points) {
			if !p.Y.Valid {
				if len(run) > 0 {
					sg.Segments = append(sg.Segments, run)
				}
				run = nil
				continue
			}
			run = append(run, pointGeom{X: g.X.pos(p.X), Y: g.Y[axes[i]].pos(p.Y.Decimal)})
		}
		if len(run) > 0 {
			sg.Segments = append(sg.Segments, run)
		}
		g.Series = append(g.Series, sg)
	}

	for i := range g.Markers {
		m := &g.Markers[i]
		if !m.Shown {
			continue
		}
		x := g.X.pos(m.X)
		m.Line = lineGeom{X1: x, Y1: m.Caption.Y.Add(chartInt(4)), X2: x, Y2: g.PlotBottom, Class: "marker " + m.Kind}
		m.Caption.X, m.Caption.Anchor = x, "middle"
		half := textWidth(m.Caption.Text).Div(chartInt(2))
		switch {
		case x.Sub(half).LessThan(chartMargin):
			m.Caption.Anchor = "start"
		case x.Add(half).GreaterThan(chartWidth.Sub(chartMargin)):
			m.Caption.Anchor = "end"
		}
	}
	return g
}

// seriesClass is the i-th series' class: its stroke and dash.
func seriesClass(i int) string { return "series s" + strconv.Itoa(i) }
