package view

import (
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// The panel's simulation draws its figures alone: each an output of the
// contract, none a price sensitivity (the work the page's samples skip).
// In the first quarter of 2007 the year's EPS and cash join the quarter's,
// the list BenchmarkSimulate2000Page times (calc's pageOutputs; change the
// two together); 2006 has no year to draw.
func TestRangeOutputs(t *testing.T) {
	quarter := []string{
		"company.gross-profit", "company.income-from-operations", "company.net-income", "company.eps",
		"silver.total-cash-cost-per-oz", "silver.gross-profit",
		"gold.total-cash-cost-per-oz", "gold.gross-profit",
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"", append(slices.Clone(quarter), "fy2007.company.eps", "fy2007.company.cash")},
		{"period=2006q1", quarter},
	} {
		got := RangeOutputs(newScenario(t, c.query).period)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: RangeOutputs = %q, want %q", c.query, got, c.want)
		}
		for _, name := range got {
			if !slices.Contains(calc.OutputNames(), name) || strings.HasPrefix(name, "sensitivity.") {
				t.Errorf("%s: not an output of the contract, or a price sensitivity", name)
			}
		}
	}
}
