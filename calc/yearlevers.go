package calc

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The levers of docs/model.md's "The year, the cash and the value". They are
// numbered after the quarter's (Levers), so every link made before them
// reads as it did: each later quarter's four prices (q2, q3, q4), the
// year's exploration and Hollister gain, the tax rate, the share count and
// the share price.
const (
	laterQuarters     = 3 // Q2, Q3 and Q4 of 2007
	firstQuarterPrice = opexLever + 1
	explorationLever  = firstQuarterPrice + Lever(laterQuarters*int(numMetals))
	hollisterLever    = explorationLever + 1
	taxRateLever      = hollisterLever + 1
	sharesLever       = taxRateLever + 1
	sharePriceLever   = sharesLever + 1
)

// QuarterPriceLever is metal m's price in later quarter q of 2007, q from 2
// to 4 ("q2.silver"); ok is false for another quarter.
func QuarterPriceLever(q int, m Metal) (Lever, bool) {
	if q < 2 || q > 1+laterQuarters {
		return 0, false
	}
	return quarterPriceLever(q-2, m), true
}

// quarterPriceLever is metal m's price in the i-th later quarter, from 0.
func quarterPriceLever(i int, m Metal) Lever {
	return firstQuarterPrice + Lever(i*int(numMetals)+int(m))
}

// ExplorationLever is 2007's exploration spend, in dollars.
func ExplorationLever() Lever { return explorationLever }

// HollisterGainLever is the gain on the Hollister sale booked in the second
// quarter, in dollars.
func HollisterGainLever() Lever { return hollisterLever }

// TaxRateLever is the effective tax rate, in percent.
func TaxRateLever() Lever { return taxRateLever }

// SharesLever is the basic weighted average common shares, the divisor of
// earnings per share.
func SharesLever() Lever { return sharesLever }

// SharePriceLever is the price of a share, in dollars; it has no default,
// and the value outputs exist only with one.
func SharePriceLever() Lever { return sharePriceLever }

// YearLevers lists the levers of the year, the cash and the value in the
// stable order; they follow Levers' in the scenario URL.
func YearLevers() []Lever {
	var ls []Lever
	for l := firstQuarterPrice; l <= sharePriceLever; l++ {
		ls = append(ls, l)
	}
	return ls
}

// AllLevers lists Levers, then YearLevers: every key a scenario URL reads.
func AllLevers() []Lever { return append(Levers(), YearLevers()...) }

// QuarterPrice is the later quarter (2 to 4) and metal of a later quarter's
// price lever; ok is false for every other lever.
func (l Lever) QuarterPrice() (q int, m Metal, ok bool) {
	if l < firstQuarterPrice || l >= explorationLever {
		return 0, 0, false
	}
	i := int(l - firstQuarterPrice)
	return 2 + i/int(numMetals), Metal(i % int(numMetals)), true
}

// yearKind is Kind for the year's levers.
func (l Lever) yearKind() LeverKind {
	if _, _, ok := l.QuarterPrice(); ok {
		return QuarterPrice
	}
	return Exploration + LeverKind(l-explorationLever)
}

// OnlyIn is the one period whose scenarios take the lever, where there is
// one: the later quarters' prices, the year's exploration and Hollister
// gain, and the share price belong to the outlook of 2007; the tax rate and
// the shares, like the quarter's levers, to every period.
func (l Lever) OnlyIn() (PeriodID, bool) {
	switch l.Kind() {
	case QuarterPrice, Exploration, HollisterGain, SharePrice:
		return outlookPeriod, true
	}
	return "", false
}

// quarterKey is "q2." for the first later quarter.
func quarterKey(q int) string { return "q" + strconv.Itoa(q) + "." }

// yearLeverByKey is LeverByKey for the year's keys.
func yearLeverByKey(key string) (Lever, bool) {
	if len(key) > 3 && key[0] == 'q' && key[2] == '.' {
		q := int(key[1] - '0')
		for m := range numMetals {
			if key[3:] == m.Slug() {
				return QuarterPriceLever(q, m)
			}
		}
		return 0, false
	}
	for l := explorationLever; l <= sharePriceLever; l++ {
		if kindInfo[l.Kind()].key == key {
			return l, true
		}
	}
	return 0, false
}

