package main

import (
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
	mineTables := map[calc.Mine][2]string{
		calc.LuckyFriday: {"production-lucky-friday", "reconciliation-lucky-friday"},
		calc.GreensCreek: {"production-greens-creek", "reconciliation-greens-creek"},
		calc.LaCamorra:   {"production-la-camorra", "reconciliation-gold"},
	}
	perOzRows := []string{"cash-operating-per-oz", "total-cash-per-oz", "total-production-per-oz"}
	summaryRows := []string{"cash-operating", "total-cash", "total-production"}
	for _, m := range calc.Mines() {
		t := mineTables[m]
		refs[m.Slug()+".produced"] = sourceRef{t[0], m.Primary().Slug()}
		refs[m.Slug()+".cost-of-sales"] = sourceRef{t[1], "gaap.cost-of-sales"}
		for i, k := range calc.PerOzMeasures() {
			refs[m.Slug()+"."+k.Slug()] = sourceRef{t[0], perOzRows[i]}
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

// sourceText says where the baseline of metric comes from, for period.
func sourceText(rel *data.Release, refs map[string]sourceRef, metric string, period calc.PeriodID) string {
	ref, ok := refs[metric]
	if !ok || rel == nil {
		return "Not printed in the release: the model's figure at the release's levers."
	}
	t, ok := rel.Table(ref.table)
	if !ok {
		return ""
	}
	row, ok := t.Row(ref.row)
	col, okc := t.Column(string(period))
	if !ok || !okc {
		return ""
	}
	return "Release, " + t.Title + ": \u201c" + row.Label + "\u201d, " + rel.Columns[string(period)] + ", printed " + row.Values[col].Printed + " (" + row.Unit.Name() + ")."
}
