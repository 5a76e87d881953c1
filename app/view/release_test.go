package view

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// Where a scenario's EPS and the model's baseline round apart but their
// difference rounds to nothing at cents, the change column still shows it,
// finer: a reader never sees two different figures with no change between.
func TestChangeShownWhenFiguresDiffer(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	spec := companySpec(calc.MetricEPS)
	base := p.BaselineLever(calc.PriceLever(calc.Silver))
	step := decimal.RequireFromString("0.01")
	found := 0
	for i := -300; i <= 300; i++ {
		var s calc.Scenario
		if err := s.Set(p, calc.PriceLever(calc.Silver), base.Add(step.Mul(decimal.RequireFromString(strconv.Itoa(i))))); err != nil {
			t.Fatal(err)
		}
		f := figure(spec, p.Evaluate(s), p.Baseline, nil)
		v, _ := p.Evaluate(s).Metric(spec.Metric)
		b, _ := p.Baseline.Metric(spec.Metric)
		if f.Text == f.Baseline || spec.format(v.Decimal.Sub(b.Decimal)) != spec.format(decimal.Zero) {
			continue
		}
		found++
		if f.Change == "" || strings.Trim(f.Change, "+−$0.") == "" {
			t.Errorf("silver %+d¢: EPS %s against %s, change %q: want the change shown finer", i, f.Text, f.Baseline, f.Change)
		}
	}
	if found == 0 {
		t.Fatal("no silver price within $3 of the release's makes EPS round apart from the baseline by less than a cent")
	}
}

// The waterfall's table shows the lines the reconciliation to GAAP prints
// as printed, and the model's build-up to them marked as the model's.
func TestWaterfallReleaseColumn(t *testing.T) {
	rel, m := fixture.Release(t), fixture.Model(t)
	p, _ := m.Period(calc.Q1of2006)
	for _, tc := range []struct {
		mine             calc.Mine
		line, base, kind string
	}{
		{calc.LaCamorra, "GAAP: change in product inventory", "$(3,711)", "printed"},
		{calc.LaCamorra, "GAAP cost of sales", "$13,829", "printed"},
		{calc.LaCamorra, "Total cash cost", "$13,209", "printed"},
		{calc.LuckyFriday, "GAAP: by-product credits", "$5,001", "printed"},
		{calc.LuckyFriday, "GAAP: reduction in labor costs", "$0", "model"}, // Lucky Friday's reconciliation has no such line
		{calc.LuckyFriday, "Mining and milling", "", "model"},
	} {
		a := NewAnalysis(rel, m, p, calc.Scenario{Period: p.ID}, p.Baseline, "company.gross-profit", tc.mine)
		var got *WaterRow
		for i := range a.WaterBase {
			if a.WaterBase[i].Label == tc.line {
				got = &a.WaterBase[i]
			}
		}
		if got == nil {
			t.Fatalf("%s: no line %q", tc.mine.Slug(), tc.line)
		}
		if got.Release != tc.kind || (tc.base != "" && got.Base != tc.base) {
			t.Errorf("%s %q: release %s %q, want %s %q", tc.mine.Slug(), tc.line, got.Release, got.Base, tc.kind, tc.base)
		}
	}
}
