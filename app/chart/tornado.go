package chart

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

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

// Tornado is a sensitivity tornado: one row per lever, in the order
// given (largest effect first is the convention), bars from zero to the
// output's change with the lever 10% lower and 10% higher. axis labels the
// value axis with its unit, e.g. "Change in gross profit ($ thousands)";
// Low and High are in that unit, and a "$" in it writes the ticks as money.
func Tornado(id, title, axis string, rows []view.TornadoRow) app.UI {
	g := tornadoGeometry(axis, rows)
	table := make([][]string, len(rows))
	for i, r := range rows {
		table[i] = []string{r.Label, r.LowText, r.HighText}
	}
	return chartFigure(id, "tornado", title, tornadoDesc(axis, rows), g.Width, g.Height,
		chartTable(axis, []string{"Lever", tornadoLowName, tornadoHighName}, table),
		barChartBody(&g)...)
}
