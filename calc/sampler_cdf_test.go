package calc_test

import (
	"fmt"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// triangularCDF is the triangular distribution's CDF at x, exactly but for
// the one division, carried to 30 places.
func triangularCDF(a, c, b, x decimal.Decimal) decimal.Decimal {
	switch {
	case x.LessThanOrEqual(a):
		return decimal.Zero
	case x.GreaterThanOrEqual(b):
		return decimal.NewFromInt(1)
	case x.LessThanOrEqual(c):
		return x.Sub(a).Pow(decimal.NewFromInt(2)).DivRound(b.Sub(a).Mul(c.Sub(a)), 30)
	}
	return decimal.NewFromInt(1).Sub(b.Sub(x).Pow(decimal.NewFromInt(2)).DivRound(b.Sub(a).Mul(b.Sub(c)), 30))
}

// The chance of meeting an estimate is the share of samples that meet it;
// with one ranged price and an outlook figure affine in it, that share must
// be within three standard errors of the triangular distribution's own
// probability. The silver segment's year cost per ounce falls as zinc's
// credits rise: "less than $0.50" is met above the zinc price z* where it
// is $0.50, found from two evaluations, so the chance is 1 − F(z*). The
// two modes put z* on either side of the mode, on each branch of the
// inverse CDF, and far enough from a uniform draw's chance to tell them
// apart.
func TestGuidanceChanceFollowsTheTriangle(t *testing.T) {
	m := fixture.Model(t)
	const name = "fy2007.silver.total-cash-cost-per-oz"
	at := func(zinc string) decimal.Decimal {
		return output(t, outputs(t, m, "zinc="+zinc), name)
	}
	z1, z2 := dec("1"), dec("2")
	t1, t2 := at("1"), at("2")
	star := z1.Add(dec("0.5").Sub(t1).Mul(z2.Sub(z1)).DivRound(t2.Sub(t1), 30))
	t.Logf("%s is 0.50 at zinc %s", name, star.Round(6))
	const samples = 2000
	n := decimal.NewFromInt(samples)
	for _, c := range []struct{ low, mode, high string }{{"1", "1.1", "1.8"}, {"1", "1.3", "1.8"}} {
		t.Run(fmt.Sprintf("zinc %s to %s, most likely %s", c.low, c.high, c.mode), func(t *testing.T) {
			sim := simulate(t, m, "zinc="+c.mode+"&range.zinc="+c.low+":"+c.high, samples, 2007)
			want := decimal.NewFromInt(1).Sub(triangularCDF(dec(c.low), dec(c.mode), dec(c.high), star))
			uniform := dec(c.high).Sub(star).DivRound(dec(c.high).Sub(dec(c.low)), 30)
			var got calc.GuidanceChance
			for _, g := range sim.Guidance {
				if g.Output == name {
					got = g
				}
			}
			// (got − want)² ≤ 9 p(1 − p)/N: within three standard errors.
			variance := want.Mul(decimal.NewFromInt(1).Sub(want)).Div(n)
			off := got.Probability.Sub(want)
			t.Logf("probability %s (%d of %d), the triangle's %s, a uniform draw's %s",
				got.Probability, got.Met, samples, want.Round(4), uniform.Round(4))
			if off.Mul(off).GreaterThan(variance.Mul(dec("9"))) {
				t.Errorf("probability %s is more than 3 standard errors from %s", got.Probability, want.Round(4))
			}
			if d := uniform.Sub(want); d.Mul(d).LessThan(variance.Mul(dec("36"))) {
				t.Errorf("the case cannot tell the triangle (%s) from a uniform draw (%s)", want.Round(4), uniform.Round(4))
			}
		})
	}
}
