package view

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The quarter's cash and the value at a share price (docs/model.md, "The
// year, the cash and the value"): the figures of the page's Cash and Value
// panels, in the Figure machinery every other table uses.

// The value's own formats: a multiple ("12.3×") and a fraction shown as a
// percentage (the free cash flow yield).
const (
	kindMultiple figureKind = iota + kindEPS + 1
	kindFraction
)

// cashSpecs are the company's cash figures, then each mine's: the order of
// the Cash panel.
func cashSpecs() []Spec {
	k := calc.CompanyScope + "."
	specs := []Spec{
		{Metric: k + calc.MetricOperatingCash, Label: "Operating cash flow", kind: kindThousands},
		{Metric: k + calc.MetricOperatingBefore, Label: "Operating cash flow before exploration and pre-development", kind: kindThousands},
		{Metric: k + calc.MetricCapitalAdds, Label: "Capital additions", kind: kindThousands, lowerIsBetter: true},
		{Metric: k + calc.MetricFreeCash, Label: "Free cash flow", kind: kindThousands},
	}
	for _, m := range calc.Mines() {
		s := m.Slug() + "."
		specs = append(specs,
			Spec{Metric: s + calc.MetricCapitalAdds, Label: m.Name() + ": capital additions", kind: kindThousands, lowerIsBetter: true},
			Spec{Metric: s + calc.MetricSiteCash, Label: m.Name() + ": site cash flow", kind: kindThousands})
	}
	return specs
}

// yearOnlySpecs are the outlook's company figures with no quarter's figure
// of the same name to borrow a format from.
func yearOnlySpecs() []Spec {
	k := calc.CompanyScope + "."
	return []Spec{
		{Metric: k + "adjusted-eps", Label: "earnings per share without the Hollister gain", kind: kindEPS},
		{Metric: k + "cash", Label: "cash and short-term investments at the year's end", kind: kindThousands},
	}
}

// valueSpecs are the value's figures, in the contract's order.
func valueSpecs() []Spec {
	return []Spec{
		{Metric: valuePrefix + "market-cap", Label: "Market capitalization", kind: kindThousands},
		{Metric: valuePrefix + "enterprise-value", Label: "Enterprise value (market cap less cash and short-term investments)", kind: kindThousands},
		{Metric: valuePrefix + "pe", Label: "Price / 2007 earnings per share", kind: kindMultiple, lowerIsBetter: true},
		{Metric: valuePrefix + "pe-adjusted", Label: "Price / 2007 earnings per share without the Hollister gain", kind: kindMultiple, lowerIsBetter: true},
		{Metric: valuePrefix + "ev-to-operating-cash", Label: "Enterprise value / 2007 operating cash flow", kind: kindMultiple, lowerIsBetter: true},
		{Metric: valuePrefix + "fcf-yield", Label: "2007 free cash flow yield", kind: kindFraction},
	}
}

const valuePrefix = "value."

// valueFigures are the Value panel's figures. Without a share price the
// value does not exist, and each figure says what it needs; outside the
// first quarter of 2007 there is no year to value.
func valueFigures(p *calc.Period, s calc.Scenario, cur, base Outputs, src func(string) Source) []Figure {
	figs := figures(valueSpecs(), cur, base, src)
	note := ""
	switch only, _ := calc.SharePriceLever().OnlyIn(); {
	case p.ID != only:
		note = "the value is of 2007: switch to the first quarter of 2007"
	case s.Value(p, calc.SharePriceLever()).Sign() <= 0:
		note = "enter a share price"
	}
	for i := range figs {
		if figs[i].Value == "" && figs[i].Note == "" {
			figs[i].Note = note
		}
	}
	return figs
}

// extraSpec is the spec of a cash, value or year-only output; ok is false
// for any other.
func extraSpec(metric string) (Spec, bool) {
	for _, list := range [][]Spec{cashSpecs(), yearOnlySpecs(), valueSpecs()} {
		for _, s := range list {
			if s.Metric == metric {
				return s, true
			}
		}
	}
	return Spec{}, false
}

// formatValue is formatAt for the value's kinds: "12.3×", "4.5%".
func formatValue(kind figureKind, d decimal.Decimal, extra int32) string {
	if kind == kindMultiple {
		return Number(d, 1+extra) + "×"
	}
	return Number(d.Shift(2), 1+extra) + "%"
}

// sharePriceField is the share price's field: the release prints no share
// price, so it has no release figure and no slider (one runs from zero to
// twice the release's figure); unset, it reads "none".
func sharePriceField(l Lever) Lever {
	l.Baseline, l.Slider = "none", ""
	l.Base = "Release: none"
	if !l.Changed {
		l.ValueText = "none"
	}
	return l
}

// CashMetrics are the outputs of the Cash panel: the page shows them there,
// and the embed only in its own cash section.
func CashMetrics() []string {
	var out []string
	for _, s := range cashSpecs() {
		out = append(out, s.Metric)
	}
	return out
}
