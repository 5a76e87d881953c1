package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// A lever's field as the page shows it, and the lever's value in words.

// Lever is a lever's field: its value in the scenario and period, and the
// text typed in it, with the message if that text was refused.
type Lever struct {
	Lever    calc.Lever
	Key      string
	Label    string
	Unit     string
	Baseline string // formatted, as the release prints it
	// Base is what the field says under it of where its default comes
	// from ("Release: $13.31 per oz"); Source, the release's sentence it is
	// read from, where it is one; Reset, the reset button's text.
	Base, Source, Reset string
	Changed             bool
	Slider              string // the slider's position, 0 to 100
	ValueText           string // aria-valuetext
	Text, Err           string
	// Hint is a question on the value in force, beside the field (an
	// amount that looks like the release's thousands: thousands.go), and
	// Suggest its button's text; Hints says the lever may have one.
	Hints         bool
	Hint, Suggest string
}

func lever(p *calc.Period, s calc.Scenario, field func(calc.Lever) (text, err string), l calc.Lever) Lever {
	base := p.BaselineLever(l)
	cur := s.Value(p, l)
	_, changed := s.Changed(l)
	text, err := field(l)
	top := sliderTop(l, base)
	pos := decimal.Zero
	if top.Sign() > 0 {
		pos = decimal.Min(cur, top).DivRound(top, 4).Shift(2)
	}
	lv := Lever{
		Lever:     l,
		Key:       l.Key(),
		Label:     l.Label(),
		Unit:      l.Unit(),
		Baseline:  FormatLever(l, base),
		Base:      "Release: " + FormatLever(l, base),
		Reset:     "Reset",
		Changed:   changed,
		Slider:    pos.String(),
		ValueText: FormatLever(l, cur),
		Text:      text,
		Err:       err,
	}
	thousandsHint(&lv, base, cur)
	return lv
}

// The slider runs from zero to twice the release's figure (recovery stops at
// 100%), in positions of 0 to 100 with a step of half a point, so each arrow
// key moves the lever by 1% of the release's figure. Positions, not values,
// because a range input clamps its value to max when go-app happens to set
// the value before the max: 0 to 100 are the input's own defaults.
const SliderStep = "0.5"

func sliderTop(l calc.Lever, base decimal.Decimal) decimal.Decimal {
	top := base.Mul(decimal.NewFromInt(2))
	if l.Kind() == calc.Recovery && top.GreaterThan(decimal.NewFromInt(100)) {
		top = decimal.NewFromInt(100)
	}
	return top
}

// SliderValue turns a slider position back into the lever's value, to the
// precision the release prints the lever at (recovery to a tenth of a point).
func SliderValue(p *calc.Period, l calc.Lever, position decimal.Decimal) decimal.Decimal {
	base := p.BaselineLever(l)
	places := -base.Exponent()
	switch l.Kind() {
	case calc.Recovery:
		places = 1
	case calc.TaxRate: // calibrated, to more places than a field takes
		places = 2
	}
	return sliderTop(l, base).Mul(position).Shift(-2).Round(places)
}

// FormatLever writes a lever's value with its unit, for people and screen
// readers: "$13.31 per oz", "84,848 tons".
func FormatLever(l calc.Lever, v decimal.Decimal) string {
	switch l.Kind() {
	case calc.Price:
		metal, _ := l.Metal()
		return leverAmount(l, v) + " per " + strings.TrimPrefix(metal.PriceUnit(), "$/")
	case calc.Tons:
		return leverAmount(l, v) + " tons"
	case calc.Grade:
		return leverAmount(l, v) + " oz/ton"
	case calc.Mining, calc.Milling:
		return leverAmount(l, v) + " per ton"
	case calc.QuarterPrice:
		_, metal, _ := l.QuarterPrice()
		return leverAmount(l, v) + " per " + strings.TrimPrefix(metal.PriceUnit(), "$/")
	case calc.Recovery, calc.TaxRate:
		return leverAmount(l, v) + "%"
	case calc.Shares:
		return leverAmount(l, v) + " shares"
	case calc.SharePrice:
		return leverAmount(l, v) + " a share"
	default:
		return leverAmount(l, v)
	}
}

// leverAmount is a lever's value without its unit, to the release's
// precision or the value's own when that is finer: "$13.31", "84,848".
func leverAmount(l calc.Lever, v decimal.Decimal) string {
	places := -v.Exponent()
	switch l.Kind() {
	case calc.Price, calc.QuarterPrice, calc.Mining, calc.Milling, calc.SharePrice:
		return Money(v, max(2, places))
	case calc.Tons, calc.Shares:
		return Number(v, max(0, places))
	case calc.Grade:
		return Number(v, max(2, places))
	case calc.Recovery, calc.TaxRate:
		return Number(v, 2)
	default: // the year's exploration and Hollister gain: whole dollars
		return Money(v, max(0, places))
	}
}
