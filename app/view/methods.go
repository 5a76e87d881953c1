package view

import (
	"github.com/hecla-calc/calculator/calc"
)

// The co-product method and the all-in sustaining cost estimate, beside the
// release's by-product figures.

type CoProductRow struct {
	Mine, Metal, allocation, perUnit string
}

type AISCRow struct {
	Scope, Metric, Value, byProduct string
}

type Methods struct {
	CoProduct []CoProductRow
	Aisc      []AISCRow
}

// buildMethods works from the scenario's result r, already evaluated.
func buildMethods(p *calc.Period, s calc.Scenario, r *calc.Result) Methods {
	var v Methods
	// The engine says which mines the co-product method applies to: not
	// one whose credits follow its primary metal's price.
	for _, mine := range calc.Mines() {
		cp, ok := p.CoProduct(s, r, mine)
		if !ok {
			continue
		}
		for _, sh := range cp.Shares {
			per := NotAvailable
			if sh.PerUnit.Valid {
				// A pound of lead or zinc is costed to cents, as an ounce of silver.
				per = Money(sh.PerUnit.Decimal, perOzPlaces(sh.Metal)) + " per " + sh.Unit
			}
			v.CoProduct = append(v.CoProduct, CoProductRow{Mine: mine.Name(), Metal: sh.Metal.Name(), allocation: Money(sh.Allocation.Shift(-3), 0), perUnit: per})
		}
	}
	a := p.AISC(r)
	add := func(scope, metric string, est, byProduct string) {
		v.Aisc = append(v.Aisc, AISCRow{Scope: scope, Metric: metric, Value: est, byProduct: byProduct})
	}
	for _, mine := range calc.Mines() {
		est := NotAvailable
		if a.Mines[mine].Valid {
			est = Money(a.Mines[mine].Decimal, perOzPlaces(mine.Primary()))
		}
		tc := NotAvailable
		if x := r.Mines[mine].PerOz[calc.TotalCash]; x.Valid {
			tc = Money(x.Decimal, perOzPlaces(mine.Primary()))
		}
		add(mine.Name(), mine.Slug()+".aisc-per-oz", est, tc)
	}
	for i, sg := range calc.Segments() {
		metal := sg.Primary()
		est := NotAvailable
		if a.Segments[i].Valid {
			est = Money(a.Segments[i].Decimal, perOzPlaces(metal))
		}
		tc := NotAvailable
		if x := r.Segments[i].PerOz[calc.TotalCash]; x.Valid {
			tc = Money(x.Decimal, perOzPlaces(metal))
		}
		add(sg.Name(), sg.Slug()+".aisc-per-oz", est, tc)
	}
	return v
}

// Cells are a co-product row's Cells that follow the scenario.
func (r CoProductRow) Cells() (allocation, perUnit Cell) {
	return Cell{Text: r.allocation}, Cell{Class: "value", Text: r.perUnit}
}

// Cells are an AISC row's Cells that follow the scenario.
func (r AISCRow) Cells() (estimate, byProduct Cell) {
	return Cell{Class: "value", Estimate: r.Metric, Text: r.Value}, Cell{Class: "value", Text: r.byProduct}
}
