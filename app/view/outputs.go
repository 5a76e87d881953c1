package view

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Outputs are a scenario's outputs of the contract by name: its result's
// and its investor views'.
type Outputs map[string]decimal.NullDecimal

// OutputsOf is every output of s, which r evaluates in p, and its investor
// views v.
func OutputsOf(r *calc.Result, v *calc.Views) Outputs {
	o := Outputs{}
	for _, m := range append(r.Metrics(), v.Metrics()...) {
		o[m.Name] = m.Value
	}
	return o
}

// BaselineOutputs are the outputs of p at the release's levers: made once
// per period, since no lever changes them.
func BaselineOutputs(p *calc.Period) Outputs {
	s := calc.Scenario{Period: p.ID}
	return OutputsOf(p.Baseline, p.Views(s, p.Baseline))
}

// Metric is the output name, as calc.Result's Metric.
func (o Outputs) Metric(name string) (decimal.NullDecimal, bool) {
	v, ok := o[name]
	return v, ok
}

// outputs is what a figure is read from: a result, or a scenario's outputs.
type outputs interface {
	Metric(name string) (decimal.NullDecimal, bool)
}
