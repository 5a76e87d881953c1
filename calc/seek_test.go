package calc

import (
	"testing"

	"github.com/shopspring/decimal"
)

// The seek on shapes no output of the model has (a parabola, a gap where the
// figure does not exist), where the fit cannot hold and the scan must find
// the root nearest x0.
func TestSeekFindsTheNearestRootOfAnyShape(t *testing.T) {
	d := decimal.RequireFromString
	three := decimal.NewFromInt(3)
	parabola := func(x decimal.Decimal) decimal.NullDecimal { // (x − 3)², roots of 1 at 2 and 4
		return decimal.NewNullDecimal(x.Sub(three).Mul(x.Sub(three)))
	}
	gapped := func(x decimal.Decimal) decimal.NullDecimal { // x, absent between 4 and 6
		if x.GreaterThan(d("4")) && x.LessThan(d("6")) {
			return decimal.NullDecimal{}
		}
		return decimal.NewNullDecimal(x)
	}
	for _, c := range []struct {
		name       string
		f          func(decimal.Decimal) decimal.NullDecimal
		x0, target string
		status     SolveStatus
		want       string // the root, or the bound that comes closest
	}{
		{"parabola from 4.5", parabola, "4.5", "1", Solved, "4"},
		{"parabola from 2.6", parabola, "2.6", "1", Solved, "2"},
		{"parabola from 0.5", parabola, "0.5", "1", Solved, "2"},
		{"parabola from 9", parabola, "9", "4", Solved, "5"},
		{"parabola below its floor", parabola, "4.5", "-1", Unreachable, "0"},
		{"gap, from beyond it", parabola, "7", "49", Solved, "10"},
		{"gap, the root past it", gapped, "2", "8", Solved, "8"},
		{"gap, the root inside it", gapped, "2", "5.5", Unreachable, "10"},
		{"flat", func(decimal.Decimal) decimal.NullDecimal { return decimal.NewNullDecimal(three) }, "5", "1", NotAffected, "5"},
		{"absent everywhere", func(decimal.Decimal) decimal.NullDecimal { return decimal.NullDecimal{} }, "5", "1", NotAffected, "5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x0, target := d(c.x0), d(c.target)
			k := &seeker{f: c.f, x0: x0, lo: zero, hi: d("10"), step: firstStep(x0, x0, zero, d("10")), target: target, tol: tolerance(target)}
			r, err := k.seek()
			if err != nil {
				t.Fatal(err)
			}
			got := r.at.x
			if r.status != c.status || got.Sub(d(c.want)).Abs().GreaterThan(d("0.000001")) {
				t.Errorf("x0 %s, target %s: want %s at %s, got %s at %s (%d evaluations)", c.x0, c.target, c.status, c.want, r.status, got, len(k.probes))
			}
			t.Logf("%s at %s, %d evaluations", r.status, got, len(k.probes))
			if len(k.probes) > maxEvaluations {
				t.Errorf("%d evaluations, budget %d", len(k.probes), maxEvaluations)
			}
		})
	}
}
