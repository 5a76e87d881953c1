package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Output names are the public contract of -eval, the UI's data-metric
// attributes and embeds: "<scope>.<metric>", where the scope is a mine slug,
// a segment slug ("silver", "gold") or "company".
const (
	MetricProduced    = "produced"
	MetricSales       = "sales"
	MetricCostOfSales = "cost-of-sales"
	MetricGrossProfit = "gross-profit"
	MetricBreakEven   = "break-even-price"
	MetricIncomeOps   = "income-from-operations"
	MetricNetIncome   = "net-income"
	MetricEPS         = "eps"
	CompanyScope      = "company"
)

// Metric is one named output. Value is not Valid where the figure does not
// exist (a per-ounce cost without production, an absent break-even price).
type Metric struct {
	Name  string
	Value decimal.NullDecimal
}

// Metrics lists every output of the contract in MetricNames' order.
func (r *Result) Metrics() []Metric {
	l := metricList{named: true}
	r.metrics(&l)
	return l.list
}

func (r *Result) metrics(l *metricList) {
	for _, m := range Mines() {
		for _, n := range mineMetricNames {
			v, _ := r.mineMetric(m, n)
			l.add(v, m.Slug(), ".", n)
		}
	}
	for _, s := range Segments() {
		for _, n := range segmentMetricNames {
			v, _ := r.segmentMetric(s, n)
			l.add(v, s.Slug(), ".", n)
		}
	}
	for _, n := range companyMetricNames {
		v, _ := r.companyMetric(n)
		l.add(v, CompanyScope, ".", n)
	}
}

var (
	segmentMetricNames = []string{MetricProduced, CashOperating.Slug(), TotalCash.Slug(), TotalProduction.Slug(),
		MetricSales, MetricCostOfSales, MetricGrossProfit}
	mineMetricNames    = append(append([]string{}, segmentMetricNames...), MetricBreakEven)
	companyMetricNames = []string{MetricSales, MetricGrossProfit, MetricIncomeOps, MetricNetIncome, MetricEPS}
)

// MetricNames lists every output name of the contract, in Metrics' order.
func MetricNames() []string {
	var names []string
	for _, m := range (&Result{}).Metrics() {
		names = append(names, m.Name)
	}
	return names
}

// Metric looks one output up by name; ok is false for a name outside the
// contract.
func (r *Result) Metric(name string) (v decimal.NullDecimal, ok bool) {
	scope, metric, found := strings.Cut(name, ".")
	if !found {
		return v, false
	}
	if scope == CompanyScope {
		return r.companyMetric(metric)
	}
	for _, s := range Segments() {
		if s.Slug() == scope {
			return r.segmentMetric(s, metric)
		}
	}
	for _, m := range Mines() {
		if m.Slug() == scope {
			return r.mineMetric(m, metric)
		}
	}
	return v, false
}

func (r *Result) mineMetric(m Mine, name string) (decimal.NullDecimal, bool) {
	mr := &r.Mines[m]
	if name == MetricBreakEven {
		return mr.BreakEven.Price, true
	}
	return pick(name, mr.Produced, mr.PerOz, mr.Sales, mr.CostOfSales, mr.GrossProfit)
}

func (r *Result) segmentMetric(s Segment, name string) (decimal.NullDecimal, bool) {
	sr := &r.Segments[s]
	return pick(name, sr.Produced, sr.PerOz, sr.Sales, sr.CostOfSales, sr.GrossProfit)
}

func pick(name string, produced decimal.Decimal, perOz [numPerOzMeasures]decimal.NullDecimal, sales, cost, gp decimal.Decimal) (decimal.NullDecimal, bool) {
	switch name {
	case MetricProduced:
		return decimal.NewNullDecimal(produced), true
	case MetricSales:
		return decimal.NewNullDecimal(sales), true
	case MetricCostOfSales:
		return decimal.NewNullDecimal(cost), true
	case MetricGrossProfit:
		return decimal.NewNullDecimal(gp), true
	}
	for _, k := range PerOzMeasures() {
		if k.Slug() == name {
			return perOz[k], true
		}
	}
	return decimal.NullDecimal{}, false
}

func (r *Result) companyMetric(name string) (decimal.NullDecimal, bool) {
	c := &r.Company
	var v decimal.Decimal
	switch name {
	case MetricSales:
		v = c.Sales
	case MetricGrossProfit:
		v = c.GrossProfit
	case MetricIncomeOps:
		v = c.IncomeFromOperations
	case MetricNetIncome:
		v = c.NetIncome
	case MetricEPS:
		v = c.EPS
	default:
		return decimal.NullDecimal{}, false
	}
	return decimal.NewNullDecimal(v), true
}
