package calc

// depth is how much of a result an evaluation computes.
type depth bool

const (
	// fully: every figure of Result.
	fully depth = false
	// forSteps: only what a price sensitivity reads (sensitivityOutputs):
	// sales, costs and gross profit, the segments' total cash cost per
	// ounce, and the company's income down to EPS. The mines' costs per
	// ounce and break-even prices are divisions, and were most of a price
	// step's time; a result of this depth never leaves the package.
	forSteps depth = true
)

// priceStep is the result, to depth forSteps, of the scenario whose
// unrounded mines are ms (evaluateMines) with metal k's price at up's, every
// other lever as it was: the mines that price does not enter keep their
// figures, the others are priced again by the same equations. Its
// sensitivity outputs equal p.evaluate(up)'s (TestPriceStepsEqualWhole-
// Evaluations), at the cost of a few products per mine instead of every
// equation.
func (p *Period) priceStep(ms [numMines]MineResult, up *levers, k Metal) *Result {
	for _, m := range Mines() {
		if m.pricedBy(k) {
			p.priceMine(m, up, p.segments[m.Segment()].realization, &ms[m], forSteps)
		}
	}
	return p.assemble(&ms, up, forSteps)
}
