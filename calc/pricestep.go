package calc

import "github.com/shopspring/decimal"

// depth is how much of a mine's figures priceMine computes.
type depth bool

const (
	// fully: every figure of MineResult.
	fully depth = false
	// forSteps: only what a price sensitivity reads (sensitivityOutputs,
	// through the segments and the company): sales, cost of sales and
	// total cash cost. The costs per ounce and the break-even price are
	// divisions, and were most of a price step's time.
	forSteps depth = true
)

// priceStep is the price sensitivities' outputs (sensitivityOutputs) of
// the scenario whose unrounded mines are ms (evaluateMines), result r and
// segment sums sums (segmentSums), with metal k's price at up's, every
// other lever as it was. The mines that price does not enter keep their
// figures, and a segment without such a mine keeps r's; the others are
// priced again by the same equations and summed into the segments and the
// company as assemble sums them, only as far as those outputs need. They
// equal p.evaluate(up)'s (TestPriceStepsEqualWholeEvaluations), at the cost
// of a few products per mine instead of every equation.
func (p *Period) priceStep(ms [numMines]MineResult, r *Result, sums [numSegments]stepSums, up *levers, k Metal) sensitivityFigures {
	moved := [numSegments]bool{}
	for _, m := range Mines() {
		if !m.pricedBy(k) {
			continue
		}
		mr := &ms[m]
		// A by-product's price moves the credits alone, the primary
		// metal's the royalties (and La Camorra's credits, which follow it).
		if k != m.Primary() || mineInfos[m].creditsFollowPrimary {
			p.mineCredits(m, up, mr)
		}
		if k == m.Primary() {
			p.mineRoyalties(m, up, mr)
		}
		p.minePriced(m, up, p.segments[m.Segment()].realization, mr, forSteps)
		moved[m.Segment()] = true
	}
	var c CompanyResult
	var tcc [numSegments]decimal.NullDecimal
	for _, s := range Segments() {
		sum := sums[s]
		if moved[s] {
			sum = p.segmentSums(&ms, s)
			tcc[s] = perOzOf(sum.cash, sum.oz)
		} else {
			tcc[s] = r.Segments[s].PerOz[TotalCash]
		}
		c.Sales = c.Sales.Add(sum.sales)
		c.GrossProfit = c.GrossProfit.Add(sum.sales.Sub(sum.cost))
	}
	p.statement(&c, up)
	c.round()
	return figuresOf(&c, &tcc)
}

// stepSums are one segment's sums a price step reads, unrounded: sales,
// cost of sales (with the unallocated cost), total cash cost and
// cost-basis ounces.
type stepSums struct{ sales, cost, cash, oz decimal.Decimal }

func (p *Period) segmentSums(ms *[numMines]MineResult, s Segment) stepSums {
	sum := stepSums{sales: zero, cost: p.segments[s].unallocated, cash: zero, oz: zero}
	for _, m := range s.Mines() {
		mr := &ms[m]
		sum.sales, sum.cost = sum.sales.Add(mr.Sales), sum.cost.Add(mr.CostOfSales)
		sum.cash, sum.oz = sum.cash.Add(mr.TotalCash), sum.oz.Add(mr.CostBasisOz)
	}
	return sum
}

// sensitivityFigures are the figures of sensitivityOutputs, in its order,
// of one evaluation.
type sensitivityFigures [numSensitivityOutputs]decimal.NullDecimal

// figuresOf reads sensitivityFigures from the company's rounded statement c
// and the segments' total cash costs per ounce tcc, by field: Result.Metric
// would parse each name, 48 times per scenario's views.
// TestPriceStepsEqualWholeEvaluations holds the two readings together.
func figuresOf(c *CompanyResult, tcc *[numSegments]decimal.NullDecimal) sensitivityFigures {
	val := decimal.NewNullDecimal
	return sensitivityFigures{val(c.Sales), val(c.GrossProfit), val(c.NetIncome), val(c.EPS),
		tcc[SilverSegment], tcc[GoldSegment]}
}
