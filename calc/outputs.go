package calc

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

const (
	// producedSuffix names a metal's output: "lead-produced".
	producedSuffix = "-produced"
	// sensitivityPrefix starts a price sensitivity's name.
	sensitivityPrefix = "sensitivity."
	cashMargin        = "cash-margin-per-oz"
)

// Outputs lists every output of the contract in OutputNames' order: the
// scenario's Metrics, then its investor views. r is s evaluated in this
// period.
func (p *Period) Outputs(s Scenario, r *Result) []Metric {
	return append(r.Metrics(), p.Views(s, r).Metrics()...)
}

// OutputNames lists every output name of the contract, in Outputs' order:
// MetricNames, then the investor views'.
func OutputNames() []string {
	names := MetricNames()
	for _, m := range (&Views{}).Metrics() {
		names = append(names, m.Name)
	}
	return names
}

// Metrics lists the views as outputs of the contract, in OutputNames' order
// after MetricNames: production, cash margins, the quarter's cash (each
// mine's, then the company's: the quarter's figures end there), price
// sensitivities ("sensitivity.<metal>.<output>"), the outlook
// ("fy2007.<output>") and the value at a share price ("value.<output>").
func (v *Views) Metrics() []Metric {
	l := metricList{named: true}
	v.metrics(&l)
	return l.list
}

func (v *Views) metrics(l *metricList) {
	val := decimal.NewNullDecimal
	for _, m := range Mines() {
		for _, k := range m.ByProducts() {
			l.add(val(v.ByProducts[m][k]), m.Slug(), ".", k.Slug(), producedSuffix)
		}
	}
	for _, k := range Metals() {
		l.add(val(v.Produced[k]), CompanyScope, ".", k.Slug(), producedSuffix)
	}
	for _, m := range Mines() {
		l.add(v.MineCashMargin[m], m.Slug(), ".", cashMargin)
	}
	for _, s := range Segments() {
		l.add(v.SegmentCashMargin[s], s.Slug(), ".", cashMargin)
	}
	v.Cash.metrics(l)
	for _, k := range Metals() {
		for i, y := range sensitivityOutputs {
			l.add(v.PriceSensitivity[k][i], sensitivityPrefix, k.Slug(), ".", y)
		}
	}
	outlookMetricsTo(l, v.Outlook)
	valueMetricsTo(l, v.Outlook)
}

// metricList gathers outputs in the contract's order. Without named, it
// keeps the values alone: joining a hundred names per scenario was a fifth
// of a simulation's sample, which reads only the values.
type metricList struct {
	named bool
	list  []Metric
}

// add appends one output, its name the parts joined.
func (l *metricList) add(v decimal.NullDecimal, name ...string) {
	m := Metric{Value: v}
	if l.named {
		m.Name = strings.Join(name, "")
	}
	l.list = append(l.list, m)
}

// sensitivityName reads "sensitivity.<metal>.<output>".
func sensitivityName(name string) (k Metal, output string, ok bool) {
	rest, ok := strings.CutPrefix(name, sensitivityPrefix)
	if !ok {
		return 0, "", false
	}
	for _, k := range Metals() {
		if of, ok := strings.CutPrefix(rest, k.Slug()+"."); ok && slices.Contains(sensitivityOutputs[:], of) {
			return k, of, true
		}
	}
	return 0, "", false
}

// metric is the view output name, as Metrics names it, read from the name
// rather than found among them all (a goal seek asks at every step); the
// price sensitivities are not among them. ok is false for any other name.
func (v *Views) metric(name string) (decimal.NullDecimal, bool) {
	scope, rest, _ := strings.Cut(name, ".")
	if y, ok := v.Cash.metric(scope, rest); ok {
		return y, true
	}
	if rest == cashMargin {
		for _, m := range Mines() {
			if m.Slug() == scope {
				return v.MineCashMargin[m], true
			}
		}
		for _, s := range Segments() {
			if s.Slug() == scope {
				return v.SegmentCashMargin[s], true
			}
		}
	}
	metal, ok := strings.CutSuffix(rest, producedSuffix)
	if !ok {
		return decimal.NullDecimal{}, false
	}
	for _, k := range Metals() {
		if k.Slug() != metal {
			continue
		}
		if scope == CompanyScope {
			return decimal.NewNullDecimal(v.Produced[k]), true
		}
		for _, m := range Mines() {
			if m.Slug() == scope && slices.Contains(m.ByProducts(), k) {
				return decimal.NewNullDecimal(v.ByProducts[m][k]), true
			}
		}
	}
	return decimal.NullDecimal{}, false
}
