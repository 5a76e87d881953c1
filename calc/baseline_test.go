package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// figureCheck compares one engine output with one printed figure.
type figureCheck struct {
	name    string // engine output
	table   string // the release's table and row
	row     string
	scale   int64 // engine units per printed unit (1000 for thousands)
	allowed int64 // units of the last printed digit allowed off: 0 or 1
}

// docs/model.md, "What holds at baseline": per-ounce figures at the printed
// precision, exactly; dollar figures within one unit of the last printed
// digit, the release's own rounding.
func baselineChecks() []figureCheck {
	var cs []figureCheck
	prodTable := map[calc.Mine]string{calc.LuckyFriday: "production-lucky-friday", calc.GreensCreek: "production-greens-creek", calc.LaCamorra: "production-la-camorra"}
	recTable := map[calc.Mine]string{calc.LuckyFriday: "reconciliation-lucky-friday", calc.GreensCreek: "reconciliation-greens-creek", calc.LaCamorra: "reconciliation-gold"}
	perOzRow := []string{"cash-operating-per-oz", "total-cash-per-oz", "total-production-per-oz"}
	summaryRow := []string{"cash-operating", "total-cash", "total-production"}
	for _, m := range calc.Mines() {
		for i, k := range calc.PerOzMeasures() {
			cs = append(cs, figureCheck{m.Slug() + "." + k.Slug(), prodTable[m], perOzRow[i], 1, 0})
		}
		cs = append(cs,
			figureCheck{m.Slug() + ".total-cash-cost-per-oz", recTable[m], "total-cash-per-oz", 1, 0},
			figureCheck{m.Slug() + ".cost-of-sales", recTable[m], "gaap.cost-of-sales", 1000, 0},
			figureCheck{m.Slug() + ".produced", prodTable[m], m.Primary().Slug(), 1, 0},
		)
	}
	for _, s := range calc.Segments() {
		for i, k := range calc.PerOzMeasures() {
			cs = append(cs, figureCheck{s.Slug() + "." + k.Slug(), "production-summary", s.Slug() + "." + summaryRow[i], 1, 0})
		}
		cs = append(cs,
			figureCheck{s.Slug() + ".total-cash-cost-per-oz", "reconciliation-" + s.Slug(), "total-cash-per-oz", 1, 0},
			figureCheck{s.Slug() + ".sales", "highlights", "sales." + s.Slug(), 1000, 1},
			figureCheck{s.Slug() + ".cost-of-sales", "reconciliation-" + s.Slug(), "gaap.cost-of-sales", 1000, 1},
			figureCheck{s.Slug() + ".gross-profit", "highlights", "gross-profit." + s.Slug(), 1000, 1},
		)
	}
	cs = append(cs,
		figureCheck{"silver.produced", "production-summary", "silver", 1, 1},
		figureCheck{"company.sales", "operations", "sales", 1000, 1},
		figureCheck{"company.gross-profit", "operations", "gross-profit", 1000, 1},
		figureCheck{"company.gross-profit", "highlights", "gross-profit.total", 1000, 1},
		figureCheck{"company.income-from-operations", "operations", "income-from-operations", 1000, 1},
		figureCheck{"company.net-income", "operations", "net-income", 1000, 1},
		figureCheck{"company.eps", "operations", "eps", 1, 0},
		figureCheck{"company.eps", "highlights", "basic-eps", 1, 0},
	)
	return cs
}

func TestBaselineMatchesRelease(t *testing.T) {
	m := fixture.Model(t)
	rel := fixture.Release(t)
	for _, p := range m.Periods() {
		for _, c := range baselineChecks() {
			t.Run(string(p.ID)+"/"+c.name+"~"+c.table+"/"+c.row, func(t *testing.T) {
				printed, err := rel.Figure(c.table, c.row, string(p.ID))
				if err != nil {
					t.Fatal(err)
				}
				got := metric(t, p.Baseline, c.name)
				if off := unitsOff(got, c.scale, printed); off > c.allowed {
					t.Errorf("engine %s, release prints %s (%s, scale %d): %d units off, %d allowed", got, printed.Printed, c.row, c.scale, off, c.allowed)
				}
			})
		}
	}
}

// Production totals: the production summary against the engine's company
// outputs. The release's gold total for 2006 does not add up (the validator
// lists it): 37,620 + 4,728 = 42,348 against 42,419 printed. It is pinned
// here so a change in either the dataset or the engine shows.
func TestBaselineProductionTotals(t *testing.T) {
	m := fixture.Model(t)
	rel := fixture.Release(t)
	for _, p := range m.Periods() {
		outs := outputs(t, m, "period="+string(p.ID))
		if got, silver := output(t, outs, "company.silver-produced"), metric(t, p.Baseline, "silver.produced"); !got.Equal(silver) {
			t.Errorf("%s: company silver %s, the silver segment's %s", p.ID, got, silver)
		}
		for _, metal := range calc.Metals() {
			printed, err := rel.Figure("production-summary", metal.Slug(), string(p.ID))
			if err != nil {
				t.Fatal(err)
			}
			got := output(t, outs, "company."+metal.Slug()+"-produced")
			want := decimal.Zero
			switch {
			case p.ID == calc.Q1of2007 && metal == calc.Gold:
				want = dec("-1") // 36,330 printed, 36,331 summed: rounding of Hecla's share
			case p.ID == calc.Q1of2006 && metal == calc.Gold:
				want = dec("71") // the release's discrepancy
			}
			if diff := printed.Value.Sub(got); !diff.Equal(want) {
				t.Errorf("%s %s: printed %s, engine %s, difference %s, want %s", p.ID, metal.Slug(), printed.Printed, got, diff, want)
			}
		}
	}
}
