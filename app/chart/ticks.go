package chart

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/shopspring/decimal"
)

// niceTicks covers [lo, hi] with about target+1 round ticks, 1, 2 or 5
// times a power of ten apart; the first tick is at or below lo and the last
// at or above hi. An empty range is widened to reach zero, or to [0, 1].
func niceTicks(lo, hi decimal.Decimal, target int) (ticks []decimal.Decimal, step decimal.Decimal) {
	if lo.GreaterThan(hi) {
		lo, hi = hi, lo
	}
	if lo.Equal(hi) {
		switch lo.Sign() {
		case 0:
			hi = decimal.NewFromInt(1)
		case 1:
			lo = chartZero
		default:
			hi = chartZero
		}
	}
	if target < 1 {
		target = 1
	}
	raw := hi.Sub(lo).Div(chartInt(target))
	// floor(log10(raw)) from the coefficient's digits and the exponent.
	mag := decimal.New(1, int32(raw.NumDigits())+raw.Exponent()-1)
	step = mag.Mul(decimal.NewFromInt(10))
	for _, m := range []int64{1, 2, 5} {
		if s := mag.Mul(decimal.NewFromInt(m)); s.GreaterThanOrEqual(raw) {
			step = s
			break
		}
	}
	first := lo.Div(step).Floor().Mul(step)
	last := hi.Div(step).Ceil().Mul(step)
	for v := first; v.LessThanOrEqual(last); v = v.Add(step) {
		ticks = append(ticks, v)
	}
	return ticks, step
}

// stepPlaces is the decimals a tick step needs: 0 for 500, 1 for 0.5.
func stepPlaces(step decimal.Decimal) int32 {
	for p := int32(0); p < 4; p++ {
		if step.Round(p).Equal(step) {
			return p
		}
	}
	return 4
}

// isMoneyAxis says whether an axis label is in dollars: its ticks are then
// written as money ($1,000, $(500)), otherwise as plain numbers.
func isMoneyAxis(label string) bool { return strings.Contains(label, "$") }

// tickText writes a tick value as the release writes figures.
func tickText(axis string, v decimal.Decimal, places int32) string {
	if isMoneyAxis(axis) {
		return view.Money(v, places)
	}
	return view.Number(v, places)
}

// tickGeom is one tick of an axis: its value, its position along the axis
// (x on a horizontal axis, y on a vertical one) and its label.
type tickGeom struct {
	Value decimal.Decimal
	Pos   decimal.Decimal
	Text  string
}

// axisTicks places ticks on a scale, keeping those inside its domain.
func axisTicks(axis string, s linearScale, values []decimal.Decimal, step decimal.Decimal) []tickGeom {
	places := stepPlaces(step)
	out := make([]tickGeom, 0, len(values))
	for _, v := range values {
		if s.contains(v) {
			out = append(out, tickGeom{Value: v, Pos: s.pos(v), Text: tickText(axis, v, places)})
		}
	}
	return out
}

// tickTexts are the labels the ticks at values would have.
func tickTexts(axis string, values []decimal.Decimal, step decimal.Decimal) []string {
	places := stepPlaces(step)
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = tickText(axis, v, places)
	}
	return out
}
