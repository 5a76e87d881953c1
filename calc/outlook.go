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

var (
	three = decimal.NewFromInt(3)
	four  = decimal.NewFromInt(4)
)

// Outlook is docs/model.md's 2007 outlook: the first quarter as reported
// (the model at the release's levers) and three later quarters, each the
// scenario's operations at that quarter's prices (year.go), with its share
// of the year's exploration and, in the second, the Hollister gain.
type Outlook struct {
	SilverProduced decimal.Decimal
	GoldProduced   decimal.Decimal // La Camorra's and Greens Creek's
	Sales          decimal.Decimal
	GrossProfit    decimal.Decimal
	NetIncome      decimal.Decimal
	EPS            decimal.Decimal // the quarters' sum
	// AdjustedEPS is EPS without the Hollister gain.
	AdjustedEPS decimal.Decimal
	// The year's cash: the first quarter's as printed and three more at
	// the scenario's operations; capital additions at the first quarter's
	// rate; Cash is cash and short-term investments at the year's end.
	OperatingCashFlow decimal.Decimal
	CapitalAdditions  decimal.Decimal
	FreeCashFlow      decimal.Decimal
	Cash              decimal.Decimal
	Mines             [numMines]OutlookScope
	Segments          [numSegments]OutlookScope
	// Value is the year at a share price (value.go).
	Value Value
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
// gross profits, net income, EPS, the cash, the value) and the mines' total
// cash costs per ounce. The year of a figure is a few sums, a cost per
// ounce a division more, and the release's estimates read none of these.
type outlookParts struct{ money, minePerOz bool }

var allOutlook = outlookParts{money: true, minePerOz: true}

// outlookPartsOf is the parts an outlook or value output name reads; none
// for another output.
func outlookPartsOf(name string) (o outlookParts) {
	if strings.HasPrefix(name, valuePrefix) {
		return outlookParts{money: true}
	}
	rest, ok := strings.CutPrefix(name, outlookPrefix)
	if !ok {
		return o
	}
	scope, metric, _ := strings.Cut(rest, ".")
	perOz := metric == TotalCash.Slug()
	o.money = !perOz && metric != MetricProduced && !strings.HasSuffix(metric, producedSuffix)
	for _, m := range Mines() {
		o.minePerOz = o.minePerOz || (scope == m.Slug() && perOz)
	}
	return o
}

// outlook runs the year at the levers lv, whose unrounded mines are ms
// (mineResults), result r and company production rp (companyProduced): of
// the figures outlookParts names, only those parts asks for (the others
// zero, or absent).
func (p *Period) outlook(lv *levers, ms *[numMines]MineResult, r *Result, rp [numMetals]decimal.Decimal, parts outlookParts) *Outlook {
	b := p.Baseline
	// No price enters production or the cost-basis ounces: every later
	// quarter has the scenario's.
	year := func(first, rest decimal.Decimal) decimal.Decimal { return first.Add(rest.Mul(three)) }
	bp := p.baselineProduced
	o := &Outlook{
		SilverProduced: year(bp[Silver], rp[Silver]),
		GoldProduced:   year(bp[Gold], rp[Gold]),
	}
	qs := p.quarterResults(lv, ms, r)
	sum := func(first decimal.Decimal, of func(*Result) decimal.Decimal) decimal.Decimal {
		for _, q := range qs {
			first = first.Add(of(q))
		}
		return first
	}
	if parts.money {
		o.Sales = sum(b.Company.Sales, func(q *Result) decimal.Decimal { return q.Company.Sales })
		o.GrossProfit = sum(b.Company.GrossProfit, func(q *Result) decimal.Decimal { return q.Company.GrossProfit })
		p.yearBelowGrossProfit(lv, r, qs, o)
	}
	var num, oz [numMines]decimal.Decimal
	for _, m := range Mines() {
		bm, rm := &b.Mines[m], &r.Mines[m]
		num[m] = sum(bm.TotalCash, func(q *Result) decimal.Decimal { return q.Mines[m].TotalCash })
		oz[m] = year(bm.CostBasisOz, rm.CostBasisOz)
		o.Mines[m].Produced = year(bm.Produced, rm.Produced)
		if parts.minePerOz {
			o.Mines[m].TotalCashPerOz = perOzOf(num[m], oz[m])
		}
		if parts.money {
			o.Mines[m].GrossProfit = sum(bm.GrossProfit, func(q *Result) decimal.Decimal { return q.Mines[m].GrossProfit })
		}
	}
	for _, s := range Segments() {
		n, d := zero, zero
		for _, m := range s.Mines() {
			n, d = n.Add(num[m]), d.Add(oz[m])
		}
		o.Segments[s].TotalCashPerOz = perOzOf(n, d)
		if parts.money {
			o.Segments[s].GrossProfit = sum(b.Segments[s].GrossProfit, func(q *Result) decimal.Decimal { return q.Segments[s].GrossProfit })
		}
	}
	if parts.money {
		o.Value = p.value(lv, o)
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

// outlookMetrics lists the outlook's outputs in the contract's order: the
// company's year (the figures of the quarter's statement, then adjusted EPS
// and the cash), each mine's, each segment's. With no outlook (a period
// other than outlookPeriod) every one is absent.
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
	add(val(o.AdjustedEPS), CompanyScope, MetricAdjustedEPS)
	add(val(o.OperatingCashFlow), CompanyScope, MetricOperatingCash)
	add(val(o.CapitalAdditions), CompanyScope, MetricCapitalAdds)
	add(val(o.FreeCashFlow), CompanyScope, MetricFreeCash)
	add(val(o.Cash), CompanyScope, MetricCash)
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
