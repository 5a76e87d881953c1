package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// Strip is the few results a narrow screen keeps in sight while a lever
// changes (the page's results are far below its levers there): the
// company's EPS, net income and gross profit and each segment's total cash
// cost per ounce, with their change. An array, not a slice: the live layer
// compares the values it shows.
type Strip struct {
	// Changed says the scenario changes a lever: the strip stays in sight
	// then, not only while a lever has the focus.
	Changed bool
	Figures [5]StripFigure
}

// StripFigure is one of the strip's figures, in short.
type StripFigure struct {
	Metric, Label, Value, Text, Change string
	Tone                               Tone
}

// stripOf picks the strip's figures out of the company's and segments'
// tables, as formatted there.
func stripOf(v *Page, changed bool) Strip {
	s := Strip{Changed: changed}
	wants := []struct{ metric, label string }{
		{calc.CompanyScope + "." + calc.MetricEPS, "EPS"},
		{calc.CompanyScope + "." + calc.MetricNetIncome, "Net income"},
		{calc.CompanyScope + "." + calc.MetricGrossProfit, "Gross profit"},
	}
	for _, seg := range calc.Segments() {
		wants = append(wants, struct{ metric, label string }{seg.Slug() + "." + calc.TotalCash.Slug(), strings.ToUpper(seg.Slug()[:1]) + seg.Slug()[1:] + " cash cost/oz"})
	}
	tables := [][]Figure{v.Company}
	for _, seg := range v.Segments {
		tables = append(tables, seg.Figures)
	}
	for i, w := range wants {
		f := StripFigure{Metric: w.metric, Label: w.label, Text: NotAvailable}
		for _, figs := range tables {
			for _, fig := range figs {
				if fig.Metric == w.metric {
					f.Value, f.Text, f.Change, f.Tone = fig.Value, fig.Text, fig.Change, fig.Tone
				}
			}
		}
		s.Figures[i] = f
	}
	return s
}
