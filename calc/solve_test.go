package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// bruteSteps is how finely the brute force walks a lever's search range.
const bruteSteps = 60

// outputAt is one output of s evaluated in full (Evaluate, then every view),
// as -eval prints it, the lever l set to x.
func outputAt(tb testing.TB, p *calc.Period, s calc.Scenario, l calc.Lever, x decimal.Decimal, name string) decimal.NullDecimal {
	tb.Helper()
	if err := s.Set(p, l, x); err != nil {
		tb.Fatalf("%s = %s: %v", l.Key(), x, err)
	}
	for _, o := range p.Outputs(s, p.Evaluate(s)) {
		if o.Name == name {
			return o.Value
		}
	}
	tb.Fatalf("no output %s", name)
	return decimal.NullDecimal{}
}

// checkPrecision fails unless the output at the solution's value, evaluated
// in full, meets the target as Solution promises.
func checkPrecision(t *testing.T, p *calc.Period, s calc.Scenario, sol calc.Solution) {
	t.Helper()
	got := outputAt(t, p, s, sol.Lever, sol.Value.Decimal, sol.Output)
	tol := decimal.Max(dec("1e-9"), sol.Target.Abs().Mul(dec("1e-9")))
	if !got.Valid || got.Decimal.Sub(sol.Target).Abs().GreaterThan(tol) {
		t.Errorf("%s at %s = %s: %v, want %s within %s", sol.Output, sol.Lever.Key(), sol.Value.Decimal, got, sol.Target, tol)
	}
	if !sameFigure(sol.Achieved, got) {
		t.Errorf("Achieved %v, the output there is %v", sol.Achieved, got)
	}
}

// Every lever against every output the release gives guidance for, at its
// figure, in three scenarios: the goal seek agrees with a brute-force walk
// over the lever's search range. Where the walk sees the output cross the
// target, the seek solves, within one step of the crossing nearest the
// scenario's value; where it does not, the output is either flat (not
// affected) or out of reach, the bound nearest the target given.
func TestSolveAgreesWithBruteForce(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	for _, q := range []string{"", "silver=14&zinc=1.5", "la-camorra.grade=0.5&gold=700"} {
		s := scenario(t, m, q)
		for _, l := range calc.Levers() {
			lo, hi := p.SolveRange(s, l)
			step := hi.Sub(lo).DivRound(decimal.NewFromInt(bruteSteps), 20)
			// One walk per lever serves every guidance output.
			walk := make([]map[string]decimal.NullDecimal, bruteSteps+1)
			xs := make([]decimal.Decimal, bruteSteps+1)
			for i := range xs {
				xs[i] = lo.Add(step.Mul(decimal.NewFromInt(int64(i))))
				if i == bruteSteps {
					xs[i] = hi
				}
				s2 := s
				if err := s2.Set(p, l, xs[i]); err != nil {
					t.Fatal(err)
				}
				walk[i] = map[string]decimal.NullDecimal{}
				for _, o := range p.Outputs(s2, p.Evaluate(s2)) {
					walk[i][o.Name] = o.Value
				}
			}
			for _, g := range p.Reported.Guidance {
				t.Run(q+"/"+l.Key()+"/"+g.Output, func(t *testing.T) {
					sol, err := m.Solve(s, l, g.Output, g.Figure)
					if err != nil {
						t.Fatal(err)
					}
					logSolution(t, sol)
					if sol.Evaluations > 60 {
						t.Errorf("%d evaluations, budget 60", sol.Evaluations)
					}
					checkAgainstWalk(t, p, s, sol, xs, walk, step)
				})
			}
		}
	}
}

func checkAgainstWalk(t *testing.T, p *calc.Period, s calc.Scenario, sol calc.Solution, xs []decimal.Decimal, walk []map[string]decimal.NullDecimal, step decimal.Decimal) {
	t.Helper()
	x0, target := s.Value(p, sol.Lever), sol.Target
	ys := make([]decimal.NullDecimal, len(xs))
	for i := range xs {
		ys[i] = walk[i][sol.Output]
	}
	// The crossing nearest x0: the pair of neighbours across the target
	// (or on it) that lies nearest.
	nearest, bestDist := -1, decimal.Zero
	for i := 1; i < len(xs); i++ {
		a, b := ys[i-1], ys[i]
		if !a.Valid || !b.Valid || a.Decimal.Sub(target).Sign()*b.Decimal.Sub(target).Sign() > 0 {
			continue
		}
		dist := decimal.Zero
		if x0.LessThan(xs[i-1]) {
			dist = xs[i-1].Sub(x0)
		} else if x0.GreaterThan(xs[i]) {
			dist = x0.Sub(xs[i])
		}
		if nearest < 0 || dist.LessThan(bestDist) {
			nearest, bestDist = i, dist
		}
	}
	flat := true
	for _, y := range ys {
		flat = flat && y.Valid == ys[0].Valid && (!y.Valid || y.Decimal.Sub(ys[0].Decimal).Abs().LessThan(dec("1e-10")))
	}
	switch {
	case nearest >= 0:
		if sol.Status != calc.Solved {
			t.Fatalf("want solved between %s and %s, got %s", xs[nearest-1], xs[nearest], sol.Status)
		}
		v := sol.Value.Decimal
		if v.LessThan(xs[nearest-1].Sub(step)) || v.GreaterThan(xs[nearest].Add(step)) {
			t.Errorf("value %s, want between %s and %s (one step around the walk's crossing)", v, xs[nearest-1], xs[nearest])
		}
		checkPrecision(t, p, s, sol)
	case flat:
		if sol.Status != calc.NotAffected || !sameFigure(sol.Achieved, ys[0]) {
			t.Errorf("want not-affected at %v, got %s at %v", ys[0], sol.Status, sol.Achieved)
		}
	default:
		lo, hi := ys[0], ys[len(ys)-1]
		want := xs[0]
		if !lo.Valid || (hi.Valid && hi.Decimal.Sub(target).Abs().LessThan(lo.Decimal.Sub(target).Abs())) {
			want = xs[len(xs)-1]
		}
		if sol.Status != calc.Unreachable || !sol.Closest.Valid || !sol.Closest.Decimal.Equal(want) {
			t.Fatalf("want unreachable, closest at %s, got %s closest %v", want, sol.Status, sol.Closest)
		}
		if at := outputAt(t, p, s, sol.Lever, want, sol.Output); !sameFigure(sol.Achieved, at) {
			t.Errorf("achieved %v, the output at %s is %v", sol.Achieved, want, at)
		}
	}
}

func logSolution(t *testing.T, sol calc.Solution) {
	t.Helper()
	t.Logf("%s = %s by %s: %s, value %s, closest %s, achieved %s, %d evaluations", sol.Output, sol.Target,
		sol.Lever.Key(), sol.Status, fig(sol.Value), fig(sol.Closest), fig(sol.Achieved), sol.Evaluations)
}

// fig prints an output, "n/a" where it does not exist.
func fig(d decimal.NullDecimal) string {
	if !d.Valid {
		return "n/a"
	}
	return d.Decimal.String()
}

// sameFigure compares two outputs, absent ones included.
func sameFigure(a, b decimal.NullDecimal) bool {
	return a.Valid == b.Valid && (!a.Valid || a.Decimal.Equal(b.Decimal))
}
