package ui

import (
	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The investor's panels: the rule of thumb of each metal's price, and the
// year 2007 against the company's guidance. Their figures are the live
// layer's.

func (c *calculator) sensitivitiesPanel(v *view.Page) app.UI {
	t := &v.Sensitivities
	return app.Elem("section").Class("panel sensitivities").ID("sensitivities").Aria("labelledby", "sensitivities-h").Body(
		app.Elem("h2").ID("sensitivities-h").Text("Rules of thumb: one step of a metal's price"),
		scrollRegion("Rules of thumb", app.Elem("table").Class("figures sensitivity").Body(
			app.Elem("caption").Text("At the current scenario, what one step of each price adds in the quarter; under it, in a year at that rate (× 4). Dollars in thousands except per share and per ounce."),
			chart.ColumnHeads(append([]string{"Output"}, t.Steps...)...),
			app.Elem("tbody").Body(app.Range(t.Rows).Slice(func(i int) app.UI {
				r := t.Rows[i]
				return app.Elem("tr").Body(rowHead(r.Label), app.Range(r.Cells).Slice(func(j int) app.UI { return c.live.UI(r.Cells[j]) }))
			})),
		)),
	)
}

func (c *calculator) outlookPanel(v *view.Page) app.UI {
	o := v.Outlook
	section := app.Elem("section").Class("panel outlook").ID("outlook").Aria("labelledby", "outlook-h")
	h := app.Elem("h2").ID("outlook-h").Text("The 2007 outlook against the company's guidance")
	if o == nil {
		return section.Body(h, app.Elem("p").Class("hint").Text("The release's guidance is for 2007: the outlook runs from the first quarter of 2007, the other quarter of this page."))
	}
	return section.Body(h,
		app.Elem("p").Class("hint").Text("The year as the first quarter was reported, then three quarters of the scenario's operations, with the rest of the year's planned exploration and, in the second quarter, the Hollister sale's gain. Each estimate's words are the release's: open one for its sentence."),
		scrollRegion("The guidance beside the outlook", app.Elem("table").Class("figures guidance").Body(
			app.Elem("caption").Text("The company's estimates for 2007 beside the outlook"),
			chart.ColumnHeads("Guidance (release)", "Outlook", "Verdict"),
			app.Elem("tbody").Body(app.Range(o.Guidance).Slice(func(i int) app.UI { return c.live.UI(o.Guidance[i]) })),
		)),
		scrollRegion("The year 2007", app.Elem("table").Class("figures").Body(
			app.Elem("caption").Class("visually-hidden").Text("The year 2007, dollars in thousands except per ounce and per share"),
			chart.ColumnHeads("Full year 2007 (dollars in thousands)", "Scenario", "At the release's levers", "Change"),
			app.Elem("tbody").Body(app.Range(o.Year).Slice(func(i int) app.UI { return c.live.UI(o.Year[i]) })),
		)),
	)
}
