package view

import (
	"strings"
	"sync"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Output is a figure of the output contract in a table cell: its name, its
// unrounded value ("" where it is absent), its text and a note under it.
type Output struct {
	Metric, Value, Text, Note string
}

// Sensitivities is the analyst's rule of thumb at the scenario: for a step
// of each metal's price, what each of a few outputs gains in the quarter,
// and in a year at that rate.
type Sensitivities struct {
	Steps []string // the column heads: "Silver +$1.00/oz"
	Rows  []SensitivityRow
}

// SensitivityRow is one output's changes, a cell per price step.
type SensitivityRow struct {
	Label string
	Cells []Output
}

// quartersInYear makes a quarter's change a year's at that rate.
var quartersInYear = decimal.NewFromInt(4)

func sensitivities(cur Outputs) Sensitivities {
	var t Sensitivities
	for _, m := range calc.Metals() {
		t.Steps = append(t.Steps, m.Name()+" +"+Money(m.PriceStep(), 2)+strings.TrimPrefix(m.PriceUnit(), "$"))
	}
	for i, y := range calc.SensitivityOutputs() {
		spec := sensitivitySpecs()[i]
		row := SensitivityRow{Label: spec.Label}
		for _, m := range calc.Metals() {
			name := "sensitivity." + m.Slug() + "." + y
			o := Output{Metric: name, Text: NotAvailable}
			if v := cur[name]; v.Valid {
				o.Value = v.Decimal.String()
				o.Text = ruleOfThumb(spec, v.Decimal)
				o.Note = "a year: " + ruleOfThumb(spec, v.Decimal.Mul(quartersInYear))
			}
			row.Cells = append(row.Cells, o)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// outputSpec is the spec of one of the company's or a segment's outputs,
// its label naming the scope where the company's tables do not.
func outputSpec(metric string) Spec {
	for _, s := range companySpecs() {
		if s.Metric == metric {
			return s
		}
	}
	for _, sg := range calc.Segments() {
		for _, s := range segmentSpecs(sg) {
			if s.Metric == metric {
				s.Label = sg.Name() + ": " + strings.ToLower(s.Label)
				return s
			}
		}
	}
	if s, ok := extraSpec(metric); ok {
		return s
	}
	return Spec{Metric: metric, Label: metric, kind: kindThousands}
}

// signedFigure is a change in a figure's format, with its sign, at a
// finer precision where the figure's own would show none.
func signedFigure(spec Spec, d decimal.Decimal) string {
	if d.IsZero() {
		return spec.format(d)
	}
	shown := spec.format(d)
	if shown == spec.format(decimal.Zero) {
		shown = spec.finer(d)
	}
	return signed(shown, d)
}

// ruleOfThumb is a price step's change of a figure, with its sign, to the
// figure's own places, and a cost per ounce to cents at least (the
// release prints gold's in whole dollars, and a step moves it by cents);
// finer where those would show none ($0.003 a share).
func ruleOfThumb(spec Spec, d decimal.Decimal) string {
	extra := int32(0)
	if spec.kind == kindPerOz {
		extra = max(0, 2-perOzPlaces(spec.metal))
	}
	shown := spec.formatAt(d, extra)
	if d.IsZero() {
		return shown
	}
	if shown == spec.formatAt(decimal.Zero, extra) {
		shown = spec.finerThan(d, extra)
	}
	return signed(shown, d)
}

// sensitivitySpecs are the specs of calc.SensitivityOutputs, in its order;
// made once.
var sensitivitySpecs = sync.OnceValue(func() []Spec {
	var specs []Spec
	for _, y := range calc.SensitivityOutputs() {
		specs = append(specs, outputSpec(y))
	}
	return specs
})
