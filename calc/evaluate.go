package calc

import (
	"slices"

	"github.com/shopspring/decimal"
)

// Evaluate computes a scenario of this period. The scenario's levers must
// have passed their checks (Scenario.Set and the codec guarantee it).
func (p *Period) Evaluate(s Scenario) *Result {
	v := p.levers(s)
	return p.evaluate(&v)
}

func (p *Period) evaluate(v *levers) *Result {
	ms := p.mineResults(v, allQuotients)
	return p.combine(v, &ms, allQuotients)
}

// quotients says which of an evaluation's divisions to make: the costs per
// ounce (by measure) and the break-even prices are most of them, and an
// output that reads none (a dollar figure, ounces, the outlook) can go
// without, one that reads one cost per ounce without the other two.
type quotients struct {
	perOz     [numPerOzMeasures]bool
	breakEven bool
}

var allQuotients = quotients{perOz: [numPerOzMeasures]bool{true, true, true}, breakEven: true}

// or is the divisions of q and o both.
func (q quotients) or(o quotients) quotients {
	for k, ok := range o.perOz {
		q.perOz[k] = q.perOz[k] || ok
	}
	q.breakEven = q.breakEven || o.breakEven
	return q
}

// mineResults evaluates every mine at v; the figures are not yet rounded
// (combine rounds its copy), so a price step can start from them
// (priceStep).
func (p *Period) mineResults(v *levers, q quotients) (ms [numMines]MineResult) {
	for _, m := range Mines() {
		p.evaluateMine(m, v, q, &ms[m])
	}
	return ms
}

// evaluateMine applies docs/model.md's scenario equations to one mine, into
// r: every figure written afresh.
func (p *Period) evaluateMine(m Mine, v *levers, q quotients, r *MineResult) {
	p.evaluateMineAt(m, v, p.segments[m.Segment()].realization, q, r)
}

// evaluateMineAt is evaluateMine with the segment's realization sigma.
func (p *Period) evaluateMineAt(m Mine, v *levers, sigma decimal.Decimal, q quotients, r *MineResult) {
	p.mineQuantities(m, v, r)
	p.priceMine(m, v, sigma, q, r)
}

// leverMoves reports whether lever l enters mine m's equations: one of the
// mine's own levers, or the price of a metal that prices it.
func (m Mine) leverMoves(l Lever) bool {
	if lm, ok := l.Mine(); ok {
		return lm == m
	}
	k, ok := l.Metal()
	return ok && m.pricedBy(k)
}

// combine sums the mines ms, evaluated at v with the quotients q, into
// their segments and the company, and rounds the outputs of a copy of ms.
func (p *Period) combine(v *levers, ms *[numMines]MineResult, q quotients) *Result {
	r := &Result{Period: p.ID, Mines: *ms}
	c := &r.Company
	for _, s := range Segments() {
		seg := &r.Segments[s]
		seg.Unallocated = p.segments[s].unallocated
		var num [numPerOzMeasures]decimal.Decimal
		for _, m := range s.Mines() {
			mr := &r.Mines[m]
			seg.Produced = seg.Produced.Add(mr.Produced)
			seg.CostBasisOz = seg.CostBasisOz.Add(mr.CostBasisOz)
			seg.Sales = seg.Sales.Add(mr.Sales)
			seg.CostOfSales = seg.CostOfSales.Add(mr.CostOfSales)
			num[CashOperating] = num[CashOperating].Add(mr.CashOperating)
			num[TotalCash] = num[TotalCash].Add(mr.TotalCash)
			num[TotalProduction] = num[TotalProduction].Add(mr.TotalProd)
		}
		seg.CostOfSales = seg.CostOfSales.Add(seg.Unallocated)
		seg.GrossProfit = seg.Sales.Sub(seg.CostOfSales)
		if ms := s.Mines(); len(ms) == 1 {
			seg.PerOz = r.Mines[ms[0]].PerOz // the same quotients: no need to divide again
		} else {
			seg.PerOz = perOz(num, seg.CostBasisOz, q.perOz)
		}
		c.Sales = c.Sales.Add(seg.Sales)
		c.CostOfSales = c.CostOfSales.Add(seg.CostOfSales)
		c.GrossProfit = c.GrossProfit.Add(seg.GrossProfit)
	}
	p.statement(c, v)
	r.round()
	return r
}

// statement carries the company's gross profit c holds down to EPS, at
// levers v: docs/model.md's "Company" equations.
func (p *Period) statement(c *CompanyResult, v *levers) {
	rep := &p.Reported
	c.OtherOperatingExpenses = v[opexLever]
	c.IncomeFromOperations = c.GrossProfit.Sub(c.OtherOperatingExpenses)
	c.OtherIncome = rep.OtherIncome
	c.IncomeBeforeTaxes = c.IncomeFromOperations.Add(c.OtherIncome)
	c.IncomeTax = work(c.IncomeBeforeTaxes.Mul(v.taxRate()))
	c.NetIncome = c.IncomeBeforeTaxes.Sub(c.IncomeTax)
	c.PreferredDividends = rep.PreferredDividends
	c.ApplicableToCommon = c.NetIncome.Sub(c.PreferredDividends)
	c.EPS = divOut(c.ApplicableToCommon, v[sharesLever])
}

