package calc

import "github.com/shopspring/decimal"

// Scenario is the set of levers that differ from a period's baseline. The
// zero Scenario is the default period's baseline. Build one with Set, or
// decode one from a URL query with Model.Decode.
type Scenario struct {
	Period PeriodID // empty means the model's default period
	set    [numLevers]decimal.NullDecimal
	ranges [numLevers]leverRange // see leverrange.go
}

// PeriodOr is the scenario's period, or def when it names none.
func (s Scenario) PeriodOr(def PeriodID) PeriodID {
	if s.Period == "" {
		return def
	}
	return s.Period
}

// Set changes one lever. A value outside the lever's domain is refused with a
// *FieldError and the scenario is unchanged; a value equal to the period's
// baseline clears the lever, so a scenario only ever holds real changes.
// The period's rules apply too (checkIn): a lever of another period's
// outlook is refused. A later quarter's price is never cleared by its value:
// its default is no figure but the scenario's own price, whatever that
// becomes, and only Reset puts it back to following it.
//
// A range the new value leaves is set aside, not dropped: it stops being in
// force (AsideRange reports it) and is in force again once the value is back
// inside it. A field is edited a keystroke at a time and a slider dragged
// across the range, and an analyst who typed "11 to 16" would not expect a
// passing "1" on the way to "15" to erase it; nor can a range that no
// longer holds its most likely value be sampled, or carried by a link.
func (s *Scenario) Set(p *Period, l Lever, v decimal.Decimal) *FieldError {
	if err := p.check(l, v); err != nil {
		return err
	}
	s.moveRange(p, l, v)
	if v.Equal(p.baseline[l]) {
		s.set[l] = decimal.NullDecimal{}
		return nil
	}
	s.set[l] = decimal.NewNullDecimal(v)
	return nil
}

// Reset puts one lever back to its baseline; its range, if any, follows the
// rule of Set.
func (s *Scenario) Reset(l Lever) {
	s.set[l] = decimal.NullDecimal{}
	if r := &s.ranges[l]; r.set {
		r.aside = !r.baseIn
	}
}

// Changed reports the lever's value if the scenario changes it.
func (s Scenario) Changed(l Lever) (decimal.Decimal, bool) {
	return s.set[l].Decimal, s.set[l].Valid
}

// Value is the lever's value in this scenario: its change, or the baseline;
// a later quarter's price not set is the scenario's own.
func (s Scenario) Value(p *Period, l Lever) decimal.Decimal {
	if s.set[l].Valid {
		return s.set[l].Decimal
	}
	if _, m, ok := l.QuarterPrice(); ok {
		return s.Value(p, priceLever(m))
	}
	return p.baseline[l]
}

// ChangedLevers lists the levers the scenario changes, in the stable lever
// order.
func (s Scenario) ChangedLevers() []Lever {
	var out []Lever
	for l, v := range s.set {
		if v.Valid {
			out = append(out, Lever(l))
		}
	}
	return out
}

// IsBaseline reports whether the scenario changes no lever (its figures are
// the baseline's, whatever ranges it holds).
func (s Scenario) IsBaseline() bool {
	for _, v := range s.set {
		if v.Valid {
			return false
		}
	}
	return true
}

// Equal compares periods, changed levers and ranges in force by value (1.50
// equals 1.5): what a link to the scenario carries.
func (s Scenario) Equal(o Scenario) bool {
	if s.Period != o.Period {
		return false
	}
	for i := range s.set {
		a, b := s.set[i], o.set[i]
		if a.Valid != b.Valid || (a.Valid && !a.Decimal.Equal(b.Decimal)) {
			return false
		}
	}
	return s.rangesEqual(o)
}

// BaselineLever is the period's value of a lever (recovery: the calibrated
// one; a later quarter's price: the release's price of its metal; the share
// price, which has none: zero).
func (p *Period) BaselineLever(l Lever) decimal.Decimal { return p.baseline.value(l) }
