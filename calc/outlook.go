package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// outlookPeriod is the quarter the outlook runs the year on: the release's
// estimates are of 2007, so only 2007's first quarter opens the year.
const (
	outlookPeriod = Q1of2007
	outlookPrefix = "fy2007."
)

var three = decimal.NewFromInt(3)

// Outlook is docs/model.md's 2007 outlook: the first quarter as reported
// (the model at baseline) and three more quarters like the scenario's.
type Outlook struct {
	SilverProduced decimal.Decimal
	GoldProduced   decimal.Decimal // La Camorra's and Greens Creek's
	Sales          decimal.Decimal
	GrossProfit    decimal.Decimal
	NetIncome      decimal.Decimal
	EPS            decimal.Decimal // the quarters' sum: the share count is held
	Mines          [numMines]OutlookScope
	Segments       [numSegments]OutlookScope
}

// OutlookScope is one mine's or segment's year. Produced is the primary
// metal, and is the mines' only.
type OutlookScope struct {
	Produced       decimal.Decimal
	TotalCashPerOz decimal.NullDecimal // the year's total cash cost over its cost-basis ounces
	GrossProfit    decimal.Decimal
}

// outlookParts are the outlook's figures to form beyond the production and
// the segments' total cash costs per ounce: the money figures (sales,
// gross profits, net income, EPS) and the mines' total cash costs per
// ounce. The year of a figure is a product and a sum, a cost per ounce a
// division more, and the release's estimates read none of these.
type outlookParts struct{ money, minePerOz bool }

var allOutlook = outlookParts{money: true, minePerOz: true}

// outlookPartsOf is the parts outlook output name reads; none for another
// output.
func outlookPartsOf(name string) (o outlookParts) {
	rest, ok := strings.CutPrefix(name, outlookPrefix)
	if !ok {
		return o
	}
	scope, metric, _ := strings.Cut(rest, ".")
	o.money = metric == MetricSales || metric == MetricGrossProfit || metric == MetricNetIncome || metric == MetricEPS
	for _, m := range Mines() {
		o.minePerOz = o.minePerOz || (scope == m.Slug() && metric == TotalCash.Slug())
	}
	return o
}

// outlook runs the year from the period's baseline quarter and the
// scenario's result r, whose company production is rp (companyProduced):
// of the figures outlookParts names, only those parts asks for (the others
// zero, or absent).
func (p *Period) outlook(r *Result, rp [numMetals]decimal.Decimal, parts outlookParts) *Outlook {
	b := p.Baseline
	year := func(first, rest decimal.Decimal) decimal.Decimal { return first.Add(rest.Mul(three)) }
	bp := p.baselineProduced
	o := &Outlook{
		SilverProduced: year(bp[Silver], rp[Silver]),
		GoldProduced:   year(bp[Gold], rp[Gold]),
	}
	if parts.money {
		o.Sales = year(b.Company.Sales, r.Company.Sales)
		o.GrossProfit = year(b.Company.GrossProfit, r.Company.GrossProfit)
		o.NetIncome = year(b.Company.NetIncome, r.Company.NetIncome)
		o.EPS = year(b.Company.EPS, r.Company.EPS)
	}
	var num, oz [numMines]decimal.Decimal
	for _, m := range Mines() {
		bm, rm := &b.Mines[m], &r.Mines[m]
		num[m], oz[m] = year(bm.TotalCash, rm.TotalCash), year(bm.CostBasisOz, rm.CostBasisOz)
		o.Mines[m].Produced = year(bm.Produced, rm.Produced)
		if parts.minePerOz {
			o.Mines[m].TotalCashPerOz = perOzOf(num[m], oz[m])
		}
		if parts.money {
			o.Mines[m].GrossProfit = year(bm.GrossProfit, rm.GrossProfit)
		}
	}
	for _, s := range Segments() {
		n, d := zero, zero
		for _, m := range s.Mines() {
			n, d = n.Add(num[m]), d.Add(oz[m])
		}
		o.Segments[s].TotalCashPerOz = perOzOf(n, d)
		if parts.money {
			o.Segments[s].GrossProfit = year(b.Segments[s].GrossProfit, r.Segments[s].GrossProfit)
		}
	}
	return o
}

// perOzOf is one cost per ounce, absent without ounces (as perOz).
func perOzOf(num, d decimal.Decimal) decimal.NullDecimal {
	if d.IsZero() {
		return decimal.NullDecimal{}
	}
	return decimal.NewNullDecimal(divOut(num, d))
}

// outlookMetrics lists the outlook's outputs in the contract's order; with
// no outlook (a period other than outlookPeriod) every one is absent.
func outlookMetrics(o *Outlook) []Metric {
	l := metricList{named: true}
	outlookMetricsTo(&l, o)
	return l.list
}

func outlookMetricsTo(l *metricList, o *Outlook) {
	have := o != nil
	if !have {
		o = &Outlook{}
	}
	add := func(v decimal.NullDecimal, scope, metric string) {
		if !have {
			v = decimal.NullDecimal{}
		}
		l.add(v, outlookPrefix, scope, ".", metric)
	}
	val := decimal.NewNullDecimal
	add(val(o.SilverProduced), CompanyScope, Silver.Slug()+producedSuffix)
	add(val(o.GoldProduced), CompanyScope, Gold.Slug()+producedSuffix)
	add(val(o.Sales), CompanyScope, MetricSales)
	add(val(o.GrossProfit), CompanyScope, MetricGrossProfit)
	add(val(o.NetIncome), CompanyScope, MetricNetIncome)
	add(val(o.EPS), CompanyScope, MetricEPS)
	for _, m := range Mines() {
		s := &o.Mines[m]
		add(val(s.Produced), m.Slug(), MetricProduced)
		add(s.TotalCashPerOz, m.Slug(), TotalCash.Slug())
		add(val(s.GrossProfit), m.Slug(), MetricGrossProfit)
	}
	for _, sg := range Segments() {
		s := &o.Segments[sg]
		add(s.TotalCashPerOz, sg.Slug(), TotalCash.Slug())
		add(val(s.GrossProfit), sg.Slug(), MetricGrossProfit)
	}
}
