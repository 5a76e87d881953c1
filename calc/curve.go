package calc

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// MaxCurvePoints bounds PriceCurve, whose cost grows with the point count.
const MaxCurvePoints = 1001

// CurvePoint is the chosen outputs at one price; Values follow the order of
// the outputs asked for, not Valid where an output does not exist there.
type CurvePoint struct {
	Price  decimal.Decimal
	Values []decimal.NullDecimal
}

// PriceCurve evaluates the named outputs at n evenly spaced prices of one
// metal, from zero to twice the period's baseline price, every other lever as
// in the scenario.
func (m *Model) PriceCurve(s Scenario, metal Metal, outputs []string, n int) ([]CurvePoint, error) {
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	if n < 2 || n > MaxCurvePoints {
		return nil, &FieldError{Field: "points", Code: OutOfRange, Message: fmt.Sprintf("points: between 2 and %d", MaxCurvePoints)}
	}
	if metal < 0 || metal >= numMetals {
		return nil, &FieldError{Field: "metal", Code: UnknownKey, Message: "metal: not one of silver, gold, lead, zinc"}
	}
	for _, o := range outputs {
		if _, ok := p.Baseline.Metric(o); !ok {
			return nil, &FieldError{Field: "output", Code: UnknownOutput, Message: fmt.Sprintf("output: %q is not an output of the calculator", o)}
		}
	}
	v := p.levers(s)
	top := p.baseline[priceLever(metal)].Mul(decimal.NewFromInt(2))
	steps := decimal.NewFromInt(int64(n - 1))
	points := make([]CurvePoint, n)
	for i := range points {
		price := div(top.Mul(decimal.NewFromInt(int64(i))), steps)
		v[priceLever(metal)] = price
		r := p.evaluate(&v)
		pt := CurvePoint{Price: out(price), Values: make([]decimal.NullDecimal, len(outputs))}
		for j, o := range outputs {
			pt.Values[j], _ = r.Metric(o)
		}
		points[i] = pt
	}
	return points, nil
}
