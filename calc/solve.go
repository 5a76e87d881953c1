package calc

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// SolveStatus says what a goal seek found.
type SolveStatus string

// The goal seek's verdicts.
const (
	// Solved: the lever has a value at which the output meets the target.
	Solved SolveStatus = "solved"
	// Unreachable: no value within the lever's search range does.
	Unreachable SolveStatus = "unreachable"
	// NotAffected: the output does not move with the lever.
	NotAffected SolveStatus = "not-affected"
)

// Solution is a goal seek's answer: the value of one lever at which an
// output equals a target, every other lever as in the scenario.
type Solution struct {
	Lever  Lever
	Output string
	Target decimal.Decimal
	Status SolveStatus
	// Value is the lever's value when Solved: of all the values that meet
	// the target, the nearest to the scenario's. The output there is within
	// 1e-9 × |Target| of the target, or 1e-9 for a target below one.
	Value decimal.NullDecimal
	// Closest is, when Unreachable, the end of the lever's search range
	// (Period.SolveRange) at which the output comes nearest the target.
	Closest decimal.NullDecimal
	// Achieved is the output at Value, at Closest, or, when NotAffected, at
	// the scenario's levers; not Valid where the figure does not exist.
	Achieved decimal.NullDecimal
	// Evaluations counts the scenarios the seek evaluated, the scenario's
	// own included (SolveAll evaluates that one once for every lever).
	Evaluations int
}

// searchTimes is how far above the larger of the release's figure and the
// scenario's a goal seek looks on a lever without an upper limit: ten
// times the quarter's price of a metal, its ore, its grade or its costs is
// far beyond any what-if, and small enough that the search stays short.
var searchTimes = decimal.NewFromInt(10)

// SolveRange is where a goal seek looks for a lever's value: from zero to
// 100 for recovery and the tax rate, and to searchTimes the larger of the
// release's figure and the scenario's for every other lever. The shares and
// the share price start just above zero, which they cannot be, and the
// year's exploration at what the first quarter spent (checkIn).
func (p *Period) SolveRange(s Scenario, l Lever) (lo, hi decimal.Decimal) {
	switch l.Kind() {
	case Recovery, TaxRate:
		return zero, hundred
	case Shares, SharePrice:
		lo = decimal.New(1, -seekPlaces)
	case Exploration:
		lo = p.Reported.Cash.Exploration
	}
	top := decimal.Max(p.BaselineLever(l), s.Value(p, l))
	if top.IsZero() {
		top = one
	}
	return decimal.Max(lo, zero), top.Mul(searchTimes).Round(seekPlaces)
}

// Solve finds the value of lever l at which the named output (any of
// OutputNames) equals target, every other lever as in s. It is refused for an
// unknown period, lever or output, and for a lever of the outlook in another
// period, which has none to set it in (SolveAll leaves it out alike).
func (m *Model) Solve(s Scenario, l Lever, output string, target decimal.Decimal) (Solution, error) {
	if l < 0 || int(l) >= numLevers {
		return Solution{}, &FieldError{Field: "lever", Code: UnknownKey, Message: fmt.Sprintf("lever: %d is not a lever of the calculator", l)}
	}
	g, err := m.goal(s, output, target)
	if err != nil {
		return Solution{}, err
	}
	if err := g.p.inPeriod(l, "lever", "lever: "+l.Key()); err != nil {
		return Solution{}, err
	}
	return g.solve(l)
}

// SolveAll is Solve for every lever of the scenario's period, in its
// Levers' order: what it would take, lever by lever, for the output to
// reach the target.
func (m *Model) SolveAll(s Scenario, output string, target decimal.Decimal) ([]Solution, error) {
	g, err := m.goal(s, output, target)
	if err != nil {
		return nil, err
	}
	ls := g.p.Levers()
	all := make([]Solution, 0, len(ls))
	for _, l := range ls {
		sol, err := g.solve(l)
		if err != nil {
			return nil, err
		}
		all = append(all, sol)
	}
	return all, nil
}

