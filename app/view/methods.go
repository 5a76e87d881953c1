package view

import (
	"strconv"

	"github.com/hecla-calc/calculator/calc"
)

// The co-product method and the all-in sustaining cost estimate, beside the
// release's by-product figures.

// CoProductRow is a metal of a mine under the co-product method: its share
// of the costs, in thousands, and that share per unit of the metal.
type CoProductRow struct {
	Mine, Metal         string
	Allocation, PerUnit Cell
}

// AISCRow is a mine's or a segment's all-in sustaining cost estimate
// beside its by-product total cash cost.
type AISCRow struct {
	Scope, Metric       string
	Estimate, ByProduct Cell
}

// Methods is the other cost methods' tables; ByProductOnly names the mines
// the co-product method does not apply to.
type Methods struct {
	CoProduct     []CoProductRow
	ByProductOnly []string
	Aisc          []AISCRow
}

// buildMethods works from the scenario's result r, already evaluated.
func buildMethods(p *calc.Period, s calc.Scenario, r *calc.Result) Methods {
	var v Methods
	// The engine says which mines the co-product method applies to: not
	// one whose credits follow its primary metal's price.
	for _, mine := range calc.Mines() {
		cp, ok := p.CoProduct(s, r, mine)
		if !ok {
			v.ByProductOnly = append(v.ByProductOnly, mine.Name())
			continue
		}
		for _, sh := range cp.Shares {
			per := NotAvailable
			if sh.PerUnit.Valid {
				// A pound of lead or zinc is costed to cents, as an ounce of silver.
				per = Money(sh.PerUnit.Decimal, perOzPlaces(sh.Metal)) + " per " + sh.Unit
			}
			key := "co-product:" + strconv.Itoa(len(v.CoProduct)) + ":"
			v.CoProduct = append(v.CoProduct, CoProductRow{Mine: mine.Name(), Metal: sh.Metal.Name(),
				Allocation: Cell{Key: key + "allocation", Text: Money(sh.Allocation.Shift(-3), 0)},
				PerUnit:    Cell{Key: key + "per-unit", Class: "value", Text: per}})
		}
	}
	a := p.AISC(r)
	add := func(scope, metric string, est, byProduct string) {
		key := "aisc:" + metric + ":"
		v.Aisc = append(v.Aisc, AISCRow{Scope: scope, Metric: metric,
			Estimate:  Cell{Key: key + "estimate", Class: "value", Estimate: metric, Text: est},
			ByProduct: Cell{Key: key + "by-product", Class: "value", Text: byProduct}})
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
