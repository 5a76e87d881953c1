package calc

import "github.com/shopspring/decimal"

// priceStep is the price sensitivities' outputs (sensitivityOutputs) of
// the scenario whose unrounded mines are ms (mineResults), result r and
// segment sums sums (segmentSums), with metal k's price at up's, every
// other lever as it was. The mines that price does not enter keep their
// figures, and a segment without such a mine keeps r's; the others are
// priced again (stepMine) and summed into the segments and the company as
// combine sums them, only as far as those outputs need. They equal
// p.evaluate(up)'s (TestPriceStepsEqualWholeEvaluations), at the cost of a
// few products per mine instead of every equation.
func (p *Period) priceStep(ms [numMines]MineResult, r *Result, sums [numSegments]stepSums, up *levers, k Metal) sensitivityFigures {
	moved := [numSegments]bool{}
	for _, m := range Mines() {
		if m.pricedBy(k) {
			p.stepMine(m, up, k, &ms[m])
			moved[m.Segment()] = true
		}
	}
	var c CompanyResult
	var tcc [numSegments]decimal.NullDecimal
	for _, s := range Segments() {
		sum := sums[s]
		if moved[s] {
			sum = p.steppedSums(&ms, s, sum, k)
			tcc[s] = perOzOf(sum.cash, sum.oz)
		} else {
			tcc[s] = r.Segments[s].PerOz[TotalCash]
		}
		c.Sales = c.Sales.Add(sum.sales)
		c.GrossProfit = c.GrossProfit.Add(sum.sales.Sub(sum.cost))
	}
	p.statement(&c, up)
	// Rounded as Result.round rounds them: the three figuresOf reads.
	c.Sales, c.GrossProfit, c.NetIncome = out(c.Sales), out(c.GrossProfit), out(c.NetIncome)
	return figuresOf(&c, &tcc)
}

// stepMine prices mine m again, its figures r, for a step of metal k's
// price to up's: only what a price sensitivity reads (sales, cost of sales,
// total cash cost), by minePriced's equations, from the parts the step
// leaves as they were. A by-product's price moves the credits alone, whose
// value sum gains the step's value of that metal (value is linear in the
// price: Σ value(B, P) + value(B_k, step) is the sum at the stepped price);
// the primary metal's moves the royalties and the metal's revenue, and La
// Camorra's credits, which follow it. The mine's other figures (its costs
// per ounce and break-even price are divisions) no sensitivity reads, and
// are left as they were.
func (p *Period) stepMine(m Mine, up *levers, k Metal, r *MineResult) {
	c := &p.mines[m]
	primary := k == m.Primary()
	if !primary || mineInfos[m].creditsFollowPrimary {
		if mineInfos[m].creditsFollowPrimary {
			p.mineCredits(m, up, r)
		} else {
			r.byValue = r.byValue.Add(metalValue(k, r.ByProducts[k], k.PriceStep()))
			r.Credits = work(c.payable.Mul(r.byValue))
		}
		r.CashOperating = r.siteCash.Sub(r.Credits)
	}
	if primary {
		p.mineRoyalties(m, up, r)
		r.CostOfSales = r.gaapBase.Add(r.Royalties)
		r.revenue = r.Produced.Mul(up[priceLever(k)])
	}
	r.TotalCash = r.CashOperating.Add(r.Royalties)
	r.nsr = r.revenue.Add(r.Credits).Sub(r.Treatment)
	r.Sales = out(p.segments[m.Segment()].realization.Mul(r.nsr))
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

// steppedSums are segment s's sums after a step of metal k's price, from
// its sums before, base: sales and total cash cost summed again; the cost of
// sales too where k is the segment's primary metal (the royalties move),
// not otherwise; the cost-basis ounces, which no price moves, as they were.
func (p *Period) steppedSums(ms *[numMines]MineResult, s Segment, base stepSums, k Metal) stepSums {
	sum := base
	sum.sales, sum.cash = zero, zero
	cost := s.Primary() == k
	if cost {
		sum.cost = p.segments[s].unallocated
	}
	for _, m := range s.Mines() {
		mr := &ms[m]
		sum.sales, sum.cash = sum.sales.Add(mr.Sales), sum.cash.Add(mr.TotalCash)
		if cost {
			sum.cost = sum.cost.Add(mr.CostOfSales)
		}
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
