package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// At the release's levers the quarter's first two cash figures are the
// printed ones, in both quarters; the rest follow docs/model.md.
func TestQuarterCashAtTheRelease(t *testing.T) {
	m := fixture.Model(t)
	for _, c := range []struct {
		query                   string
		ocf, before, capex, fcf string
		mines                   [3]string // capital additions, as printed
	}{
		{"", "16365000", "21379000", "7875000", "8490000", [3]string{"2936000", "1911000", "2862000"}},
		{"period=2006q1", "-303000", "4579000", "7885000", "-8188000", [3]string{"2101000", "1987000", "3705000"}},
	} {
		outs := outputs(t, m, c.query)
		for name, want := range map[string]string{
			"company.operating-cash-flow": c.ocf, "company.operating-cash-before-exploration": c.before,
			"company.capital-additions": c.capex, "company.free-cash-flow": c.fcf,
		} {
			if got := output(t, outs, name); !got.Equal(dec(want)) {
				t.Errorf("%q %s = %s, want %s", c.query, name, got, want)
			}
		}
		p, _ := m.Period(scenario(t, m, c.query).PeriodOr(calc.DefaultPeriod))
		for _, mine := range calc.Mines() {
			capex := output(t, outs, mine.Slug()+".capital-additions")
			if !capex.Equal(dec(c.mines[mine])) {
				t.Errorf("%q %s capital additions %s, want %s", c.query, mine.Slug(), capex, c.mines[mine])
			}
			// At the release's tons, d × T is the printed depreciation.
			want := output(t, outs, mine.Slug()+".gross-profit").Add(p.Reported.Mines[mine].Depreciation).Sub(capex)
			if got := output(t, outs, mine.Slug()+".site-cash-flow"); !got.Equal(want) {
				t.Errorf("%q %s site cash flow %s, want %s", c.query, mine.Slug(), got, want)
			}
		}
	}
}

// The quarter's cash at scenarios that move net income and depreciation:
// OCF0 + ΔNI + ΔDA, with d × T = DA0 × T / T0.
func TestQuarterCashEquations(t *testing.T) {
	m := fixture.Model(t)
	for _, q := range []string{
		"silver=20",
		"lucky-friday.tons=100,000&lucky-friday.grade=12",
		"tax-rate=30&opex=10,000,000&la-camorra.tons=0",
		"period=2006q1&greens-creek.tons=60,000&zinc=2&shares=1,000",
		"q2.silver=30&fy2007.exploration=40,000,000&share-price=9", // the year's alone: the quarter is the release's
	} {
		s := scenario(t, m, q)
		p, _ := m.Period(s.PeriodOr(calc.DefaultPeriod))
		outs := outputs(t, m, q)
		rep := &p.Reported
		moved := output(t, outs, "company.net-income").Sub(p.Baseline.Company.NetIncome)
		for _, mine := range calc.Mines() {
			rm := rep.Mines[mine]
			tons := s.Value(p, calc.MineLever(mine, calc.Tons))
			da := rm.Depreciation.Mul(tons).DivRound(rm.Tons, 20)
			moved = moved.Add(da).Sub(rm.Depreciation)
			site := output(t, outs, mine.Slug()+".gross-profit").Add(da).Sub(rm.CapitalAdditions)
			near(t, q+" "+mine.Slug()+".site-cash-flow", output(t, outs, mine.Slug()+".site-cash-flow"), site)
		}
		ocf := rep.Cash.Operating.Add(moved)
		near(t, q+" operating cash flow", output(t, outs, "company.operating-cash-flow"), ocf)
		before := output(t, outs, "company.operating-cash-flow").Add(rep.Cash.Exploration).Add(rep.Cash.PreDevelopment)
		near(t, q+" before exploration", output(t, outs, "company.operating-cash-before-exploration"), before)
		near(t, q+" free cash flow", output(t, outs, "company.free-cash-flow"), output(t, outs, "company.operating-cash-flow").Sub(rep.Cash.CapitalAdditions))
		near(t, q+" capital additions", output(t, outs, "company.capital-additions"), rep.Cash.CapitalAdditions)
	}
}

// near checks an output against the equation's figure to a billionth: the
// test's own divisions round differently from the engine's.
func near(t *testing.T, what string, got, want decimal.Decimal) {
	t.Helper()
	if got.Sub(want).Abs().GreaterThan(dec("0.000000001")) {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}
