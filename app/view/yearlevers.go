package view

import (
	"strconv"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// YearLevers are the outlook's levers (docs/model.md, "The year, the cash
// and the value"): a price path of three rows of four prices, and the
// year's two plans the release states in a sentence each.
type YearLevers struct {
	Quarters []QuarterPrices
	Plans    []Lever // 2007's exploration, then the Hollister gain
}

// QuarterPrices is one later quarter's four prices.
type QuarterPrices struct {
	Label  string // "Q2"
	Levers []Lever
}

// laterQuarters are the quarters of 2007 the outlook models after the
// first, which is as reported.
var laterQuarters = []int{2, 3, 4}

func yearLevers(rel *data.Release, p *calc.Period, s calc.Scenario, field func(calc.Lever) (string, string)) *YearLevers {
	y := &YearLevers{}
	for _, q := range laterQuarters {
		qp := QuarterPrices{Label: "Q" + strconv.Itoa(q)}
		for _, m := range calc.Metals() {
			l, _ := calc.QuarterPriceLever(q, m)
			qp.Levers = append(qp.Levers, quarterPriceField(p, s, lever(p, s, field, l)))
		}
		y.Quarters = append(y.Quarters, qp)
	}
	o, _ := rel.Outlook() // the validator has checked the facts
	for _, plan := range []struct {
		l      calc.Lever
		stated data.Stated
	}{{calc.ExplorationLever(), o.Exploration}, {calc.HollisterGainLever(), o.HollisterGain}} {
		f := lever(p, s, field, plan.l)
		f.Source = plan.stated.Sentence
		y.Plans = append(y.Plans, f)
	}
	return y
}

// quarterPriceField is a later quarter's price: it has no release figure
// of its own and follows the scenario's price of its metal (shown in its
// field) until one is typed; its reset makes it follow again. No slider:
// twelve would bury the outlook.
func quarterPriceField(p *calc.Period, s calc.Scenario, f Lever) Lever {
	_, m, _ := f.Lever.QuarterPrice()
	q1 := FormatLever(calc.PriceLever(m), s.Value(p, calc.PriceLever(m)))
	f.Slider, f.Reset = "", "Same as Q1"
	f.Base = "Same as Q1"
	if f.Changed {
		f.Base = "Q1: " + q1
	}
	return f
}

// statementLevers are the tax rate and the shares. The tax rate is the
// model's, calibrated to the quarter's statement (the release prints its
// taxes, not a rate); the shares are the release's.
func statementLevers(p *calc.Period, s calc.Scenario, field func(calc.Lever) (string, string)) []Lever {
	tax := lever(p, s, field, calc.TaxRateLever())
	tax.Base = "Model, from the statement: " + tax.Baseline
	return []Lever{tax, lever(p, s, field, calc.SharesLever())}
}
