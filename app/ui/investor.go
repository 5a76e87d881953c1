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

// outlookPanel is the year 2007 against the guidance, with the outlook's
// own levers where levers (an embed may leave them out).
func (c *calculator) outlookPanel(v *view.Page, levers bool) app.UI {
	o := v.Outlook
	section := app.Elem("section").Class("panel outlook").ID("outlook").Aria("labelledby", "outlook-h")
	h := app.Elem("h2").ID("outlook-h").Text("The 2007 outlook against the company's guidance")
	if o == nil {
		return section.Body(h, app.Elem("p").Class("hint").Text("The release's guidance is for 2007: the outlook runs from the first quarter of 2007, the other quarter of this page."))
	}
	return section.Body(h,
		app.Elem("p").Class("hint").Text("The year as the first quarter was reported, then three quarters of the scenario's operations, with the rest of the year's planned exploration and, in the second quarter, the Hollister sale's gain. Each estimate's words are the release's: open one for its sentence."),
		app.If(levers, func() app.UI { return c.yearLevers(v.Year) }),
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

// yearLevers are the outlook's own levers: the later quarters' prices, a
// row of four per quarter, each following the scenario's price until one
// is typed; and the year's exploration plan and Hollister gain, each with
// the release's sentence it is read from.
func (c *calculator) yearLevers(y *view.YearLevers) app.UI {
	if y == nil {
		return nil
	}
	return app.Elem("div").Class("year-levers").Body(
		app.Elem("fieldset").Class("price-path").Body(
			app.Elem("legend").Text("Prices in the later quarters (each follows the scenario's until you type one)"),
			app.Range(y.Quarters).Slice(func(i int) app.UI {
				q := y.Quarters[i]
				return app.Elem("div").Class("quarter").Role("group").Aria("label", q.Label+" prices").Body(
					app.Elem("span").Class("quarter-label").Aria("hidden", "true").Text(q.Label),
					app.Elem("div").Class("levers").Body(app.Range(q.Levers).Slice(func(j int) app.UI { return c.live.UI(q.Levers[j]) })),
				)
			}),
		),
		app.Elem("fieldset").Class("plans").Body(
			app.Elem("legend").Text("The year's plans, as the release states them"),
			app.Elem("div").Class("levers").Body(app.Range(y.Plans).Slice(func(i int) app.UI { return c.live.UI(y.Plans[i]) })),
		),
	)
}
