package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// valuePrefix starts the value outputs' names: "value.pe".
const valuePrefix = "value."

// Value is docs/model.md's value at a share price, of the first quarter of
// 2007's year; every figure absent without a share price, and a multiple
// absent where its divisor is not positive (a P/E of a loss means nothing).
type Value struct {
	MarketCap         decimal.NullDecimal // share price × shares outstanding at the quarter's end
	EnterpriseValue   decimal.NullDecimal // market cap − cash and short-term investments: the release says "debt free"
	PE                decimal.NullDecimal // share price / the year's EPS
	PEAdjusted        decimal.NullDecimal // share price / the year's EPS without the Hollister gain
	EVToOperatingCash decimal.NullDecimal // enterprise value / the year's operating cash flow
	FreeCashFlowYield decimal.NullDecimal // the year's free cash flow / market cap, a fraction
}

// value is the value of the year o at the levers lv's share price.
func (p *Period) value(lv *levers, o *Outlook) (v Value) {
	price := lv[sharePriceLever]
	if price.Sign() <= 0 { // none given (the lever's rule keeps a given one positive)
		return v
	}
	y := p.Reported.Year
	mc := price.Mul(y.SharesOutstanding)
	ev := mc.Sub(y.CashAndInvestments)
	ratio := func(n, d decimal.Decimal) decimal.NullDecimal {
		if d.Sign() <= 0 {
			return decimal.NullDecimal{}
		}
		return decimal.NewNullDecimal(divOut(n, d))
	}
	return Value{
		MarketCap: decimal.NewNullDecimal(mc), EnterpriseValue: decimal.NewNullDecimal(ev),
		PE: ratio(price, o.EPS), PEAdjusted: ratio(price, o.AdjustedEPS),
		EVToOperatingCash: ratio(ev, o.OperatingCashFlow), FreeCashFlowYield: ratio(o.FreeCashFlow, mc),
	}
}

// valueMetricsTo lists the value outputs in the contract's order, after the
// outlook's; with no outlook every one is absent.
func valueMetricsTo(l *metricList, o *Outlook) {
	var v Value
	if o != nil {
		v = o.Value
	}
	for _, f := range []struct {
		name string
		v    decimal.NullDecimal
	}{
		{"market-cap", v.MarketCap}, {"enterprise-value", v.EnterpriseValue}, {"pe", v.PE},
		{"pe-adjusted", v.PEAdjusted}, {"ev-to-operating-cash", v.EVToOperatingCash}, {"fcf-yield", v.FreeCashFlowYield},
	} {
		l.add(f.v, valuePrefix, f.name)
	}
}

// yearMetrics lists the outlook's outputs, then the value's.
func yearMetrics(o *Outlook) []Metric {
	l := metricList{named: true}
	outlookMetricsTo(&l, o)
	valueMetricsTo(&l, o)
	return l.list
}

// isYearOutput reports whether an output is the outlook's or the value's.
func isYearOutput(name string) bool {
	return strings.HasPrefix(name, outlookPrefix) || strings.HasPrefix(name, valuePrefix)
}
