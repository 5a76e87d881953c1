package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// scenario decodes a query that must decode cleanly.
func scenario(tb testing.TB, m *calc.Model, q string) calc.Scenario {
	tb.Helper()
	s, notices := m.Decode(q, nil)
	if len(notices) > 0 {
		tb.Fatalf("Decode(%q) notices: %v", q, notices)
	}
	return s
}

func evaluate(tb testing.TB, m *calc.Model, q string) *calc.Result {
	tb.Helper()
	r, err := m.Evaluate(scenario(tb, m, q))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// metric returns an output that must exist.
func metric(tb testing.TB, r *calc.Result, name string) decimal.Decimal {
	tb.Helper()
	v, ok := r.Metric(name)
	if !ok || !v.Valid {
		tb.Fatalf("%s: absent (ok=%v)", name, ok)
	}
	return v.Decimal
}

// unitsOff is how many units of the printed figure's last digit the engine's
// figure, scaled to the printed unit, is from it after rounding.
func unitsOff(engine decimal.Decimal, scale int64, printed data.Figure) int64 {
	places := printed.Places()
	got := engine.DivRound(decimal.NewFromInt(scale), 20).Round(places)
	return got.Sub(printed.Value).Shift(places).Abs().IntPart()
}
