package calc

import "fmt"

// Model is the calibrated release: one Period per column of the release.
type Model struct {
	periods []*Period
}

// NewModel calibrates every reported period. The first is the default.
func NewModel(reported ...Reported) (*Model, error) {
	if len(reported) == 0 {
		return nil, fmt.Errorf("calc: no reported period to calibrate")
	}
	m := &Model{}
	for _, r := range reported {
		if _, dup := m.Period(r.Period); dup {
			return nil, fmt.Errorf("calc: period %s reported twice", r.Period)
		}
		p, err := Calibrate(r)
		if err != nil {
			return nil, err
		}
		m.periods = append(m.periods, p)
	}
	return m, nil
}

// Periods lists the calibrated periods, the default first.
func (m *Model) Periods() []*Period { return m.periods }

// Period finds a period by id.
func (m *Model) Period(id PeriodID) (*Period, bool) {
	for _, p := range m.periods {
		if p.ID == id {
			return p, true
		}
	}
	return nil, false
}

// Default is the period a scenario without one means.
func (m *Model) Default() *Period { return m.periods[0] }

// Evaluate computes a scenario in its own period.
func (m *Model) Evaluate(s Scenario) (*Result, error) {
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	return p.Evaluate(s), nil
}
