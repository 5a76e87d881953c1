package calc

import "github.com/shopspring/decimal"

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

// outlook runs the year from the period's baseline quarter and the
// scenario's result r.
func (p *Period) outlook(r *Result) *Outlook {
	b := p.Baseline
	year := func(first, rest decimal.Decimal) decimal.Decimal { return first.Add(rest.Mul(three)) }
	bp, rp := companyProduced(b), companyProduced(r)
	o := &Outlook{
		SilverProduced: year(bp[Silver], rp[Silver]),
		GoldProduced:   year(bp[Gold], rp[Gold]),
		Sales:          year(b.Company.Sales, r.Company.Sales),
		GrossProfit:    year(b.Company.GrossProfit, r.Company.GrossProfit),
		NetIncome:      year(b.Company.NetIncome, r.Company.NetIncome),
		EPS:            year(b.Company.EPS, r.Company.EPS),
	}
	var num, oz [numMines]decimal.Decimal
	for _, m := range Mines() {
		bm, rm := &b.Mines[m], &r.Mines[m]
		num[m], oz[m] = year(bm.TotalCash, rm.TotalCash), year(bm.CostBasisOz, rm.CostBasisOz)
		o.Mines[m] = OutlookScope{
			Produced:       year(bm.Produced, rm.Produced),
			TotalCashPerOz: perOzOf(num[m], oz[m]),
			GrossProfit:    year(bm.GrossProfit, rm.GrossProfit),
		}
	}
	for _, s := range Segments() {
		n, d := zero, zero
		for _, m := range s.Mines() {
			n, d = n.Add(num[m]), d.Add(oz[m])
		}
		o.Segments[s] = OutlookScope{
			TotalCashPerOz: perOzOf(n, d),
			GrossProfit:    year(b.Segments[s].GrossProfit, r.Segments[s].GrossProfit),
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
	var ms []Metric
	have := o != nil
	if !have {
		o = &Outlook{}
	}
	add := func(name string, v decimal.NullDecimal) {
		if !have {
			v = decimal.NullDecimal{}
		}
		ms = append(ms, Metric{Name: outlookPrefix + name, Value: v})
	}
	val := decimal.NewNullDecimal
	company := CompanyScope + "."
	add(company+Silver.Slug()+producedSuffix, val(o.SilverProduced))
	add(company+Gold.Slug()+producedSuffix, val(o.GoldProduced))
	add(company+MetricSales, val(o.Sales))
	add(company+MetricGrossProfit, val(o.GrossProfit))
	add(company+MetricNetIncome, val(o.NetIncome))
	add(company+MetricEPS, val(o.EPS))
	for _, m := range Mines() {
		s := &o.Mines[m]
		add(m.Slug()+"."+MetricProduced, val(s.Produced))
		add(m.Slug()+"."+TotalCash.Slug(), s.TotalCashPerOz)
		add(m.Slug()+"."+MetricGrossProfit, val(s.GrossProfit))
	}
	for _, sg := range Segments() {
		s := &o.Segments[sg]
		add(sg.Slug()+"."+TotalCash.Slug(), s.TotalCashPerOz)
		add(sg.Slug()+"."+MetricGrossProfit, val(s.GrossProfit))
	}
	return ms
}
