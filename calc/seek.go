package calc

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

const (
	// maxEvaluations bounds one goal seek, so a table of every lever stays
	// within a frame or two in the browser.
	maxEvaluations = 60
	// seekPlaces is the most decimal places a value the seek tries has: as
	// many as a typed value may, so that a solution can be typed back, or
	// carried in a scenario's address, as it is.
	seekPlaces = MaxPlaces
	// fitRounds is how many predictions the fit makes before the seek
	// falls back to scanning.
	fitRounds = 5
)

var (
	// flat is how far apart two outputs can be and still be one figure: a
	// hundred units of their last place (outputPlaces), more than their
	// rounding moves an output that does not depend on the lever.
	flat      = decimal.New(1, 2-outputPlaces)
	half      = decimal.New(5, -1)
	errBudget = fmt.Errorf("no answer within %d evaluations", maxEvaluations)
)

// point is the output y at the lever's value x; y is not Valid where the
// output does not exist.
type point struct {
	x decimal.Decimal
	y decimal.NullDecimal
}

// seeker looks for where f comes within tol of target on [lo, hi], nearest
// x0. probes holds every point evaluated, x0's first.
type seeker struct {
	f           func(decimal.Decimal) decimal.NullDecimal
	x0, lo, hi  decimal.Decimal
	step        decimal.Decimal // the first move away from x0
	target, tol decimal.Decimal
	probes      []point
}

// seekResult is the verdict and its point: the root when Solved, the bound
// that comes closest when Unreachable, x0's when NotAffected.
type seekResult struct {
	status SolveStatus
	at     point
}

func (k *seeker) seek() (seekResult, error) {
	p0 := k.at(k.x0)
	if k.hits(p0) {
		return seekResult{Solved, p0}, nil
	}
	if r, ok := k.fit(p0); ok {
		return r, nil
	}
	return k.scan(p0)
}

// at evaluates f at x, once: a point already probed is looked up.
func (k *seeker) at(x decimal.Decimal) point {
	if !x.Equal(k.x0) {
		x = x.Round(seekPlaces)
	}
	if i := k.find(x); i >= 0 {
		return k.probes[i]
	}
	p := point{x: x, y: k.f(x)}
	k.probes = append(k.probes, p)
	return p
}

func (k *seeker) find(x decimal.Decimal) int {
	return slices.IndexFunc(k.probes, func(p point) bool { return p.x.Equal(x) })
}

func (k *seeker) spent() bool { return len(k.probes) >= maxEvaluations }

func (k *seeker) miss(p point) decimal.Decimal { return p.y.Decimal.Sub(k.target) }

func (k *seeker) hits(p point) bool {
	return p.y.Valid && k.miss(p).Abs().LessThanOrEqual(k.tol)
}

func (k *seeker) dist(p point) decimal.Decimal { return p.x.Sub(k.x0).Abs() }

func same(a, b point) bool {
	if !a.y.Valid || !b.y.Valid {
		return a.y.Valid == b.y.Valid
	}
	return a.y.Decimal.Sub(b.y.Decimal).Abs().LessThanOrEqual(flat)
}

// fit follows the shape every output has in any one lever: a ratio of two
// functions affine in it (costs per ounce divide by ounces, which are linear
// in tons, grade and recovery; the rest is affine), so monotonic wherever
// the output exists and its root, if any, the only one. A line through two
// points, then the ratio through the last three, lands on the target in a
// step or two, or shows it to lie past both bounds. ok is false where the
// points do not fit that shape, and the seek scans instead.
func (k *seeker) fit(p0 point) (r seekResult, ok bool) {
	if !p0.y.Valid {
		return r, false
	}
	x1 := k.x0.Add(k.step)
	if x1.GreaterThan(k.hi) {
		x1 = decimal.Max(k.lo, k.x0.Sub(k.step))
	}
	p1 := k.at(x1)
	switch {
	case k.hits(p1):
		return seekResult{Solved, p1}, true
	case !p1.y.Valid || p1.x.Equal(p0.x):
		return r, false
	case same(p0, p1):
		// Such a ratio that takes one value twice is constant; a point far
		// from both guards against the shapes it does not foresee.
		if same(p0, k.at(k.farBound())) {
			return seekResult{NotAffected, p0}, true
		}
		return r, false
	}
	pts := []point{p0, p1}
	for range fitRounds {
		x, ok := k.predict(pts)
		if !ok {
			return r, false
		}
		x = decimal.Min(k.hi, decimal.Max(k.lo, x))
		bound := x.Equal(k.lo) || x.Equal(k.hi)
		if k.find(x) >= 0 {
			if bound {
				return k.beyond()
			}
			return r, false
		}
		p := k.at(x)
		if k.hits(p) {
			return seekResult{Solved, p}, true
		}
		if p.y.Valid {
			pts = append(pts, p)
		} else if !bound {
			return r, false
		}
	}
	return r, false
}

func (k *seeker) farBound() decimal.Decimal {
	if k.hi.Sub(k.x0).GreaterThan(k.x0.Sub(k.lo)) {
		return k.hi
	}
	return k.lo
}

// predict is where the curve through the last points meets the target: the
// line through two, the ratio of affine functions through three. ok is false
// where the curve never does.
func (k *seeker) predict(pts []point) (decimal.Decimal, bool) {
	if len(pts) == 2 {
		a, b := pts[0], pts[1]
		dy := b.y.Decimal.Sub(a.y.Decimal)
		if dy.IsZero() {
			return decimal.Zero, false
		}
		return a.x.Add(k.target.Sub(a.y.Decimal).Mul(b.x.Sub(a.x)).DivRound(dy, seekPlaces)), true
	}
	p := pts[len(pts)-3:]
	return mobius([3]decimal.Decimal{p[0].y.Decimal, p[1].y.Decimal, p[2].y.Decimal},
		[3]decimal.Decimal{p[0].x, p[1].x, p[2].x}, k.target)
}

// mobius is the value at u of the ratio of affine functions (a Möbius
// function) that takes each of us to the matching vs. Such a function keeps
// cross-ratios: its value at u has the cross-ratio with vs that u has with
// us, which takes one division. Its inverse is one too, so it interpolates
// either way. ok is false where it has no finite value.
func mobius(us, vs [3]decimal.Decimal, u decimal.Decimal) (decimal.Decimal, bool) {
	a := u.Sub(us[1]).Mul(us[0].Sub(us[2]))
	b := u.Sub(us[2]).Mul(us[0].Sub(us[1]))
	num := vs[1].Mul(vs[0].Sub(vs[2])).Mul(b).Sub(vs[2].Mul(vs[0].Sub(vs[1])).Mul(a))
	den := vs[0].Sub(vs[2]).Mul(b).Sub(vs[0].Sub(vs[1]).Mul(a))
	if den.IsZero() {
		return decimal.Zero, false
	}
	return num.DivRound(den, divPlaces), true
}
