package calc

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

// MaxGridSteps bounds each axis of a grid, which costs one evaluation a
// cell.
const MaxGridSteps = 25

// Steps is n values from from to to, evenly spaced, both ends included; the
// ones between carry seekPlaces places at most, the most a typed value has.
func Steps(from, to decimal.Decimal, n int) ([]decimal.Decimal, error) {
	if n < 2 || n > MaxGridSteps {
		return nil, &FieldError{Field: "steps", Code: OutOfRange, Message: fmt.Sprintf("steps: between 2 and %d values, not %d", MaxGridSteps, n)}
	}
	span, last := to.Sub(from), decimal.NewFromInt(int64(n-1))
	vs := make([]decimal.Decimal, n)
	for i := range vs {
		vs[i] = from.Add(span.Mul(decimal.NewFromInt(int64(i))).DivRound(last, seekPlaces))
	}
	return vs, nil
}

// Axis is one lever of a grid and the values it takes.
type Axis struct {
	Lever  Lever
	Values []decimal.Decimal
}

// Grid is one output over two levers, every other lever as in a scenario.
type Grid struct {
	Output string
	X, Y   Axis
	// Cells[i][j] is the output at Y.Values[i] and X.Values[j]; not Valid
	// where the figure does not exist.
	Cells [][]decimal.NullDecimal
}

// Grid evaluates the named output (any of OutputNames) at every pair of
// values of the axes x and y. It is refused for an unknown output or lever,
// an axis without values or with more than MaxGridSteps, a value outside its
// lever's domain, and x and y on the same lever.
func (m *Model) Grid(s Scenario, output string, x, y Axis) (*Grid, error) {
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	for _, a := range []struct {
		name string
		Axis
	}{{"x", x}, {"y", y}} {
		if err := a.check(p, a.name); err != nil {
			return nil, err
		}
	}
	if x.Lever == y.Lever {
		return nil, &FieldError{Field: "y", Code: Duplicate, Message: fmt.Sprintf("y: %s is x's lever already; a grid moves two levers", y.Lever.Key())}
	}
	v := p.levers(s)
	pr, _, ok := p.newProbe(&v, output)
	if !ok {
		return nil, unknownOutput(output)
	}
	pr = pr.moving(x.Lever, y.Lever)
	g := &Grid{Output: output, X: x, Y: y, Cells: make([][]decimal.NullDecimal, len(y.Values))}
	for i, yv := range y.Values {
		g.Cells[i] = make([]decimal.NullDecimal, len(x.Values))
		pr.v[y.Lever] = yv
		for j, xv := range x.Values {
			pr.v[x.Lever] = xv
			g.Cells[i][j] = pr.output()
		}
	}
	return g, nil
}

// check refuses an axis that names no lever, has no values or too many, or
// a value outside its lever's domain; name ("x", "y") starts the message.
func (a Axis) check(p *Period, name string) *FieldError {
	if a.Lever < 0 || int(a.Lever) >= numLevers {
		return &FieldError{Field: name, Code: UnknownKey, Message: fmt.Sprintf("%s: %d is not a lever of the calculator", name, a.Lever)}
	}
	if len(a.Values) == 0 || len(a.Values) > MaxGridSteps {
		return &FieldError{Field: name, Code: OutOfRange, Message: fmt.Sprintf("%s: between 1 and %d values of %s, not %d", name, MaxGridSteps, a.Lever.Key(), len(a.Values))}
	}
	for _, v := range a.Values {
		if err := p.check(a.Lever, v); err != nil {
			return &FieldError{Field: name, Code: err.Code, Message: fmt.Sprintf("%s: %s (%s)", name, err.Message, v)}
		}
	}
	return nil
}

// axisFactors place a default axis's values around the scenario's.
var axisFactors = []decimal.Decimal{
	decimal.New(8, -1), decimal.New(9, -1), one, decimal.New(11, -1), decimal.New(12, -1),
}

// axisPlaces is how finely a default axis's values are rounded, by the
// lever's kind, as its field shows them: prices and costs a ton to the
// cent, ore and other expenses to the unit, grade to a thousandth of an
// ounce a ton, recovery to a hundredth of a percent.
var axisPlaces = [...]int32{Price: 2, Tons: 0, Grade: 3, Mining: 2, Milling: 2, Recovery: 2, OtherOpex: 0,
	QuarterPrice: 2, Exploration: 0, HollisterGain: 0, TaxRate: 2, Shares: 0, SharePrice: 2}

// DefaultAxis is five values of lever l around the scenario's: 80%, 90%,
// 100%, 110% and 120% of it, the scenario's own as it is and the others
// rounded as axisPlaces says, finer where the steps are smaller than that.
// Recovery and the tax rate stop at 100%, and the year's exploration at
// what the first quarter spent (checkIn), so their axes may hold fewer
// values. A lever at zero gets zero and 10% to 40% of the release's
// figure. A lever with neither (a share price left out: the release
// prints none) has no default axis: refused, naming the lever, for the
// reader to set it or give the axis its values.
func DefaultAxis(p *Period, s Scenario, l Lever) (Axis, error) {
	v := s.Value(p, l)
	factors := axisFactors
	if v.IsZero() {
		v = p.BaselineLever(l)
		factors = []decimal.Decimal{zero, decimal.New(1, -1), decimal.New(2, -1), decimal.New(3, -1), decimal.New(4, -1)}
	}
	if v.IsZero() {
		return Axis{}, &FieldError{Field: l.Key(), Code: MissingValue, Message: l.Key() + ": " + l.describe() +
			" has no value to put an axis around, and the release prints none; set it, or give the axis its values"}
	}
	places := axisPlaces[l.Kind()]
	if step := v.Abs().Mul(decimal.New(1, -1)); !step.IsZero() {
		// two significant digits of the step at least, so no two values
		// round to one
		places = max(places, 1-(int32(step.NumDigits())+step.Exponent()-1))
	}
	a, now := Axis{Lever: l}, s.Value(p, l)
	for _, f := range factors {
		x := v.Mul(f).Round(places)
		if f.Equal(one) {
			x = now
		}
		switch l.Kind() {
		case Recovery, TaxRate:
			x = decimal.Min(x, hundred)
		case Exploration:
			x = decimal.Max(x, p.Reported.Cash.Exploration)
		}
		if !slices.ContainsFunc(a.Values, x.Equal) {
			a.Values = append(a.Values, x)
		}
	}
	return a, nil
}
