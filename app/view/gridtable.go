package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// GridTable is one output over two levers' values: the two-driver table
// of a research note, each cell exact, shaded from worst to best for an
// investor, the scenario's own cell marked.
type GridTable struct {
	Output, Label string
	X, Y          GridAxis
	Rows          []GridRow
	// Shades is how many shades the cells take, worst (0) to best.
	Shades int
	// Axes are x's and y's from, to and count as the fields show them
	// (typed, or the default axis's, which follows the scenario), and why
	// a text typed is refused.
	Axes [2]AxisFields
	// Levers are those an axis may take (GridLevers).
	Levers []LeverChoice
	// Error says why there is no table, Rows empty (NewGridRefused).
	Error string
}

// AxisFields are an axis's fields: from, to and how many values.
type AxisFields struct {
	Text  [3]string
	Error string
}

// GridAxis is a lever's values along one side of the table.
type GridAxis struct {
	Lever  string // the lever's URL key
	Label  string // the lever and its unit
	Values []string
	Exact  []string
}

type GridRow struct {
	Y     string
	Cells []GridCell
}

// GridCell is the output at one pair of values. Shade is -1 where the
// figure does not exist; Current marks the scenario's own values.
type GridCell struct {
	Text    string
	Value   string // exact, "" where the figure does not exist
	Shade   int
	Current bool
}

// gridShades is how many shades a table's cells take.
const gridShades = 5

// NewGridTable lays out g, the scenario s's output over two levers, in
// period p; spec formats the output and says which way is better.
func NewGridTable(p *calc.Period, s calc.Scenario, spec Spec, g *calc.Grid) *GridTable {
	t := &GridTable{Output: spec.Metric, Label: spec.Label, X: gridAxis(g.X), Y: gridAxis(g.Y), Shades: gridShades}
	lo, hi, found := decimal.Decimal{}, decimal.Decimal{}, false
	for _, row := range g.Cells {
		for _, c := range row {
			if c.Valid {
				if !found || c.Decimal.LessThan(lo) {
					lo = c.Decimal
				}
				if !found || c.Decimal.GreaterThan(hi) {
					hi = c.Decimal
				}
				found = true
			}
		}
	}
	xNow, yNow := s.Value(p, g.X.Lever), s.Value(p, g.Y.Lever)
	for i, row := range g.Cells {
		r := GridRow{Y: t.Y.Values[i]}
		for j, c := range row {
			cell := GridCell{Text: NotAvailable, Shade: -1, Current: g.X.Values[j].Equal(xNow) && g.Y.Values[i].Equal(yNow)}
			if c.Valid {
				cell.Text, cell.Value = spec.format(c.Decimal), c.Decimal.String()
				cell.Shade = shade(c.Decimal, lo, hi, spec.lowerIsBetter)
			}
			r.Cells = append(r.Cells, cell)
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}

// shade places v between lo and hi in gridShades steps, best last.
func shade(v, lo, hi decimal.Decimal, lowerIsBetter bool) int {
	span := hi.Sub(lo)
	if span.IsZero() {
		return gridShades / 2
	}
	k := int(v.Sub(lo).Mul(decimal.NewFromInt(gridShades)).Div(span).IntPart())
	k = min(k, gridShades-1)
	if lowerIsBetter {
		k = gridShades - 1 - k
	}
	return k
}

func gridAxis(a calc.Axis) GridAxis {
	l := a.Lever
	ax := GridAxis{Lever: l.Key(), Label: l.Describe() + " (" + l.Unit() + ")"}
	for _, v := range a.Values {
		// A typed axis's steps carry calc.Steps' places, zeros too: the
		// heading shows the figure ($10.00, not $10.000000000000).
		plain, _ := decimal.NewFromString(v.String())
		ax.Values = append(ax.Values, FormatLever(l, plain))
		ax.Exact = append(ax.Exact, v.String())
	}
	return ax
}

// GridOutputs are the outputs a two-driver table shows: the key figures,
// then the guidance's figures for the year.
func GridOutputs(p *calc.Period) []Spec {
	specs := compareSpecs()
	for _, s := range SeekOutputs(p) {
		if strings.HasPrefix(s.Metric, yearPrefix) {
			specs = append(specs, s)
		}
	}
	return specs
}

// GridSpec is the spec of a grid's output metric in period p.
func GridSpec(p *calc.Period, metric string) (Spec, bool) {
	for _, s := range GridOutputs(p) {
		if s.Metric == metric {
			return s, true
		}
	}
	return Spec{}, false
}

// GridCSV is the table as CSV: the output, its unit and both axes' levers
// and units, then a row per y value, the exact figures.
func GridCSV(g *calc.Grid, label string) string {
	var b strings.Builder
	line := func(cells ...string) { b.WriteString(strings.Join(cells, ",") + "\n") }
	line("output", g.Output, csvCell(label), csvCell(metricUnit(g.Output)))
	line("x", g.X.Lever.Key(), csvCell(g.X.Lever.Describe()), csvCell(g.X.Lever.Unit()))
	line("y", g.Y.Lever.Key(), csvCell(g.Y.Lever.Describe()), csvCell(g.Y.Lever.Unit()))
	head := []string{g.Y.Lever.Key() + " \\ " + g.X.Lever.Key()}
	for _, v := range g.X.Values {
		head = append(head, v.String())
	}
	line(head...)
	for i, row := range g.Cells {
		cells := []string{g.Y.Values[i].String()}
		for _, c := range row {
			if c.Valid {
				cells = append(cells, c.Decimal.String())
			} else {
				cells = append(cells, "")
			}
		}
		line(cells...)
	}
	return b.String()
}
