package calc

import "github.com/shopspring/decimal"

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
	var ms []Metric
	add := func(name string, d decimal.NullDecimal) { ms = append(ms, Metric{Name: name, Value: d}) }
	val := decimal.NewNullDecimal
	for _, m := range Mines() {
		for _, k := range m.ByProducts() {
			add(m.Slug()+"."+k.Slug()+producedSuffix, val(v.ByProducts[m][k]))
		}
	}
	for _, k := range Metals() {
		add(CompanyScope+"."+k.Slug()+producedSuffix, val(v.Produced[k]))
	}
	const cashMargin = ".cash-margin-per-oz"
	for _, m := range Mines() {
		add(m.Slug()+cashMargin, v.MineCashMargin[m])
	}
	for _, s := range Segments() {
		add(s.Slug()+cashMargin, v.SegmentCashMargin[s])
	}
	for _, k := range Metals() {
		for i, y := range sensitivityOutputs {
			add("sensitivity."+k.Slug()+"."+y, v.PriceSensitivity[k][i])
		}
	}
	return append(ms, outlookMetrics(v.Outlook)...)
}
