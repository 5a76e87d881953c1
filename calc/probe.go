package calc

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// probe evaluates one output again and again as a few levers move, every
// other lever held: the mines those levers leave alone are evaluated once,
// and the divisions the output does not read are not made. This is what
// keeps a goal seek or a grid within a frame in the browser.
type probe struct {
	p     *Period
	v     levers // the levers now; the caller moves its own
	name  string
	q     quotients
	held  [numMines]MineResult // the mines at the levers first given
	moves [numMines]bool       // the mines the moving levers reach
}

// newProbe is a probe of output name at the levers v, no lever moving yet,
// and the output there. ok is false for a name outside the contract.
func (p *Period) newProbe(v *levers, name string) (pr *probe, now decimal.NullDecimal, ok bool) {
	pr = &probe{p: p, v: *v, name: name, q: quotientsOf(name)}
	pr.held = p.mineResults(v, pr.q)
	now, ok = pr.eval()
	return pr, now, ok
}

// moving is a copy of the probe for the levers ls to move.
func (pr *probe) moving(ls ...Lever) *probe {
	c := *pr
	for _, l := range ls {
		for _, m := range Mines() {
			c.moves[m] = c.moves[m] || m.leverMoves(l)
		}
	}
	return &c
}

// output is the output at the probe's levers now.
func (pr *probe) output() decimal.NullDecimal {
	y, _ := pr.eval()
	return y
}

func (pr *probe) eval() (decimal.NullDecimal, bool) {
	ms := pr.held
	for _, m := range Mines() {
		if pr.moves[m] {
			pr.p.evaluateMine(m, &pr.v, pr.q, &ms[m])
		}
	}
	return pr.p.outputOf(&pr.v, &ms, pr.p.combine(&pr.v, &ms, pr.q), pr.name)
}

// quotientsOf is the divisions output name reads: its cost per ounce for
// a cost per ounce, the total cash cost's for a cash margin (the outlook's
// divide sums of their own), the break-even prices for a break-even price.
func quotientsOf(name string) (q quotients) {
	if _, of, ok := sensitivityName(name); ok {
		name = of
	}
	if isYearOutput(name) {
		return q
	}
	_, metric, _ := strings.Cut(name, ".")
	for _, k := range PerOzMeasures() {
		q.perOz[k] = metric == k.Slug() || (k == TotalCash && metric == cashMargin)
	}
	q.breakEven = metric == MetricBreakEven
	return q
}

// outputOf is output name of the result r at the levers v, whose unrounded
// mines are ms: a metric reads r alone, a price sensitivity one step of its
// metal's price (priceStep, never the steps of every metal that Views
// makes), the outlook and the other views no more. ok is false for a name
// outside the contract.
func (p *Period) outputOf(v *levers, ms *[numMines]MineResult, r *Result, name string) (y decimal.NullDecimal, ok bool) {
	if y, ok := r.Metric(name); ok {
		return y, true
	}
	if k, of, ok := sensitivityName(name); ok {
		return p.priceSensitivity(v, r, ms, k)[k][slices.Index(sensitivityOutputs[:], of)], true
	}
	if !isYearOutput(name) {
		return p.views(v, r).metric(name)
	}
	var o *Outlook
	if p.ID == outlookPeriod {
		o = p.outlook(v, ms, r, companyProduced(r), outlookPartsOf(name))
	}
	for _, m := range yearMetrics(o) {
		if m.Name == name {
			return m.Value, true
		}
	}
	return y, false
}
