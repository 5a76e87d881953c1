package calc

import "github.com/shopspring/decimal"

// Output names of the year beyond the quarter's statement.
const (
	MetricAdjustedEPS = "adjusted-eps"
	MetricCash        = "cash"
)

// quarterResults are the later quarters of 2007 at the levers lv, whose
// unrounded mines are ms and result r: the scenario's operations at each
// quarter's prices, summed as combine sums them. A quarter at the
// scenario's own prices is r, and one at an earlier quarter's prices that
// quarter's, so a year without prices of its own costs no evaluation.
func (p *Period) quarterResults(lv *levers, ms *[numMines]MineResult, r *Result) (qs [laterQuarters]*Result) {
	var prices [laterQuarters][numMetals]decimal.Decimal
	for i := range qs {
		prices[i] = lv.quarterPrices(i)
		qs[i] = r
		if samePrices(&prices[i], (*[numMetals]decimal.Decimal)(lv[:numMetals])) {
			continue
		}
		for j := range i {
			if samePrices(&prices[i], &prices[j]) {
				qs[i] = qs[j]
			}
		}
		if qs[i] == r {
			qs[i] = p.quarterAt(lv, ms, &prices[i])
		}
	}
	return qs
}

func samePrices(a, b *[numMetals]decimal.Decimal) bool {
	for k := range a {
		if !a[k].Equal(b[k]) {
			return false
		}
	}
	return true
}

// quarterAt is the scenario at levers lv, whose unrounded mines are ms, at
// the prices ps: only the mines a changed price enters are priced again,
// and none of the divisions (the year divides its own sums).
func (p *Period) quarterAt(lv *levers, ms *[numMines]MineResult, ps *[numMetals]decimal.Decimal) *Result {
	v := *lv
	copy(v[:numMetals], ps[:])
	qm := *ms
	for _, m := range Mines() {
		for k := range numMetals {
			if m.pricedBy(k) && !ps[k].Equal(lv[k]) {
				p.priceMine(m, &v, p.segments[m.Segment()].realization, quotients{}, &qm[m])
				break
			}
		}
	}
	return p.combine(&v, &qm, quotients{})
}

// yearBelowGrossProfit runs each later quarter q of qs from its gross
// profit down, at the levers lv whose result is r, into o: docs/model.md's
//
//	opex_q = the scenario's opex − Q1's exploration + (fy2007.exploration − Q1's exploration) / 3
//	net income_q = (gross profit_q − opex_q + other income + (Q2: the gain)) × (1 − t)
//	EPS_q = (net income_q − preferred dividends) / shares
//	OCF_q = OCF0 + (net income_q without the gain − the model's Q1 net income) + ΔDA
//
// and the year: the first quarter as reported plus the three.
func (p *Period) yearBelowGrossProfit(lv *levers, r *Result, qs [laterQuarters]*Result, o *Outlook) {
	rep, b, cash, y := &p.Reported, p.Baseline, &p.Reported.Cash, p.Reported.Year
	explorationLater := div(lv[explorationLever].Sub(cash.Exploration), three)
	opex := lv[opexLever].Sub(cash.Exploration).Add(explorationLater)
	t, shares := lv.taxRate(), lv[sharesLever]
	afterTax := func(ibt decimal.Decimal) decimal.Decimal { return ibt.Sub(work(ibt.Mul(t))) }
	// ΔDA: no price enters depreciation, so it is the scenario's in each.
	da := zero
	for m := range r.Mines {
		da = da.Add(r.Mines[m].Depreciation).Sub(b.Mines[m].Depreciation)
	}
	ni, eps, adjusted, ocf := b.Company.NetIncome, b.Company.EPS, b.Company.EPS, cash.Operating
	held := zero // cash kept: Σ_q (OCF_q − capex0 − preferred dividends)
	for i, q := range qs {
		ibt := q.Company.GrossProfit.Sub(opex).Add(rep.OtherIncome)
		niAdjusted := afterTax(ibt)
		niq := niAdjusted
		if i == 0 { // the second quarter books the Hollister gain
			niq = afterTax(ibt.Add(lv[hollisterLever]))
		}
		ni = ni.Add(niq)
		eps = eps.Add(divOut(niq.Sub(rep.PreferredDividends), shares))
		adjusted = adjusted.Add(divOut(niAdjusted.Sub(rep.PreferredDividends), shares))
		ocfq := cash.Operating.Add(niAdjusted.Sub(b.Company.NetIncome)).Add(da)
		ocf = ocf.Add(ocfq)
		held = held.Add(ocfq).Sub(cash.CapitalAdditions).Sub(cash.PreferredDividends)
	}
	o.NetIncome, o.EPS, o.AdjustedEPS, o.OperatingCashFlow = out(ni), eps, adjusted, out(ocf)
	o.CapitalAdditions = cash.CapitalAdditions.Mul(four)
	o.FreeCashFlow = o.OperatingCashFlow.Sub(o.CapitalAdditions)
	o.Cash = out(y.CashAndInvestments.Add(held).Add(y.HollisterCash))
}
