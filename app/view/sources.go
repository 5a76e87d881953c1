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
// (to the printed precision; MODEL.md's "What must hold at baseline").
func FigureSources() map[string]SourceRef {
	refs := map[string]SourceRef{}
	perOzRows := []string{"cash-operating-per-oz", "total-cash-per-oz", "total-production-per-oz"}
	summaryRows := []string{"cash-operating", "total-cash", "total-production"}
	for _, m := range calc.Mines() {
		production := "production-" + m.Slug()
		refs[m.Slug()+".produced"] = SourceRef{production, m.Primary().Slug()}
		refs[m.Slug()+".cost-of-sales"] = SourceRef{reconciliationTable(m), "gaap.cost-of-sales"}
		for i, k := range calc.PerOzMeasures() {
			refs[m.Slug()+"."+k.Slug()] = SourceRef{production, perOzRows[i]}
		}
	}
	for _, s := range calc.Segments() {
		k := s.Slug()
		refs[k+".sales"] = SourceRef{"highlights", "sales." + k}
		refs[k+".gross-profit"] = SourceRef{"highlights", "gross-profit." + k}
		refs[k+".cost-of-sales"] = SourceRef{"reconciliation-" + k, "gaap.cost-of-sales"}
		for i, m := range calc.PerOzMeasures() {
			refs[k+"."+m.Slug()] = SourceRef{"production-summary", k + "." + summaryRows[i]}
		}
	}
	refs["silver.produced"] = SourceRef{"production-summary", "silver"}
	refs["gold.produced"] = SourceRef{"production-la-camorra", "gold"}
	for metric, row := range map[string]string{"sales": "sales", "gross-profit": "gross-profit", "income-from-operations": "income-from-operations", "net-income": "net-income", "eps": "eps"} {
		refs["company."+metric] = SourceRef{"operations", row}
	}
	return refs
}

// reconciliationTable is the table that reconciles a mine's cash costs to
// its GAAP cost of sales: La Camorra's is the gold segment's, the only gold
// mine's.
func reconciliationTable(m calc.Mine) string {
	if m == calc.LaCamorra {
		return "reconciliation-gold"
	}
	return "reconciliation-" + m.Slug()
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
		src.finding = f.ID()
	}
	return src
}

// derivation says how the model makes a figure the release does not print
// (MODEL.md's equations), by its metric.
func derivation(metric string) string {
	_, name, _ := strings.Cut(metric, ".")
	switch name {
	case calc.MetricSales:
		return "the mine's net smelter revenue at the quarter's prices times its segment's realization (segment sales as printed over its mines' revenue)"
	case calc.MetricGrossProfit:
		return "the model's sales less the mine's cost of sales as the reconciliation prints it"
	case calc.MetricBreakEven:
		return "the price of the mine's primary metal at which its gross profit is zero, every other lever held"
	}
	return "from MODEL.md's equations"
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
	case spec.kind == kindOunces && src.unit == data.Oz:
		return Number(v, places)
	}
	return spec.format(v)
}
