package main

import (
	"strconv"

	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The co-product method and the all-in sustaining cost estimate, beside the
// release's by-product figures.

type coProductRow struct {
	mine, metal, allocation, perUnit string
}

type aiscRow struct {
	scope, metric, value, byProduct string
}

type methodsView struct {
	coProduct []coProductRow
	aisc      []aiscRow
}

// buildMethods works from the scenario's result r, already evaluated.
func buildMethods(p *calc.Period, s calc.Scenario, r *calc.Result) methodsView {
	var v methodsView
	for _, mine := range calc.SilverSegment.Mines() {
		cp, ok := p.CoProduct(s, r, mine)
		if !ok {
			continue
		}
		for _, sh := range cp.Shares {
			per := notAvailable
			if sh.PerUnit.Valid {
				places := int32(2)
				if sh.Metal == calc.Gold {
					places = 0
				}
				per = money(sh.PerUnit.Decimal, places) + " per " + sh.Unit
			}
			v.coProduct = append(v.coProduct, coProductRow{mine: mine.Name(), metal: sh.Metal.Name(), allocation: money(sh.Allocation.Shift(-3), 0), perUnit: per})
		}
	}
	a := p.AISC(r)
	add := func(scope, metric string, est, byProduct string) {
		v.aisc = append(v.aisc, aiscRow{scope: scope, metric: metric, value: est, byProduct: byProduct})
	}
	for _, mine := range calc.Mines() {
		est := notAvailable
		if a.Mines[mine].Valid {
			est = money(a.Mines[mine].Decimal, perOzPlaces(mine.Primary()))
		}
		tc := notAvailable
		if x := r.Mines[mine].PerOz[calc.TotalCash]; x.Valid {
			tc = money(x.Decimal, perOzPlaces(mine.Primary()))
		}
		add(mine.Name(), mine.Slug()+".aisc-per-oz", est, tc)
	}
	for i, sg := range calc.Segments() {
		metal := calc.Silver
		if sg == calc.GoldSegment {
			metal = calc.Gold
		}
		est := notAvailable
		if a.Segments[i].Valid {
			est = money(a.Segments[i].Decimal, perOzPlaces(metal))
		}
		tc := notAvailable
		if x := r.Segments[i].PerOz[calc.TotalCash]; x.Valid {
			tc = money(x.Decimal, perOzPlaces(metal))
		}
		add(sg.Name(), sg.Slug()+".aisc-per-oz", est, tc)
	}
	return v
}

// methodsPanel lays out the co-product and AISC tables; their figures are
// leaves (leaves.go), written anew only when an edit changes them.
func (c *calculator) methodsPanel() app.UI {
	mv := &c.view.methods
	return app.Elem("section").Class("panel methods").Aria("labelledby", "methods-h").Body(
		app.Elem("h2").ID("methods-h").Text("Other cost methods"),
		app.Elem("table").Class("figures").Body(
			app.Elem("caption").Text("Co-product method: costs before by-product credits shared by payable value (allocation in thousands of dollars)"),
			columnHeads("Mine and metal", "Allocation", "Co-product cost"),
			app.Elem("tbody").Body(app.Range(mv.coProduct).Slice(func(i int) app.UI {
				r := mv.coProduct[i]
				alloc, per := r.cells()
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Class("label").Text(r.mine+": "+r.metal),
					c.textCell(coProductKey(i, "allocation"), alloc),
					c.textCell(coProductKey(i, "per-unit"), per),
				)
			})),
		),
		app.Elem("p").Class("hint").Text("La Camorra has no by-product split in the release: only the by-product method applies there."),
		app.Elem("table").Class("figures").Body(
			app.Elem("caption").Text("All-in sustaining cost per ounce (estimate), beside the scenario's by-product total cash cost"),
			columnHeads("Mine or segment", "AISC (estimate)", "Total cash cost"),
			app.Elem("tbody").Body(app.Range(mv.aisc).Slice(func(i int) app.UI {
				r := mv.aisc[i]
				est, byProduct := r.cells()
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Class("label").Text(r.scope),
					c.textCell(aiscKey(r.metric, "estimate"), est),
					c.textCell(aiscKey(r.metric, "by-product"), byProduct),
				)
			})),
		),
		app.Elem("details").Class("advanced").Body(
			app.Elem("summary").Text("How the AISC estimate is made"),
			app.Elem("p").Text("The release predates the World Gold Council's 2013 guidance on all-in sustaining costs, so this is an estimate: per mine, total cash costs plus the mine's capital additions (all treated as sustaining), its reclamation and other costs, and a share of the company's general and administrative expense in proportion to net smelter revenue, divided by the ounces the per-ounce costs divide by. A segment's figure is the sum of its mines' numerators over the sum of their ounces."),
		),
	)
}

// cells are a co-product row's cells that follow the scenario.
func (r coProductRow) cells() (allocation, perUnit cellData) {
	return cellData{Text: r.allocation}, cellData{Class: "value", Text: r.perUnit}
}

func coProductKey(i int, col string) string { return "co-product:" + strconv.Itoa(i) + ":" + col }

func aiscKey(metric, col string) string { return "aisc:" + metric + ":" + col }

// cells are an AISC row's cells that follow the scenario.
func (r aiscRow) cells() (estimate, byProduct cellData) {
	return cellData{Class: "value", Estimate: r.metric, Text: r.value}, cellData{Class: "value", Text: r.byProduct}
}
