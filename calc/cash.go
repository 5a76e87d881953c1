package calc

import "github.com/shopspring/decimal"

// calibrateYear checks the release's cash and year figures (Reported.Cash,
// Reported.Year) and sets the year's levers' baselines: a later quarter's
// price follows the scenario's own, the tax rate is the calibrated t in
// percent, the shares the printed basic weighted average, exploration and
// the Hollister gain the release's words, and the share price none (zero).
func (p *Period) calibrateYear() error {
	rep := &p.Reported
	fail := func(field, rule string) error { return &CalibrationError{Period: rep.Period, Field: field, Rule: rule} }
	c := &rep.Cash
	if c.CapitalAdditions.Sign() < 0 || c.Exploration.Sign() < 0 || c.PreDevelopment.Sign() < 0 || c.PreferredDividends.Sign() < 0 {
		return fail("cash flow", "capital additions, exploration, pre-development and preferred dividends are outflows, positive here")
	}
	if !c.Operating.Add(c.Exploration).Add(c.PreDevelopment).Equal(c.OperatingBeforeExploration) {
		// The first two cash outputs are printed figures at the release's
		// levers only if the release's own reconciliation holds.
		return fail("operating cash flow before exploration", "must be net cash from operating activities + exploration + pre-development, as the release reconciles it")
	}
	if p.taxRate.Sign() < 0 || p.taxRate.GreaterThan(one) {
		return fail("effective tax rate", "must be from 0 to 100%: the tax rate lever's default")
	}
	for l := firstQuarterPrice; l < explorationLever; l++ {
		p.baseline[l] = follows
	}
	p.baseline[taxRateLever] = p.taxRate.Mul(hundred)
	p.baseline[sharesLever] = rep.BasicShares
	y := rep.Year
	switch {
	case y == nil && rep.Period == outlookPeriod:
		return fail("the year's figures", "the outlook's period needs them: it runs the year on them")
	case y == nil:
		return nil
	case rep.Period != outlookPeriod:
		return fail("the year's figures", "only "+string(outlookPeriod)+" has an outlook to run them in")
	case y.SharesOutstanding.Sign() <= 0 || y.CashAndInvestments.Sign() < 0 || y.HollisterGain.Sign() < 0 || y.HollisterCash.Sign() < 0:
		return fail("the year's figures", "shares outstanding must be positive; cash, the Hollister gain and its cash not negative")
	case y.Exploration.LessThan(c.Exploration):
		return fail("the year's exploration", "cannot be below the first quarter's, spent already")
	}
	p.baseline[explorationLever] = y.Exploration
	p.baseline[hollisterLever] = y.HollisterGain
	return nil
}

// taxRate is the tax rate at levers v, as a fraction.
func (v *levers) taxRate() decimal.Decimal { return v[taxRateLever].Shift(-2) }

// Output names of the quarter's cash.
const (
	MetricOperatingCash   = "operating-cash-flow"
	MetricOperatingBefore = "operating-cash-before-exploration"
	MetricCapitalAdds     = "capital-additions"
	MetricFreeCash        = "free-cash-flow"
	MetricSiteCash        = "site-cash-flow"
)

// QuarterCash is docs/model.md's quarter's cash: the printed cash flow
// moved by what the scenario changes in net income and in depreciation,
// every other non-cash item and working capital as printed.
type QuarterCash struct {
	Operating                  decimal.Decimal // OCF0 + ΔNI + ΔDA
	OperatingBeforeExploration decimal.Decimal // + the quarter's exploration and pre-development, as printed
	CapitalAdditions           decimal.Decimal // capex0: no lever moves it
	FreeCashFlow               decimal.Decimal // Operating − CapitalAdditions
	// Each mine's capital additions as printed, and its gross profit +
	// depreciation (d × T) − those additions.
	MineCapitalAdditions [numMines]decimal.Decimal
	SiteCashFlow         [numMines]decimal.Decimal
}

// quarterCash is the cash of the scenario whose result is r.
func (p *Period) quarterCash(r *Result) QuarterCash {
	c := &p.Reported.Cash
	qc := QuarterCash{CapitalAdditions: c.CapitalAdditions}
	qc.Operating = out(c.Operating.Add(p.cashMoved(r)))
	qc.OperatingBeforeExploration = qc.Operating.Add(c.Exploration).Add(c.PreDevelopment)
	qc.FreeCashFlow = qc.Operating.Sub(qc.CapitalAdditions)
	for _, m := range Mines() {
		capex := p.Reported.Mines[m].CapitalAdditions
		qc.MineCapitalAdditions[m] = capex
		qc.SiteCashFlow[m] = out(r.Mines[m].GrossProfit.Add(r.Mines[m].Depreciation).Sub(capex))
	}
	return qc
}

// cashMoved is ΔNI + ΔDA: what the result r's net income and depreciation
// differ from the model's at the release's levers, the change a quarter's
// operating cash flow takes from its printed figure.
func (p *Period) cashMoved(r *Result) decimal.Decimal {
	b := p.Baseline
	d := r.Company.NetIncome.Sub(b.Company.NetIncome)
	for m := range r.Mines {
		d = d.Add(r.Mines[m].Depreciation).Sub(b.Mines[m].Depreciation)
	}
	return d
}

// metrics lists the quarter's cash as outputs: each mine's capital additions
// and site cash flow, then the company's four, in that order.
func (qc *QuarterCash) metrics(l *metricList) {
	val := decimal.NewNullDecimal
	for _, m := range Mines() {
		l.add(val(qc.MineCapitalAdditions[m]), m.Slug(), ".", MetricCapitalAdds)
		l.add(val(qc.SiteCashFlow[m]), m.Slug(), ".", MetricSiteCash)
	}
	for _, f := range qc.company() {
		l.add(val(f.v), CompanyScope, ".", f.name)
	}
}

type namedFigure struct {
	name string
	v    decimal.Decimal
}

// company is the company's four figures in the contract's order.
func (qc *QuarterCash) company() [4]namedFigure {
	return [...]namedFigure{{MetricOperatingCash, qc.Operating}, {MetricOperatingBefore, qc.OperatingBeforeExploration},
		{MetricCapitalAdds, qc.CapitalAdditions}, {MetricFreeCash, qc.FreeCashFlow}}
}

// metric is one of the quarter's cash outputs, by its scope and metric; ok
// is false for any other.
func (qc *QuarterCash) metric(scope, metric string) (decimal.NullDecimal, bool) {
	if scope == CompanyScope {
		for _, f := range qc.company() {
			if f.name == metric {
				return decimal.NewNullDecimal(f.v), true
			}
		}
		return decimal.NullDecimal{}, false
	}
	for _, m := range Mines() {
		switch {
		case m.Slug() != scope:
		case metric == MetricCapitalAdds:
			return decimal.NewNullDecimal(qc.MineCapitalAdditions[m]), true
		case metric == MetricSiteCash:
			return decimal.NewNullDecimal(qc.SiteCashFlow[m]), true
		}
	}
	return decimal.NullDecimal{}, false
}
