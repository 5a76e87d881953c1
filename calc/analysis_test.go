package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

func decimalInt(i int) decimal.Decimal { return decimal.NewFromInt(int64(i)) }

// Sensitivity signs follow the model's partial derivatives of company gross
// profit; opex moves income, not gross profit; rows are ranked.
func TestSensitivitySigns(t *testing.T) {
	m := fixture.Model(t)
	rows, err := m.Sensitivity(calc.Scenario{}, "company.gross-profit")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(calc.Levers()) {
		t.Fatalf("%d rows for %d levers", len(rows), len(calc.Levers()))
	}
	want := map[string]int{ // sign of the +10% change
		"silver": 1, "gold": 1, "lead": 1, "zinc": 1,
		"lucky-friday.grade": 1, "greens-creek.grade": 1, "la-camorra.grade": 1,
		"lucky-friday.recovery": 1, "la-camorra.recovery": 1,
		"lucky-friday.mining": -1, "lucky-friday.milling": -1, "la-camorra.mining": -1, "greens-creek.milling": -1,
		"opex": 0,
	}
	prev := dec("1e30")
	for _, r := range rows {
		if !r.Up.Valid || !r.Down.Valid {
			t.Fatalf("%s: absent change", r.Lever.Key())
		}
		if sign, ok := want[r.Lever.Key()]; ok {
			if r.Up.Decimal.Sign() != sign || r.Down.Decimal.Sign() != -sign {
				t.Errorf("%s: +10%% changes gross profit by %s and −10%% by %s, want signs %+d/%+d", r.Lever.Key(), r.Up.Decimal, r.Down.Decimal, sign, -sign)
			}
		}
		reach := decimal.Max(r.Up.Decimal.Abs(), r.Down.Decimal.Abs())
		if reach.GreaterThan(prev) {
			t.Errorf("%s ranked after a smaller change", r.Lever.Key())
		}
		prev = reach
	}
	// Gross profit is linear in each price: +10% and −10% are mirror images.
	for _, r := range rows {
		if _, ok := r.Lever.Metal(); ok && !r.Up.Decimal.Add(r.Down.Decimal).Abs().LessThan(dec("1e-9")) {
			t.Errorf("%s: up %s and down %s are not opposite", r.Lever.Key(), r.Up.Decimal, r.Down.Decimal)
		}
	}
	inc, _ := m.Sensitivity(calc.Scenario{}, "company.net-income")
	for _, r := range inc {
		if r.Lever.Key() == "opex" && r.Up.Decimal.Sign() >= 0 {
			t.Errorf("opex +10%% raises net income by %s", r.Up.Decimal)
		}
	}
	if _, err := m.Sensitivity(calc.Scenario{}, "company.nonsense"); err == nil {
		t.Error("an unknown output is not refused")
	}
}

// Silver's +10% on Lucky Friday's gross profit equals the closed form
// (σ − ρ) × Q × 0.1 × P.
func TestSensitivityMatchesDerivative(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	rows, _ := m.Sensitivity(calc.Scenario{}, "lucky-friday.gross-profit")
	var sigma, rho decimal.Decimal
	for _, c := range p.Constants() {
		switch {
		case c.Scope == "silver" && c.Symbol == "σ":
			sigma = c.Value
		case c.Scope == "lucky-friday" && c.Symbol == "ρ":
			rho = c.Value
		}
	}
	want := sigma.Sub(rho).Mul(p.Baseline.Mines[calc.LuckyFriday].Produced).Mul(dec("0.1")).Mul(p.BaselineLever(calc.PriceLever(calc.Silver)))
	for _, r := range rows {
		if r.Lever.Key() == "silver" && r.Up.Decimal.Sub(want).Abs().GreaterThan(dec("0.0001")) {
			t.Errorf("silver +10%%: %s, closed form %s", r.Up.Decimal, want)
		}
	}
}

func TestPriceCurve(t *testing.T) {
	m := fixture.Model(t)
	outputs := []string{"lucky-friday.gross-profit", "lucky-friday.total-cash-cost-per-oz"}
	pts, err := m.PriceCurve(calc.Scenario{}, calc.Silver, outputs, 5)
	if err != nil {
		t.Fatal(err)
	}
	prices := []string{"0", "6.655", "13.31", "19.965", "26.62"}
	for i, pt := range pts {
		if !pt.Price.Equal(dec(prices[i])) {
			t.Errorf("point %d at %s, want %s", i, pt.Price, prices[i])
		}
	}
	// At the baseline price the curve passes through the baseline.
	if !pts[2].Values[0].Decimal.Equal(m.Default().Baseline.Mines[calc.LuckyFriday].GrossProfit) {
		t.Errorf("curve at 13.31: %s, baseline %s", pts[2].Values[0].Decimal, m.Default().Baseline.Mines[calc.LuckyFriday].GrossProfit)
	}
	// Gross profit is linear in the price: equal steps.
	step := pts[1].Values[0].Decimal.Sub(pts[0].Values[0].Decimal)
	for i := 2; i < len(pts); i++ {
		if d := pts[i].Values[0].Decimal.Sub(pts[i-1].Values[0].Decimal); d.Sub(step).Abs().GreaterThan(dec("1e-9")) {
			t.Errorf("step %d is %s, first step %s", i, d, step)
		}
	}
	for _, bad := range []struct {
		n   int
		out []string
	}{{1, outputs}, {calc.MaxCurvePoints + 1, outputs}, {5, []string{"nope.sales"}}} {
		if _, err := m.PriceCurve(calc.Scenario{}, calc.Silver, bad.out, bad.n); err == nil {
			t.Errorf("PriceCurve(n=%d, %v) not refused", bad.n, bad.out)
		}
	}
}
