package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Where each baseline figure comes from in the release: its table, row,
// column and the value as printed. A figure the release does not print (a
// mine's sales, a break-even price) is the model's, and says so.

type SourceRef struct{ Table, Row string }

// FigureSources maps an output to the printed figure its baseline equals
// (to the printed precision; docs/model.md's "What holds at baseline").
// Which tables print a mine is the dataset's; a mine it does not describe
// has no printed figures.
func FigureSources(rel *data.Release) map[string]SourceRef {
	refs := map[string]SourceRef{}
	for _, m := range calc.Mines() {
		d, ok := mineOf(rel, m)
		if !ok {
			continue
		}
		refs[m.Slug()+"."+calc.MetricProduced] = SourceRef{d.Production, m.Primary().Slug()}
		refs[m.Slug()+"."+calc.MetricCostOfSales] = SourceRef{d.Reconciliation, "gaap.cost-of-sales"}
		for _, k := range calc.PerOzMeasures() {
			refs[m.Slug()+"."+k.Slug()] = SourceRef{d.Production, data.PerOzRow(k)}
		}
		for _, metal := range m.ByProducts() {
			refs[m.Slug()+"."+producedOf(metal)] = SourceRef{d.Production, metal.Slug()}
		}
	}
	for _, metal := range calc.Metals() {
		refs[calc.CompanyScope+"."+producedOf(metal)] = SourceRef{"production-summary", metal.Slug()}
	}
	for _, s := range calc.Segments() {
		k := s.Slug()
		refs[k+"."+calc.MetricSales] = SourceRef{"highlights", "sales." + k}
		refs[k+"."+calc.MetricGrossProfit] = SourceRef{"highlights", "gross-profit." + k}
		refs[k+"."+calc.MetricCostOfSales] = SourceRef{"reconciliation-" + k, "gaap.cost-of-sales"}
		for _, m := range calc.PerOzMeasures() {
			refs[k+"."+m.Slug()] = SourceRef{"production-summary", data.SummaryPerOzRow(s, m)}
		}
		// A segment's ounces are its mines' primary metal. The summary's
		// gold counts Greens Creek's too, so a segment of one mine cites
		// its mine's row.
		produced := SourceRef{"production-summary", s.Primary().Slug()}
		if mines := s.Mines(); len(mines) == 1 {
			produced = refs[mines[0].Slug()+"."+calc.MetricProduced]
		}
		if produced.Table != "" {
			refs[k+"."+calc.MetricProduced] = produced
		}
	}
	// The statement of operations names its rows as the company's outputs.
	for _, spec := range companySpecs() {
		refs[spec.Metric] = SourceRef{"operations", strings.TrimPrefix(spec.Metric, calc.CompanyScope+".")}
	}
	// The quarter's operating cash flow is the statement of cash flows';
	// before exploration, the non-GAAP note's reconciliation total.
	k := calc.CompanyScope + "."
	refs[k+calc.MetricOperatingCash] = SourceRef{"cash-flows", "operating"}
	refs[k+calc.MetricOperatingBefore] = SourceRef{"operating-cash-before-exploration", "total"}
	return refs
}

// mineOf is the dataset's description of a mine, if there is a dataset.
func mineOf(rel *data.Release, m calc.Mine) (*data.Mine, bool) {
	if rel == nil {
		return nil, false
	}
	return rel.Mine(m)
}

// Source is what a figure's release cell shows besides the model's
// baseline: the printed figure, if the release prints one, where it is
// printed or how the model derives it, and the validator's finding on the
// printed figure, if it has one.
type Source struct {
	printed bool
	figure  data.Figure
	unit    data.Unit
	text    string
	finding string // the finding's anchor (findingID)
	// discrepancy says the finding is more than the release's rounding.
	discrepancy bool
}

// SourceOf is metric's baselineSource in period.
func SourceOf(rel *data.Release, refs map[string]SourceRef, findings []Finding, metric string, period calc.PeriodID) Source {
	ref, ok := refs[metric]
	if !ok || rel == nil {
		return Source{text: "Not printed in the release: the model's figure at the release's levers, " + derivation(metric) + "."}
	}
	t, ok := rel.Table(ref.Table)
	if !ok {
		return Source{}
	}
	row, ok := t.Row(ref.Row)
	col, okc := t.Column(string(period))
	if !ok || !okc {
		return Source{}
	}
	fig := row.Values[col]
	src := Source{printed: true, figure: fig, unit: row.Unit,
		text: "Release, " + t.Title + ": \u201c" + row.Label + "\u201d, " + rel.Columns[string(period)] + ", printed " + fig.Printed + " (" + row.Unit.Name() + ")."}
	if f, ok := findingOn(findings, string(period), ref.Table+"/"+ref.Row); ok {
		src.finding, src.discrepancy = f.ID(), f.Discrepancy
	}
	return src
}

// derivation says how the model makes a figure the release does not print
// (docs/model.md's equations), by its metric.
func derivation(metric string) string {
	if strings.HasPrefix(metric, yearPrefix) {
		return "the first quarter as reported and three more quarters at the release's levers, with the year's planned exploration and the Hollister sale's gain"
	}
	_, name, _ := strings.Cut(metric, ".")
	switch name {
	case metricCashMargin:
		return "the quarter's average price of the primary metal less the total cash cost per ounce"
	case calc.MetricSales:
		return "the mine's net smelter revenue at the quarter's prices times its segment's realization (segment sales as printed over its mines' revenue)"
	case calc.MetricGrossProfit:
		return "the model's sales less the mine's cost of sales as the reconciliation prints it"
	case calc.MetricBreakEven:
		return "the price of the mine's primary metal at which its gross profit is zero, every other lever held"
	}
	return "derived by the model's equations (see docs/model.md in the calculator's repository)"
}

// printedText is a printed figure as the release cell shows it: the
// release's value and precision, in the figure's format ($ and thousands as
// the page's other figures). A unit the format does not show is written as
// the model's format would, which the release-column test would catch.
func (spec Spec) printedText(src Source) string {
	v, places := src.figure.Value, src.figure.Places()
	switch {
	case spec.kind == kindThousands && src.unit == data.USDThousands,
		spec.kind == kindPerOz && src.unit == data.USDPerOz,
		spec.kind == kindEPS && src.unit == data.USDPerShare:
		return Money(v, places)
	case spec.kind == kindOunces && (src.unit == data.Oz || src.unit == data.Tons):
		return Number(v, places)
	}
	return spec.format(v)
}
