package calc

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// rangePrefix starts a range's key in the scenario URL: "range.silver=11:16".
const rangePrefix = "range."

// RangeKey is the URL key of a lever's range: "range.silver".
func (l Lever) RangeKey() string { return rangePrefix + l.Key() }

// leverRange is how far a lever may go either side of its value, which is
// then its most likely value. It holds only while low ≤ value ≤ high; see
// Set for when the value leaves it.
type leverRange struct {
	low, high decimal.Decimal
	set       bool
	// aside: the lever's value is outside the range, which is kept but
	// not in force (Range, Ranged, Encode, Equal and sampling skip it).
	aside bool
	// baseIn: the period's baseline value is within the range, for Reset,
	// which puts the lever back to it without a period to read it from.
	baseIn bool
}

func (r leverRange) holds(v decimal.Decimal) bool {
	return r.low.LessThanOrEqual(v) && v.LessThanOrEqual(r.high)
}

func (r leverRange) inForce() bool { return r.set && !r.aside }

// SetRange gives lever l a range, low to high, around its value in s. Each
// end must be in the lever's domain (Lever.Check) with at most 12 places
// after the point, as a typed value, and low ≤ value ≤ high:
// the value is the most likely, so it lies within its range. A range with
// low = high = value is allowed, and means no doubt about the value. A
// refused range comes back as a *FieldError on l.RangeKey(), and s keeps the
// range it had.
func (s *Scenario) SetRange(p *Period, l Lever, low, high decimal.Decimal) *FieldError {
	name := l.describe() + " range"
	if err := p.inPeriod(l, l.RangeKey(), name); err != nil {
		return err
	}
	for _, end := range [...]struct {
		which string
		v     decimal.Decimal
	}{{"low", low}, {"high", high}} {
		if -end.v.Exponent() > MaxPlaces && !end.v.Equal(end.v.Round(MaxPlaces)) {
			// As typed values: the draws round to these places, and
			// stay within the range only if its ends are on them.
			return &FieldError{Field: l.RangeKey(), Code: TooPrecise, Message: fmt.Sprintf("%s: its %s, %s, has more than %d places after the point",
				name, end.which, end.v, MaxPlaces)}
		}
		if err := p.check(l, end.v); err != nil {
			// err.Message is "<lever> cannot be ...": the range names the
			// lever once, then the end and the rule.
			return &FieldError{Field: l.RangeKey(), Code: err.Code, Message: fmt.Sprintf("%s: its %s, %s,%s",
				name, end.which, end.v, strings.TrimPrefix(err.Message, l.describe()))}
		}
	}
	if _, _, ok := l.QuarterPrice(); ok && !s.set[l].Valid {
		// Its value follows the scenario's price, and a range around a
		// value that moves with another lever would not stay around it.
		return &FieldError{Field: l.RangeKey(), Code: BadRange, Message: fmt.Sprintf(
			"%s: the price follows the scenario's own until it is set; set %s first", name, l.Key())}
	}
	if l.Kind() == SharePrice && !s.set[l].Valid {
		// The release prints none: there is no value in force for the
		// range to lie around, not one of zero.
		return &FieldError{Field: l.RangeKey(), Code: BadRange, Message: fmt.Sprintf(
			"%s: there is no share price until one is set; set %s first", name, l.Key())}
	}
	if low.GreaterThan(high) {
		return &FieldError{Field: l.RangeKey(), Code: RangeOutside, Message: fmt.Sprintf(
			"%s: its low, %s, is above its high, %s; write the lower end first", name, low, high)}
	}
	v := s.Value(p, l)
	r := leverRange{low: low, high: high, set: true}
	if !r.holds(v) {
		which, end, side := "low", low, "above"
		if high.LessThan(v) {
			which, end, side = "high", high, "below"
		}
		return &FieldError{Field: l.RangeKey(), Code: RangeOutside, Message: fmt.Sprintf(
			"%s: its %s, %s, is %s the value in force, %s; a range runs from a low at or below its lever's value to a high at or above it",
			name, which, end, side, v)}
	}
	r.baseIn = r.holds(p.baseline[l])
	s.ranges[l] = r
	return nil
}

// Range is lever l's range, if it has one in force.
func (s Scenario) Range(l Lever) (low, high decimal.Decimal, ok bool) {
	r := s.ranges[l]
	return r.low, r.high, r.inForce()
}

// AsideRange is lever l's range while it is set aside: the lever's value
// moved outside it after it was set (see Set), so the UI can say why a range
// the reader gave is not in use.
func (s Scenario) AsideRange(l Lever) (low, high decimal.Decimal, ok bool) {
	r := s.ranges[l]
	return r.low, r.high, r.set && r.aside
}

// ClearRange removes lever l's range, in force or set aside.
func (s *Scenario) ClearRange(l Lever) { s.ranges[l] = leverRange{} }

// Ranged lists the levers with a range in force, in the stable lever order.
func (s Scenario) Ranged() []Lever {
	var out []Lever
	for l, r := range s.ranges {
		if r.inForce() {
			out = append(out, Lever(l))
		}
	}
	return out
}

// rangesEqual compares the ranges in force by value; ranges set aside are
// not part of the scenario a link carries.
func (s Scenario) rangesEqual(o Scenario) bool {
	for i := range s.ranges {
		a, b := s.ranges[i], o.ranges[i]
		if a.inForce() != b.inForce() {
			return false
		}
		if a.inForce() && (!a.low.Equal(b.low) || !a.high.Equal(b.high)) {
			return false
		}
	}
	return true
}

// moveRange sets lever l's range aside when its value v leaves it, and
// back in force when v returns inside it.
func (s *Scenario) moveRange(p *Period, l Lever, v decimal.Decimal) {
	if r := &s.ranges[l]; r.set {
		r.aside = !r.holds(v)
		r.baseIn = r.holds(p.baseline[l])
	}
}