// mineQuantities applies the part of docs/model.md's scenario equations that
// no price enters to one mine: metal produced, tonnage costs, depreciation
// and the fixed items.
func (p *Period) mineQuantities(m Mine, v *levers, r *MineResult) {
	c := &p.mines[m]
	t := v[mineLever(m, Tons)]
	r.Produced = work(t.Mul(v[mineLever(m, Grade)]).Mul(v[mineLever(m, Recovery)].Shift(-2)))
	if !mineInfos[m].creditsFollowPrimary {
		for _, k := range m.ByProducts() {
			r.ByProducts[k] = work(c.byProductPerTn[k].Mul(t))
		}
	}
	r.MiningMilling = t.Mul(v[mineLever(m, Mining)].Add(v[mineLever(m, Milling)]))
	r.FixedSite = c.fixedSite
	r.Treatment = work(c.tfPerTon.Mul(t))
	r.Depreciation = work(c.daPerTon.Mul(t))
	r.Reclamation = c.reclamation
	r.Residual = c.residual
	r.CostBasisOz = work(c.costBasisRatio.Mul(r.Produced))
	r.Inventory = c.inventory
	r.Labor = c.labor
	r.siteCash = r.MiningMilling.Add(r.FixedSite).Add(r.Treatment)
	r.gaapBase = r.MiningMilling.Add(r.FixedSite).Add(r.Depreciation).Add(c.gaapFixed)
}

// pricedBy reports whether metal k's price enters the mine's equations: as
// its primary metal or as one of its by-products.
func (m Mine) pricedBy(k Metal) bool {
	return k == m.Primary() || slices.Contains(m.ByProducts(), k)
}

// priceMine applies the rest of the equations to one mine whose quantities
// r holds, with the segment's realization sigma: every figure a price
// enters, each written afresh, the divisions only those q asks for.
func (p *Period) priceMine(m Mine, v *levers, sigma decimal.Decimal, q quotients, r *MineResult) {
	p.mineCredits(m, v, r)
	p.mineRoyalties(m, v, r)
	p.minePriced(m, v, sigma, q, r)
}

// mineCredits are the by-product credits, which the by-products' prices
// enter (La Camorra's: the gold price).
func (p *Period) mineCredits(m Mine, v *levers, r *MineResult) {
	c := &p.mines[m]
	if mineInfos[m].creditsFollowPrimary {
		r.Credits = work(c.creditsPerUnit.Mul(v[priceLever(m.Primary())]))
	} else {
		r.byValue = byProductValue(r.ByProducts, m.ByProducts(), (*[numMetals]decimal.Decimal)(v[:numMetals]))
		r.Credits = work(c.payable.Mul(r.byValue))
	}
}

// mineRoyalties are the royalties, which the primary metal's price enters.
func (p *Period) mineRoyalties(m Mine, v *levers, r *MineResult) {
	r.Royalties = work(p.mines[m].royaltyRate.Mul(r.Produced).Mul(v[priceLever(m.Primary())]))
}

// minePriced is what follows from the credits and royalties r holds; of
// the costs per ounce and the break-even price, only what q asks for (the
// others absent). stepMine (pricestep.go) forms the same figures for a
// price step from what the step leaves unchanged.
func (p *Period) minePriced(m Mine, v *levers, sigma decimal.Decimal, q quotients, r *MineResult) {
	c := &p.mines[m]
	price := v[priceLever(m.Primary())]
	r.CashOperating = r.siteCash.Sub(r.Credits)
	r.TotalCash = r.CashOperating.Add(r.Royalties)
	// docs/model.md's GAAPCost = TotalCash − TF + Credits + DA + Inventory
	// + Recl + Labor. TotalCash holds + TF − Credits, so the two cancel
	// exactly and the sum is formed from what is left (exact sums: in any
	// order the same figure).
	r.CostOfSales = r.gaapBase.Add(r.Royalties)
	r.revenue = r.Produced.Mul(price)
	r.nsr = r.revenue.Add(r.Credits).Sub(r.Treatment)
	r.Sales = out(sigma.Mul(r.nsr)) // an output: straight to its precision

	r.TotalProd = r.TotalCash.Add(r.Depreciation).Add(c.prodFixed) // + Recl + X
	r.GrossProfit = r.Sales.Sub(r.CostOfSales)
	r.PerOz, r.BreakEven = [numPerOzMeasures]decimal.NullDecimal{}, BreakEven{}
	r.PerOz = perOz([numPerOzMeasures]decimal.Decimal{r.CashOperating, r.TotalCash, r.TotalProd}, r.CostBasisOz, q.perOz)

	// Gross profit is linear in the primary price: its slope is what one more
	// dollar of price adds to sales (through metal and any credits that
	// follow it) less what it adds to royalties; credits cancel in GAAP cost.
	if q.breakEven {
		slope := c.marginal.Mul(r.Produced).Add(c.creditsMargin)
		r.BreakEven = breakEven(r.GrossProfit, price, slope)
	}
}

// breakEven solves gp + slope × (P − price) = 0 for P ≥ 0: P = price − gp / slope.
func breakEven(gp, price, slope decimal.Decimal) BreakEven {
	if slope.IsZero() {
		return BreakEven{Always: gp.Sign() >= 0}
	}
	p := price.Sub(divOut(gp, slope))
	if p.Sign() < 0 {
		// The line crosses zero below a price of zero: from zero up it is
		// all profit if it rises, all loss if it falls.
		return BreakEven{Always: slope.Sign() > 0}
	}
	return BreakEven{Price: decimal.NewNullDecimal(p)}
}

// perOz divides each numerator asked for by the cost-basis ounces (the
// others absent); with none, the figures do not exist (they are not zero,
// and not infinite).
func perOz(num [numPerOzMeasures]decimal.Decimal, d decimal.Decimal, asked [numPerOzMeasures]bool) (r [numPerOzMeasures]decimal.NullDecimal) {
	if d.IsZero() {
		return r
	}
	for i, n := range num {
		if asked[i] {
			r[i] = decimal.NewNullDecimal(divOut(n, d))
		}
	}
	return r
}
