package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The year's levers read with their units, as the quarter's do.
func TestFormatYearLevers(t *testing.T) {
	q2, _ := calc.QuarterPriceLever(2, calc.Silver)
	for _, c := range []struct {
		l    calc.Lever
		v    string
		want string
	}{
		{q2, "13.5", "$13.50 per oz"},
		{calc.TaxRateLever(), "8.833408", "8.83%"},
		{calc.SharesLever(), "119951000", "119,951,000 shares"},
		{calc.SharePriceLever(), "9.5", "$9.50 a share"},
		{calc.ExplorationLever(), "20000000", "$20,000,000"},
	} {
		if got := FormatLever(c.l, decimal.RequireFromString(c.v)); got != c.want {
			t.Errorf("%s at %s reads %q, want %q", c.l.Key(), c.v, got, c.want)
		}
	}
}
