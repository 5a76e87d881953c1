package chart

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Line is a line chart of one or two series against a price, with
// vertical markers at named prices (baseline, scenario, break-even); a
// marker off the x range is listed, not drawn. xUnit labels the x axis
// with its unit ("Silver price ($ per oz)"); yUnit is the left axis's unit
// ("$ thousands"), and a series with another Unit gets the right axis. A
// "$" in an axis's label writes its ticks as money.
func Line(id, title, xUnit, yUnit string, series []view.LineSeries, markers []view.LineMarker) app.UI {
	g := lineGeometry(xUnit, yUnit, series, markers)
	axes, units := lineAxes(yUnit, series)
	notes := make([]app.UI, len(g.Markers))
	for i, m := range g.Markers {
		t := m.Label + ": " + m.Text
		if !m.Shown {
			t += " (off the chart)"
		}
		notes[i] = app.Elem("li").Text(t)
	}
	table := app.Elem("div").Body(
		lineTable(xUnit, units, axes, series),
		app.If(len(notes) > 0, func() app.UI { return app.Elem("ul").Class("chart-markers").Body(notes...) }),
	)
	return chartFigure(id, "line", title, lineDesc(xUnit, units, axes, series, &g), g.Width, g.Height,
		table, lineChartBody(&g)...)
}

// lineChartBody renders a line chart's shapes.
func lineChartBody(g *lineChartGeom) []app.UI {
	var grid []lineGeom
	var labels []textGeom
	for _, t := range g.XTicks {
		grid = append(grid, lineGeom{X1: t.Pos, Y1: g.PlotBottom, X2: t.Pos, Y2: g.PlotBottom.Add(chartInt(4)), Class: "tick"})
		labels = append(labels, textGeom{X: t.Pos, Y: g.PlotBottom.Add(chartInt(16)), Anchor: "middle", Class: "tick-label", Text: t.Text})
	}
	for a, ticks := range g.YTicks {
		for _, t := range ticks {
			if a == 0 {
				grid = append(grid, lineGeom{X1: g.PlotLeft, Y1: t.Pos, X2: g.PlotRight, Y2: t.Pos, Class: "grid"})
				labels = append(labels, textGeom{X: g.PlotLeft.Sub(chartInt(6)), Y: t.Pos, Anchor: "end", Middle: true, Class: "tick-label", Text: t.Text})
			} else {
				grid = append(grid, lineGeom{X1: g.PlotRight, Y1: t.Pos, X2: g.PlotRight.Add(chartInt(4)), Y2: t.Pos, Class: "tick"})
				labels = append(labels, textGeom{X: g.PlotRight.Add(chartInt(6)), Y: t.Pos, Middle: true, Class: "tick-label", Text: t.Text})
			}
		}
	}
	axes := []lineGeom{
		{X1: g.PlotLeft, Y1: g.PlotBottom, X2: g.PlotRight, Y2: g.PlotBottom, Class: "axis-line"},
		{X1: g.PlotLeft, Y1: g.PlotTop, X2: g.PlotLeft, Y2: g.PlotBottom, Class: "axis-line"},
	}
	if len(g.Y) > 1 {
		axes = append(axes, lineGeom{X1: g.PlotRight, Y1: g.PlotTop, X2: g.PlotRight, Y2: g.PlotBottom, Class: "axis-line"})
	}
	var marks []lineGeom
	var markLabels []textGeom
	for _, m := range g.Markers {
		if m.Shown {
			marks = append(marks, m.Line)
			markLabels = append(markLabels, m.Caption)
		}
	}
	return []app.UI{
		svgLines(g.Swatches),
		svgTexts(g.Legend),
		svgGroup("axis", svgLines(grid), svgLines(axes), svgTexts(labels), svgTexts(g.Labels)),
		app.If(g.Zero != nil, func() app.UI { return svgLine(*g.Zero) }),
		svgGroup("markers", svgLines(marks), svgTexts(markLabels)),
		svgGroup("lines", app.Range(g.Series).Slice(func(i int) app.UI {
			return svgElem("path").Class(g.Series[i].Class).Attr("d", pathData(g.Series[i].Segments))
		})),
	}
}

// pathData is an SVG path through each segment; a lone point is a dot.
func pathData(segs [][]pointGeom) string {
	var b strings.Builder
	for _, seg := range segs {
		for i, p := range seg {
			if i == 0 {
				b.WriteString("M")
			} else {
				b.WriteString("L")
			}
			b.WriteString(px(p.X) + " " + px(p.Y))
		}
		if len(seg) == 1 {
			b.WriteString("l0 0")
		}
	}
	return b.String()
}
