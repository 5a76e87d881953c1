package calc

import (
	"slices"
	"sort"

	"github.com/shopspring/decimal"
)

// scanSide is one direction of the scan from x0, toward bound.
type scanSide struct {
	bound   decimal.Decimal
	last    point
	off     decimal.Decimal // how far from x0 the next probe goes
	done    bool
	bracket []point // the last two probes, once they lie across the target
}

// scan is the seek for any shape of output. It probes outward from x0 on
// both sides in doubling steps, up to the first pair of probes across the
// target on each side (looking into any gap where the output stops
// existing), and on one side no farther than such a pair already found on
// the other, since a root beyond it cannot be the nearer; then it narrows
// the pairs, the nearer first.
func (k *seeker) scan(p0 point) (seekResult, error) {
	sides := [2]*scanSide{{bound: k.hi, last: p0, off: k.step}, {bound: k.lo, last: p0, off: k.step}}
	for moved := true; moved; {
		moved = false
		for i, s := range sides {
			o := sides[1-i]
			if o.bracket != nil && k.dist(s.last).GreaterThanOrEqual(k.dist(o.bracket[1])) {
				s.done = true
			}
			if s.done {
				continue
			}
			if k.spent() {
				return seekResult{}, errBudget
			}
			x := decimal.Min(k.x0.Add(s.off), s.bound)
			if s.bound.LessThan(k.x0) {
				x = decimal.Max(k.x0.Sub(s.off), s.bound)
			}
			p := k.at(x)
			if k.crosses(s.last, p) {
				s.bracket, s.done = k.pair(s.last, p), true
			} else if s.last.y.Valid != p.y.Valid {
				b, err := k.edge(s.last, p)
				if err != nil {
					return seekResult{}, err
				}
				s.bracket, s.done = b, s.done || b != nil
			}
			s.done = s.done || p.x.Equal(s.bound)
			s.last, s.off, moved = p, s.off.Add(s.off), true
		}
	}
	var brackets [][]point
	for _, s := range sides {
		if s.bracket != nil {
			brackets = append(brackets, s.bracket)
		}
	}
	sort.SliceStable(brackets, func(i, j int) bool { return k.dist(brackets[i][0]).LessThan(k.dist(brackets[j][0])) })
	var best []point
	for _, b := range brackets {
		if best != nil && k.dist(b[0]).GreaterThanOrEqual(k.dist(best[0])) {
			continue
		}
		r, ok, err := k.refine(b[0], b[1])
		if err != nil {
			return seekResult{}, err
		}
		if ok && (best == nil || k.dist(r).LessThan(k.dist(best[0]))) {
			best = []point{r}
		}
	}
	switch {
	case best != nil:
		return seekResult{Solved, best[0]}, nil
	case !slices.ContainsFunc(k.probes, func(p point) bool { return !same(p, p0) }):
		return seekResult{NotAffected, p0}, nil
	}
	return seekResult{Unreachable, k.closest()}, nil
}

// edgeRounds is how many times edge halves a gap: to within a 256th of it.
const edgeRounds = 8

// edge looks between a and b, where the output exists at one only, for the
// target near where the output stops existing (a break-even price, say, that
// falls to zero): it halves the gap toward that edge, edgeRounds times at
// most, and returns the first pair across the target, nearer x0 first.
func (k *seeker) edge(a, b point) ([]point, error) {
	in, out := a, b
	if !in.y.Valid {
		in, out = b, a
	}
	for range edgeRounds {
		if k.spent() {
			return nil, errBudget
		}
		m := k.at(in.x.Add(out.x).Mul(half))
		switch {
		case m.x.Equal(in.x) || m.x.Equal(out.x):
			return nil, nil
		case !m.y.Valid:
			out = m
		case k.crosses(in, m):
			return k.pair(in, m), nil
		default:
			in = m
		}
	}
	return nil, nil
}

// pair is a and b, the nearer x0 first.
func (k *seeker) pair(a, b point) []point {
	if k.dist(b).LessThan(k.dist(a)) {
		return []point{b, a}
	}
	return []point{a, b}
}

// crosses reports whether the probes a then b, both where the output exists,
// lie across the target or b meets it.
func (k *seeker) crosses(a, b point) bool {
	if !a.y.Valid || !b.y.Valid {
		return false
	}
	return k.hits(b) || k.miss(a).Sign() != k.miss(b).Sign()
}

// refine narrows the pair a, b across the target to a point that meets it,
// by regula falsi in its Illinois form: an end kept twice in a row has its
// miss halved, so the pair shrinks from both sides. ok is false where the
// output does not exist between them, or where no value with seekPlaces
// places lies between them and meets the target.
func (k *seeker) refine(a, b point) (r point, ok bool, err error) {
	if k.hits(b) {
		return b, true, nil
	}
	fa, fb := k.miss(a), k.miss(b)
	kept := 0 // the end the last step kept: -1 for a, 1 for b
	for {
		if k.spent() {
			return r, false, errBudget
		}
		x := a.x.Sub(fa.Mul(b.x.Sub(a.x)).DivRound(fb.Sub(fa), seekPlaces))
		if !between(x, a.x, b.x) {
			x = a.x.Add(b.x).Mul(half).Round(seekPlaces)
			if !between(x, a.x, b.x) {
				return r, false, nil
			}
		}
		p := k.at(x)
		switch {
		case k.hits(p):
			return p, true, nil
		case !p.y.Valid:
			return r, false, nil
		}
		if fp := k.miss(p); fp.Sign() == fb.Sign() {
			b, fb = p, fp
			if kept == -1 {
				fa = fa.Mul(half)
			}
			kept = -1
		} else {
			a, fa = p, fp
			if kept == 1 {
				fb = fb.Mul(half)
			}
			kept = 1
		}
	}
}

// between reports whether x lies strictly between a and b.
func between(x, a, b decimal.Decimal) bool {
	lo, hi := decimal.Min(a, b), decimal.Max(a, b)
	return x.GreaterThan(lo) && x.LessThan(hi)
}