// goal is one output and target at a scenario's levers, with what every
// seek of it shares: the output there, and the levers that can move it.
type goal struct {
	p      *Period
	s      Scenario
	probe  *probe
	output string
	target decimal.Decimal
	now    decimal.NullDecimal
	moving []Lever
}

func (m *Model) goal(s Scenario, output string, target decimal.Decimal) (*goal, error) {
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	v := p.levers(s)
	pr, now, ok := p.newProbe(&v, output)
	if !ok {
		return nil, unknownOutput(output)
	}
	return &goal{p: p, s: s, probe: pr, output: output, target: target, now: now, moving: movedBy(output)}, nil
}

func unknownOutput(name string) *FieldError {
	return &FieldError{Field: "output", Code: UnknownOutput, Message: fmt.Sprintf("output: %q is not an output of the calculator", name)}
}

// movedBy lists the levers that can move an output: dependsOn's, read from
// the scope inside an outlook's or a price sensitivity's name; with the
// year's levers for the outlook's and the value's, and the tax rate and the
// shares for the company's lines below gross profit.
func movedBy(output string) []Lever {
	name := strings.TrimPrefix(output, outlookPrefix)
	if _, of, ok := sensitivityName(output); ok {
		name = of
	}
	ls, ok := dependsOn(name)
	if !ok {
		ls = Levers()
	}
	scope, metric, _ := strings.Cut(name, ".")
	switch {
	case isYearOutput(output):
		ls = append(ls, YearLevers()...)
	case scope == CompanyScope && belowGrossProfit(metric):
		ls = append(ls, taxRateLever, sharesLever)
	}
	return ls
}

// belowGrossProfit reports whether a company metric is moved by what comes
// between gross profit and net income: its other expenses and taxes.
func belowGrossProfit(metric string) bool {
	switch metric {
	case MetricIncomeOps, MetricNetIncome, MetricEPS, MetricAdjustedEPS,
		MetricOperatingCash, MetricOperatingBefore, MetricFreeCash, MetricCash:
		return true
	}
	return false
}

func (g *goal) solve(l Lever) (Solution, error) {
	sol := Solution{Lever: l, Output: g.output, Target: g.target, Evaluations: 1}
	if !slices.Contains(g.moving, l) {
		sol.Status, sol.Achieved = NotAffected, g.now
		return sol, nil
	}
	pr := g.probe.moving(l)
	x0 := pr.v.value(l) // a later quarter's price may follow its metal's
	lo, hi := g.p.SolveRange(g.s, l)
	k := &seeker{
		f: func(x decimal.Decimal) decimal.NullDecimal {
			pr.v[l] = x
			return pr.output()
		},
		x0: x0, lo: lo, hi: hi, step: firstStep(x0, g.p.BaselineLever(l), lo, hi),
		target: g.target, tol: tolerance(g.target),
		probes: []point{{x: x0, y: g.now}},
	}
	res, err := k.seek()
	if err != nil {
		return sol, fmt.Errorf("calc: seeking %s = %s by %s: %w", g.output, g.target, l.Key(), err)
	}
	sol.Status, sol.Achieved, sol.Evaluations = res.status, res.at.y, len(k.probes)
	switch res.status {
	case Solved:
		sol.Value = decimal.NewNullDecimal(res.at.x)
	case Unreachable:
		sol.Closest = decimal.NewNullDecimal(res.at.x)
	}
	return sol, nil
}

// relTolerance is the precision a solution meets, relative to its target
// (and absolute below a target of one).
var relTolerance = decimal.New(1, -9)

func tolerance(target decimal.Decimal) decimal.Decimal {
	return decimal.Max(relTolerance, target.Abs().Mul(relTolerance))
}

// firstStep is the seek's first move from x0: a tenth of x0 or of the
// release's figure, whichever is larger; a hundredth of the range when both
// are zero.
func firstStep(x0, base, lo, hi decimal.Decimal) decimal.Decimal {
	h := decimal.Max(x0.Abs(), base.Abs()).Mul(decimal.New(1, -1))
	if h.IsZero() {
		h = hi.Sub(lo).DivRound(hundred, seekPlaces)
	}
	return h
}
