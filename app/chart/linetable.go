package chart

import (
	"sort"
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// lineDesc describes a line chart in words: the range of x, where each
// series starts and ends, and the markers.
func lineDesc(xUnit string, units []string, axes []int, series []view.LineSeries, g *lineChartGeom) string {
	if len(series) == 0 {
		return "No data."
	}
	var b strings.Builder
	names := make([]string, len(series))
	for i, s := range series {
		names[i] = s.Name
	}
	b.WriteString(strings.Join(names, " and ") + " against " + strings.ToLower(xUnit))
	var first, last *view.LinePoint
	for _, s := range series {
		for i, p := range s.Points {
			if first == nil || p.X.LessThan(first.X) {
				first = &s.Points[i]
			}
			if last == nil || p.X.GreaterThan(last.X) {
				last = &s.Points[i]
			}
		}
	}
	if first == nil {
		return b.String() + ": no points."
	}
	b.WriteString(", from " + first.XText + " to " + last.XText + ".")
	for i, s := range series {
		var valid []view.LinePoint
		for _, p := range sortedPoints(s.Points) {
			if p.Y.Valid {
				valid = append(valid, p)
			}
		}
		b.WriteString(" " + s.Name + " (" + units[axes[i]] + ")")
		if len(valid) == 0 {
			b.WriteString(" does not exist in this range.")
			continue
		}
		a, z := valid[0], valid[len(valid)-1]
		b.WriteString(" is " + a.YText + " at " + a.XText + " and " + z.YText + " at " + z.XText + ".")
	}
	var shown, off []string
	for _, m := range g.Markers {
		t := strings.TrimSpace(m.Label + " " + m.Text)
		if m.Shown {
			shown = append(shown, t)
		} else {
			off = append(off, t)
		}
	}
	if len(shown) > 0 {
		b.WriteString(" Marked: " + strings.Join(shown, "; ") + ".")
	}
	if len(off) > 0 {
		b.WriteString(" Off the chart: " + strings.Join(off, "; ") + ".")
	}
	return b.String()
}

// lineTable is the chart's numbers: one row per x, one column per series.
func lineTable(xUnit string, units []string, axes []int, series []view.LineSeries) app.UI {
	header := []string{xUnit}
	for i, s := range series {
		header = append(header, s.Name+" ("+units[axes[i]]+")")
	}
	type row struct {
		x     decimal.Decimal
		cells []string
	}
	var rows []*row
	byX := map[string]*row{}
	for i, s := range series {
		for _, p := range s.Points {
			k := p.X.String()
			r, ok := byX[k]
			if !ok {
				r = &row{x: p.X, cells: make([]string, len(series)+1)}
				r.cells[0] = p.XText
				for j := range series {
					r.cells[j+1] = view.NotAvailable
				}
				byX[k] = r
				rows = append(rows, r)
			}
			if p.Y.Valid {
				r.cells[i+1] = p.YText
			}
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].x.LessThan(rows[j].x) })
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = r.cells
	}
	caption := strings.Join(units, "; ") + " against " + strings.ToLower(xUnit)
	return chartTable(caption, header, cells)
}
