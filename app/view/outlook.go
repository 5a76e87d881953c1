package view

import (
	"strings"
	"sync"

	"github.com/hecla-calc/calculator/calc"
)

// Outlook is the year 2007 the scenario leads to, beside the company's
// guidance for it: the first quarter as reported and three more like the
// scenario's (docs/model.md, "Investor views"). Nil outside the first
// quarter of 2007, whose release the guidance is.
type Outlook struct {
	Guidance []GuidanceRow
	Year     []Figure // the year's figures, against the outlook at the release's levers
}

// GuidanceRow is one of the release's estimates for the year: its figure in
// the release's words (Estimate, and the sentence it is from), the
// outlook's figure, and whether the outlook meets it, by how much.
type GuidanceRow struct {
	Key               string // the outlook output it judges
	Subject           string // the figure it is of: "Company: silver produced (oz)"
	Estimate, Source  string
	Outlook           string
	Verdict, Distance string
	Tone              Tone
	First             bool // the table's first row, as Figure.First
}

func outlookOf(v *calc.Views, cur, base Outputs, src func(metric string) Source) *Outlook {
	if v.Outlook == nil {
		return nil
	}
	specs := yearSpecs()
	o := &Outlook{Year: figures(specs, cur, base, src)}
	for _, g := range v.Guidance {
		spec := Spec{Metric: g.Output, Label: g.Output, kind: kindThousands}
		for _, s := range specs {
			if s.Metric == g.Output {
				spec = s
			}
		}
		row := GuidanceRow{Key: g.Output, Subject: spec.Label, Estimate: comparisonWords(g.Comparison) + spec.format(g.Figure), Source: g.Sentence,
			Outlook: NotAvailable, Verdict: "no outlook", Tone: ToneSame, First: len(o.Guidance) == 0}
		if g.Outlook.Valid {
			row.Outlook = spec.format(g.Outlook.Decimal)
			row.Verdict, row.Tone = "misses", ToneWorse
			if g.Met {
				row.Verdict, row.Tone = "meets", ToneBetter
			}
			row.Distance = signedFigure(spec, g.Distance.Decimal)
		}
		o.Guidance = append(o.Guidance, row)
	}
	return o
}

// comparisonWords say how an estimate is met.
func comparisonWords(c calc.Comparison) string {
	switch c {
	case calc.AtMost:
		return "at most "
	case calc.Below:
		return "below "
	}
	return "at least "
}

// yearSpecs are the outlook's figures, in the contract's order: the
// company's, then each mine's and segment's. Made once: no period or lever
// changes them.
var yearSpecs = sync.OnceValue(func() []Spec {
	var specs []Spec
	for _, m := range calc.OutputNames() {
		if strings.HasPrefix(m, yearPrefix) {
			specs = append(specs, yearSpec(m))
		}
	}
	return specs
})

const yearPrefix = "fy2007."

// yearSpec is the spec of an outlook output: the quarter's figure's, named
// for the year.
func yearSpec(metric string) Spec {
	name := strings.TrimPrefix(metric, yearPrefix)
	spec := scopedSpec(name)
	// The year's own figures keep their label's capitals ("Hollister"):
	// scopedSpec lowers the quarter's labels after the scope.
	for _, s := range yearOnlySpecs() {
		if s.Metric == name {
			spec = s
			spec.Label = "Company: " + s.Label
		}
	}
	spec.Metric, spec.why = metric, ""
	return spec
}

// scopedSpec is the spec of any scope's output, its label naming the
// scope ("Lucky Friday: total cash cost per oz", "Company: sales"), for the
// tables and charts that mix scopes.
func scopedSpec(metric string) Spec {
	if strings.HasPrefix(metric, calc.CompanyScope+".") {
		spec := outputSpec(metric)
		for _, s := range productionSpecs() {
			if s.Metric == metric {
				spec = s
			}
		}
		spec.Label = "Company: " + strings.ToLower(spec.Label)
		return spec
	}
	for _, m := range calc.Mines() {
		for _, s := range mineSpecs(m) {
			if s.Metric == metric {
				s.Label = m.Name() + ": " + strings.ToLower(s.Label)
				return s
			}
		}
	}
	return outputSpec(metric)
}
