package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// The outlook's figures split too: the year's EPS between the silver
// price, a third quarter's own price and the tax rate, the parts adding up
// to the change; the quarter's net income has no part for the third
// quarter's price, which cannot move it.
func TestAttributeTheYear(t *testing.T) {
	m := fixture.Model(t)
	s := scenario(t, m, "silver=15&q3.silver=9&tax-rate=20")
	a, err := m.Attribute(s, "fy2007.company.eps")
	if err != nil {
		t.Fatal(err)
	}
	sum, keys := decimal.Zero, map[string]bool{}
	for _, pt := range a.Parts {
		sum = sum.Add(pt.Amount)
		keys[pt.Group.Key] = !pt.Amount.IsZero()
	}
	if !keys["silver-price"] || !keys["q3.silver"] || !keys["tax-rate"] || len(keys) != 3 {
		t.Errorf("the year's EPS splits into %v, want silver, Q3 silver and the tax rate, each moving it", keys)
	}
	if off := a.Scenario.Sub(a.Baseline).Sub(sum).Abs(); off.GreaterThan(dec("1e-9")) {
		t.Errorf("the parts add to %s, the change is %s", sum, a.Scenario.Sub(a.Baseline))
	}
	q, err := m.Attribute(s, "company.net-income")
	if err != nil {
		t.Fatal(err)
	}
	for _, pt := range q.Parts {
		if pt.Group.Key == "q3.silver" {
			t.Errorf("the quarter's net income has a part for the third quarter's silver price: %s", pt.Amount)
		}
	}
}
