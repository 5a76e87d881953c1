package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// producedSuffix names a metal's output: "lead-produced".
const producedSuffix = "-produced"

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
// after MetricNames: production, cash margins, price sensitivities
// ("sensitivity.<metal>.<output>") and the outlook ("fy2007.<output>").
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
	const cashMargin = ".cash-margin-per-oz"
	for _, m := range Mines() {
		l.add(v.MineCashMargin[m], m.Slug(), cashMargin)
	}
	for _, s := range Segments() {
		l.add(v.SegmentCashMargin[s], s.Slug(), cashMargin)
	}
	for _, k := range Metals() {
		for i, y := range sensitivityOutputs {
			l.add(v.PriceSensitivity[k][i], "sensitivity.", k.Slug(), ".", y)
		}
	}
	outlookMetricsTo(l, v.Outlook)
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
