package view

import (
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// The panel's simulation draws its figures alone: each an output of the
// contract, none a price sensitivity (the work the page's samples skip),
// and the list BenchmarkSimulate2000Page times (calc's pageOutputs; change
// the two together).
func TestRangeOutputs(t *testing.T) {
	got := RangeOutputs()
	want := []string{
		"company.gross-profit", "company.income-from-operations", "company.net-income", "company.eps",
		"silver.total-cash-cost-per-oz", "silver.gross-profit",
		"gold.total-cash-cost-per-oz", "gold.gross-profit",
	}
	if !slices.Equal(got, want) {
		t.Errorf("RangeOutputs() = %q, the benchmark draws %q", got, want)
	}
	for _, name := range got {
		if !slices.Contains(calc.OutputNames(), name) || strings.HasPrefix(name, "sensitivity.") {
			t.Errorf("%s: not an output of the contract, or a price sensitivity", name)
		}
	}
}
