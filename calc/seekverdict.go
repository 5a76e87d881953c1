package calc

import (
	"slices"
	"sort"

	"github.com/shopspring/decimal"
)

// beyond concludes a fit that puts the target past a bound already probed:
// with both bounds probed, every probe on one curve of the fit's shape
// (which is monotonic) and none across the target from another, the output
// never reaches it.
func (k *seeker) beyond() (seekResult, bool) {
	k.at(k.lo)
	k.at(k.hi)
	if !k.oneCurve() || k.crossed() {
		return seekResult{}, false
	}
	return seekResult{Unreachable, k.closest()}, true
}

// fitSlack is how far, relative to the spread of the outputs probed, a probe
// may lie off the curve through three others and still be on it: far more
// than rounding moves it, far less than any other shape would.
var fitSlack = decimal.New(1, -6)

// oneCurve reports whether the probes where the output exists lie on one
// ratio of affine functions of the lever, one without a pole between them.
func (k *seeker) oneCurve() bool {
	ps := k.valid()
	if len(ps) < 3 {
		return len(ps) > 0
	}
	lo, hi := ps[0].y.Decimal, ps[0].y.Decimal
	for _, p := range ps {
		lo, hi = decimal.Min(lo, p.y.Decimal), decimal.Max(hi, p.y.Decimal)
	}
	slack := hi.Sub(lo).Mul(fitSlack)
	ends := [3]point{ps[0], ps[len(ps)/2], ps[len(ps)-1]}
	us := [3]decimal.Decimal{ends[0].x, ends[1].x, ends[2].x}
	vs := [3]decimal.Decimal{ends[0].y.Decimal, ends[1].y.Decimal, ends[2].y.Decimal}
	for _, p := range ps {
		y, ok := mobius(us, vs, p.x)
		if !ok || y.Sub(p.y.Decimal).Abs().GreaterThan(slack) {
			return false
		}
	}
	return k.monotonic()
}

// valid lists the probes where the output exists, by the lever's value.
func (k *seeker) valid() []point {
	var ps []point
	for _, p := range k.probes {
		if p.y.Valid {
			ps = append(ps, p)
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].x.LessThan(ps[j].x) })
	return ps
}

func (k *seeker) monotonic() bool {
	ps := k.valid()
	up, down := true, true
	for i := 1; i < len(ps); i++ {
		d := ps[i].y.Decimal.Sub(ps[i-1].y.Decimal)
		up = up && d.GreaterThanOrEqual(flat.Neg())
		down = down && d.LessThanOrEqual(flat)
	}
	return up || down
}

// crossed reports whether two probes lie on either side of the target.
func (k *seeker) crossed() bool {
	ps := k.valid()
	return slices.ContainsFunc(ps, func(p point) bool { return k.miss(p).Sign() != k.miss(ps[0]).Sign() })
}

// closest is the bound whose output comes nearest the target; where the
// output exists at neither, the nearest of the probes.
func (k *seeker) closest() point {
	var best point
	found := false
	consider := func(p point) {
		if p.y.Valid && (!found || k.miss(p).Abs().LessThan(k.miss(best).Abs())) {
			best, found = p, true
		}
	}
	for _, x := range []decimal.Decimal{k.lo, k.hi} {
		if i := k.find(x); i >= 0 {
			consider(k.probes[i])
		}
	}
	if !found {
		for _, p := range k.probes {
			consider(p)
		}
	}
	if !found {
		return k.probes[0]
	}
	return best
}
