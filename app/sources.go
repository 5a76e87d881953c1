package main

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Where each baseline figure comes from in the release: its table, row,
// column and the value as printed. A figure the release does not print (a
// mine's sales, a break-even price) is the model's, and says so.

type sourceRef struct{ table, row string }

// figureSources maps an output to the printed figure its baseline equals
// (to the printed precision; MODEL.md's "What must hold at baseline").
func figureSources() map[string]sourceRef {
	refs := map[string]sourceRef{}
	perOzRows := []string{"cash-operating-per-oz", "total-cash-per-oz", "total-production-per-oz"}
	summaryRows := []string{"cash-operating", "total-cash", "total-production"}
	for _, m := range calc.Mines() {
		production := "production-" + m.Slug()
		refs[m.Slug()+".produced"] = sourceRef{production, m.Primary().Slug()}
		refs[m.Slug()+".cost-of-sales"] = sourceRef{reconciliationTable(m), "gaap.cost-of-sales"}
		for i, k := range calc.PerOzMeasures() {
			refs[m.Slug()+"."+k.Slug()] = sourceRef{production, perOzRows[i]}
		}
	}
	for _, s := range calc.Segments() {
		k := s.Slug()
		refs[k+".sales"] = sourceRef{"highlights", "sales." + k}
		refs[k+".gross-profit"] = sourceRef{"highlights", "gross-profit." + k}
		refs[k+".cost-of-sales"] = sourceRef{"reconciliation-" + k, "gaap.cost-of-sales"}
		for i, m := range calc.PerOzMeasures() {
			refs[k+"."+m.Slug()] = sourceRef{"production-summary", k + "." + summaryRows[i]}
		}
	}
	refs["silver.produced"] = sourceRef{"production-summary", "silver"}
	refs["gold.produced"] = sourceRef{"production-la-camorra", "gold"}
	for metric, row := range map[string]string{"sales": "sales", "gross-profit": "gross-profit", "income-from-operations": "income-from-operations", "net-income": "net-income", "eps": "eps"} {
		refs["company."+metric] = sourceRef{"operations", row}
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

// baselineSource is what a figure's release cell shows besides the model's
// baseline: the printed figure, if the release prints one, where it is
// printed or how the model derives it, and the validator's finding on the
// printed figure, if it has one.
type baselineSource struct {
	printed bool
	figure  data.Figure
	unit    data.Unit
	text    string
	finding string // the finding's anchor (findingID)
}

// baselineSourceOf is metric's baselineSource in period.
func baselineSourceOf(rel *data.Release, refs map[string]sourceRef, findings []releaseFinding, metric string, period calc.PeriodID) baselineSource {
	ref, ok := refs[metric]
	if !ok || rel == nil {
		return baselineSource{text: "Not printed in the release: the model's figure at the release's levers, " + derivation(metric) + "."}
	}
	t, ok := rel.Table(ref.table)
	if !ok {
		return baselineSource{}
	}
	row, ok := t.Row(ref.row)
	col, okc := t.Column(string(period))
	if !ok || !okc {
		return baselineSource{}
	}
	fig := row.Values[col]
	src := baselineSource{printed: true, figure: fig, unit: row.Unit,
		text: "Release, " + t.Title + ": \u201c" + row.Label + "\u201d, " + rel.Columns[string(period)] + ", printed " + fig.Printed + " (" + row.Unit.Name() + ")."}
	if f, ok := findingOn(findings, string(period), ref.table+"/"+ref.row); ok {
		src.finding = f.id()
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
func (spec figureSpec) printedText(src baselineSource) string {
	v, places := src.figure.Value, src.figure.Places()
	switch {
	case spec.kind == kindThousands && src.unit == data.USDThousands,
		spec.kind == kindPerOz && src.unit == data.USDPerOz,
		spec.kind == kindEPS && src.unit == data.USDPerShare:
		return money(v, places)
	case spec.kind == kindOunces && src.unit == data.Oz:
		return number(v, places)
	}
	return spec.format(v)
}
