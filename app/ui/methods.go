package ui

import (
	"github.com/hecla-calc/calculator/app/chart"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// methodsPanel lays out the co-product and AISC tables; their figures are
// the live layer's (rows.go), written anew only when an edit changes them.
func (c *calculator) methodsPanel() app.UI {
	mv := &c.s.View().Methods
	return app.Elem("section").Class("panel methods").Aria("labelledby", "methods-h").Body(
		app.Elem("h2").ID("methods-h").Text("Other cost methods"),
		app.Elem("table").Class("figures").Body(
			app.Elem("caption").Text("Co-product method: costs before by-product credits shared by payable value (allocation in thousands of dollars)"),
			chart.ColumnHeads("Mine and metal", "Allocation", "Co-product cost"),
			app.Elem("tbody").Body(app.Range(mv.CoProduct).Slice(func(i int) app.UI {
				r := mv.CoProduct[i]
				return app.Elem("tr").Body(
					rowHead(r.Mine+": "+r.Metal),
					c.live.UI(r.Allocation),
					c.live.UI(r.PerUnit),
				)
			})),
		),
		app.Range(mv.ByProductOnly).Slice(func(i int) app.UI {
			return app.Elem("p").Class("hint").Text(mv.ByProductOnly[i] + " has no by-product split in the release: only the by-product method applies there.")
		}),
		app.Elem("table").Class("figures").Body(
			app.Elem("caption").Text("All-in sustaining cost per ounce (estimate), beside the scenario's by-product total cash cost"),
			chart.ColumnHeads("Mine or segment", "AISC (estimate)", "Total cash cost"),
			app.Elem("tbody").Body(app.Range(mv.Aisc).Slice(func(i int) app.UI {
				r := mv.Aisc[i]
				return app.Elem("tr").Body(
					rowHead(r.Scope),
					c.live.UI(r.Estimate),
					c.live.UI(r.ByProduct),
				)
			})),
		),
		app.Elem("details").Class("advanced").Body(
			app.Elem("summary").Text("How the AISC estimate is made"),
			app.Elem("p").Text("The release predates the World Gold Council's 2013 guidance on all-in sustaining costs, so this is an estimate: per mine, total cash costs plus the mine's capital additions (all treated as sustaining), its reclamation and other costs, and a share of the company's general and administrative expense in proportion to net smelter revenue, divided by the ounces the per-ounce costs divide by. A segment's figure is the sum of its mines' numerators over the sum of their ounces."),
		),
	)
}
