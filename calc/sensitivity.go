package calc

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"
)

var (
	tenthDown = decimal.RequireFromString("0.9")
	tenthUp   = decimal.RequireFromString("1.1")
)

// Sensitivity is how one output moves when one lever alone moves by −10% and
// +10% of its current value.
type Sensitivity struct {
	Lever Lever
	// Low and High are the lever values used. Recovery stops at 100%.
	Low, High decimal.Decimal
	// Down and Up are the output's changes from the scenario's value; not
	// Valid where the output does not exist at either end.
	Down, Up decimal.NullDecimal
}

// Sensitivity ranks every lever by the larger absolute change it makes to the
// named output, largest first; ties keep the stable lever order.
func (m *Model) Sensitivity(s Scenario, output string) ([]Sensitivity, error) {
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	v := p.levers(s)
	base, ok := p.evaluate(&v).Metric(output)
	if !ok {
		return nil, &FieldError{Field: "output", Code: UnknownOutput, Message: fmt.Sprintf("output: %q is not an output of the calculator", output)}
	}
	rows := make([]Sensitivity, 0, numLevers)
	for _, l := range Levers() {
		cur := v[l]
		row := Sensitivity{Lever: l, Low: cur.Mul(tenthDown), High: cur.Mul(tenthUp)}
		if l.Kind() == Recovery && row.High.GreaterThan(hundred) {
			row.High = hundred
		}
		row.Down = p.moved(v, l, row.Low, output, base)
		row.Up = p.moved(v, l, row.High, output, base)
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].reach().GreaterThan(rows[j].reach()) })
	return rows, nil
}

// moved is the output's change when lever l alone takes value x.
func (p *Period) moved(v levers, l Lever, x decimal.Decimal, output string, base decimal.NullDecimal) decimal.NullDecimal {
	v[l] = x
	got, _ := p.evaluate(&v).Metric(output)
	if !got.Valid || !base.Valid {
		return decimal.NullDecimal{}
	}
	return decimal.NewNullDecimal(got.Decimal.Sub(base.Decimal))
}

// reach is the larger absolute change; an absent change counts as none.
func (s Sensitivity) reach() decimal.Decimal {
	r := zero
	for _, c := range []decimal.NullDecimal{s.Down, s.Up} {
		if c.Valid && c.Decimal.Abs().GreaterThan(r) {
			r = c.Decimal.Abs()
		}
	}
	return r
}

// levers resolves a scenario to one value per lever.
func (p *Period) levers(s Scenario) levers {
	v := p.baseline
	for l, val := range s.set {
		if val.Valid {
			v[l] = val.Decimal
		}
	}
	return v
}

func (m *Model) period(s Scenario) (*Period, error) {
	return m.periodByID(s.PeriodOr(m.Default().ID))
}

func (m *Model) periodByID(id PeriodID) (*Period, error) {
	p, ok := m.Period(id)
	if !ok {
		return nil, &FieldError{Field: "period", Code: UnknownPeriod, Message: fmt.Sprintf("period: %q is not a period of the release", id)}
	}
	return p, nil
}
