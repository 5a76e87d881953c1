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
