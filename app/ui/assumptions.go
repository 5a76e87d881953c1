package ui

import (
	"github.com/hecla-calc/calculator/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// assumptions is the panel that says what the model holds fixed and how it
// was fitted to the release: its constants, its assumptions in words and the
// release's own arithmetic that does not add up.
func (c *calculator) assumptions() app.UI {
	consts, findings := c.s.Assumptions()
	return app.Elem("section").Class("panel assumptions").Aria("labelledby", "assumptions-h").Body(
		app.Elem("details").ID("assumptions").On("toggle", c.onAssumptionsToggle).Body(
			app.Elem("summary").Body(app.Elem("h2").ID("assumptions-h").Text("Assumptions and sources")),
			// Until the panel is first opened in the browser only its
			// summary is mounted: the rest is a sixth of the page's nodes,
			// and worked out on demand (the pre-rendered page has it all).
			app.If(consts != nil, func() app.UI {
				return app.Elem("div").Body(
					app.Elem("h3").Text("What the model assumes"),
					app.Elem("ul").Body(app.Range(modelAssumptions).Slice(func(i int) app.UI { return app.Elem("li").Text(modelAssumptions[i]) })),
					app.Elem("h3").Text("Calibrated constants, "+c.s.Period().Label),
					app.Elem("table").Class("constants").Body(
						app.Elem("thead").Body(app.Elem("tr").Body(
							app.Elem("th").Attr("scope", "col").Text("Where"), app.Elem("th").Attr("scope", "col").Text("Constant"),
							app.Elem("th").Attr("scope", "col").Text("Value"), app.Elem("th").Attr("scope", "col").Text("Meaning"),
						)),
						app.Elem("tbody").Body(app.Range(consts).Slice(func(i int) app.UI {
							k := consts[i]
							return app.Elem("tr").Body(
								app.Elem("td").Text(k.Scope),
								app.Elem("td").Text(k.Symbol+" · "+k.Name),
								app.Elem("td").Class("num").Text(k.Value.StringFixed(constantPlaces(k.Unit))+" "+k.Unit),
								app.Elem("td").Text(k.Meaning),
							)
						})),
					),
					discrepancies(findings),
				)
			}),
		),
	)
}

func constantPlaces(unit string) int32 {
	switch unit {
	case "$", "shares":
		return 0
	case "fraction":
		return 6
	}
	return 4
}

var modelAssumptions = []string{
	"Each mine's recovery, by-product output per ton, treatment and freight per ton and depreciation per ton stay as the release's quarter implies; fixed site costs stay fixed.",
	"By-product credits move with the by-product metals' output and prices at the quarter's payable factor; La Camorra's third-party gold credit moves with the gold price.",
	"Royalties and production taxes are a fixed share of the primary metal's value.",
	"Sales are net smelter revenue times the segment's realization factor, which absorbs the timing of sales and realized against average prices.",
	"Inventory changes, reclamation and labor-reduction items, other income, preferred dividends and the share count stay as printed; income tax is the quarter's effective rate.",
	"Costs per ounce use the by-product method, as the release does; gold costs divide by the ounces the release divides by.",
}

func citation(rel *data.Release) app.UI {
	if rel == nil {
		return nil
	}
	s := rel.Source
	return app.Elem("p").Class("cite").Text("Source: " + s.Issuer + ", \u201c" + s.Title + "\u201d, " + s.Document + ", " + s.Date + ". Figures as printed; the model's figures are estimates built on them.")
}
