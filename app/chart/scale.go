package chart

import "github.com/shopspring/decimal"

// linearScale maps values in the domain [D0, D1] to pixels in [R0, R1];
// R0 > R1 for a vertical axis, which grows upwards.
type linearScale struct {
	D0, D1 decimal.Decimal
	R0, R1 decimal.Decimal
}

// at is v's pixel position, unrounded.
func (s linearScale) at(v decimal.Decimal) decimal.Decimal {
	return s.R0.Add(v.Sub(s.D0).Mul(s.R1.Sub(s.R0)).Div(s.D1.Sub(s.D0)))
}

// pos is v's pixel position rounded to 0.1 px.
func (s linearScale) pos(v decimal.Decimal) decimal.Decimal { return chartRound(s.at(v)) }

// perUnit is the pixels one unit of the domain spans (negative on a
// vertical axis).
func (s linearScale) perUnit() decimal.Decimal {
	return s.R1.Sub(s.R0).Div(s.D1.Sub(s.D0))
}

// contains says whether v is in the domain, ends included.
func (s linearScale) contains(v decimal.Decimal) bool {
	lo, hi := decimal.Min(s.D0, s.D1), decimal.Max(s.D0, s.D1)
	return v.GreaterThanOrEqual(lo) && v.LessThanOrEqual(hi)
}