// checkYear is Check's domain rule for the year's levers: nothing is
// negative, the tax rate is at most 100%, and the shares and the share
// price are above zero (earnings per share and the value divide by them;
// a share price left out is no share price, not one of zero).
func (l Lever) checkYear(v decimal.Decimal) *FieldError {
	bad := func(rule string) *FieldError {
		return &FieldError{Field: l.Key(), Code: OutOfRange, Message: l.describe() + rule}
	}
	switch k := l.Kind(); {
	case (k == Shares || k == SharePrice) && v.Sign() <= 0:
		return bad(" must be above zero")
	case v.Sign() < 0:
		return bad(" cannot be negative")
	case k == TaxRate && v.GreaterThan(hundred):
		return bad(" cannot be above 100%")
	}
	return nil
}

// inPeriod refuses a lever of the outlook in another period; name starts
// the message and field is the error's (a range's are its own).
func (p *Period) inPeriod(l Lever, field, name string) *FieldError {
	if id, only := l.OnlyIn(); only && id != p.ID {
		return &FieldError{Field: field, Code: OutOfPeriod,
			Message: name + " belongs to " + string(id) + "'s outlook; " + string(p.ID) + " has none"}
	}
	return nil
}

// checkIn applies the rules of lever l that depend on the period p: a
// lever of the outlook belongs to its period alone (inPeriod), and the
// year's exploration cannot be below what the first quarter spent already
// (the rest falls on the later quarters, which cannot spend less than
// nothing).
func (p *Period) checkIn(l Lever, v decimal.Decimal) *FieldError {
	if err := p.inPeriod(l, l.Key(), l.describe()); err != nil {
		return err
	}
	if l == explorationLever && v.LessThan(p.Reported.Cash.Exploration) {
		return &FieldError{Field: l.Key(), Code: OutOfRange, Message: l.describe() + " cannot be below the first quarter's " +
			p.Reported.Cash.Exploration.String() + ", spent already"}
	}
	return nil
}

// check is Check, then the period's rules (checkIn).
func (p *Period) check(l Lever, v decimal.Decimal) *FieldError {
	if err := l.Check(v); err != nil {
		return err
	}
	return p.checkIn(l, v)
}

// follows stands in a levers array for a later quarter's price that is not
// set: that price is the scenario's own (docs/model.md), whatever the
// scenario's price is when the year is run, so it cannot be resolved when
// the array is built (a sample draws the price, a seek moves it). No price
// is negative, so the sentinel cannot be a value.
var follows = decimal.NewFromInt(-1)

// quarterPrices is the i-th later quarter's prices at levers v: each one
// set, or the scenario's own.
func (v *levers) quarterPrices(i int) (ps [numMetals]decimal.Decimal) {
	for m := range numMetals {
		ps[m] = v.value(quarterPriceLever(i, m))
	}
	return ps
}

// value is lever l's value in v, a later quarter's price resolved to the
// scenario's own where it follows it.
func (v *levers) value(l Lever) decimal.Decimal {
	if _, m, ok := l.QuarterPrice(); ok && v[l].Sign() < 0 {
		return v[priceLever(m)]
	}
	return v[l]
}

// yearLabel is the label of one of the year's levers.
func (l Lever) yearLabel() string {
	if q, m, ok := l.QuarterPrice(); ok {
		return "Q" + strconv.Itoa(q) + " " + strings.ToLower(m.Name()) + " price"
	}
	return kindInfo[l.Kind()].label
}

// Levers lists the levers p's scenarios take, in AllLevers' order: the
// quarter's, then those of the year that belong to every period or to p.
func (p *Period) Levers() []Lever {
	var ls []Lever
	for _, l := range AllLevers() {
		if only, ok := l.OnlyIn(); !ok || only == p.ID {
			ls = append(ls, l)
		}
	}
	return ls
}
