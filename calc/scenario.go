package calc

import "github.com/shopspring/decimal"

// Scenario is the set of levers that differ from a period's baseline. The
// zero Scenario is the default period's baseline. Build one with Set, or
// decode one from a URL query with Model.Decode.
type Scenario struct {
	Period PeriodID // empty means the model's default period
	set    [numLevers]decimal.NullDecimal
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
func (s *Scenario) Set(p *Period, l Lever, v decimal.Decimal) *FieldError {
	if err := l.Check(v); err != nil {
		return err
	}
	if v.Equal(p.baseline[l]) {
		s.set[l] = decimal.NullDecimal{}
		return nil
	}
	s.set[l] = decimal.NewNullDecimal(v)
	return nil
}

// Reset puts one lever back to its baseline.
func (s *Scenario) Reset(l Lever) { s.set[l] = decimal.NullDecimal{} }

// Changed reports the lever's value if the scenario changes it.
func (s Scenario) Changed(l Lever) (decimal.Decimal, bool) {
	return s.set[l].Decimal, s.set[l].Valid
}

// Value is the lever's value in this scenario: its change, or the baseline.
func (s Scenario) Value(p *Period, l Lever) decimal.Decimal {
	if s.set[l].Valid {
		return s.set[l].Decimal
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

// IsBaseline reports whether the scenario changes nothing.
func (s Scenario) IsBaseline() bool {
	for _, v := range s.set {
		if v.Valid {
			return false
		}
	}
	return true
}

// Equal compares periods and changed levers by value (1.50 equals 1.5).
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
	return true
}

// Baseline is the period's value of a lever (recovery: the calibrated one).
func (p *Period) BaselineLever(l Lever) decimal.Decimal { return p.baseline[l] }
