package main

import (
	"github.com/hecla-calc/calculator/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// assumptions is the panel that says what the model holds fixed and how it
// was fitted to the release: its constants, its assumptions in words and the
// release's own arithmetic that does not add up.
func (c *calculator) assumptions() app.UI {
	consts := c.consts
	return app.Section().Class("panel assumptions").Aria("labelledby", "assumptions-h").Body(
		app.Details().ID("assumptions").On("toggle", c.onAssumptionsToggle).Body(
			app.Summary().Body(app.H2().ID("assumptions-h").Text("Assumptions and sources")),
			// Until the panel is first opened in the browser only its
			// summary is mounted: the rest is a sixth of the page's nodes,
			// and worked out on demand (the pre-rendered page has it all).
			app.If(consts != nil, func() app.UI {
				return app.Div().Body(
					app.H3().Text("What the model assumes"),
					app.Ul().Body(app.Range(modelAssumptions).Slice(func(i int) app.UI { return app.Li().Text(modelAssumptions[i]) })),
					app.H3().Text("Calibrated constants, "+c.period.Label),
					app.Table().Class("constants").Body(
						app.THead().Body(app.Tr().Body(
							app.Th().Scope("col").Text("Where"), app.Th().Scope("col").Text("Constant"),
							app.Th().Scope("col").Text("Value"), app.Th().Scope("col").Text("Meaning"),
						)),
						app.TBody().Body(app.Range(consts).Slice(func(i int) app.UI {
							k := consts[i]
							return app.Tr().Body(
								app.Td().Text(k.Scope),
								app.Td().Text(k.Symbol+" · "+k.Name),
								app.Td().Class("num").Text(k.Value.StringFixed(constantPlaces(k.Unit))+" "+k.Unit),
								app.Td().Text(k.Meaning),
							)
						})),
					),
					c.discrepancies(),
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
	return app.P().Class("cite").Text("Source: " + s.Issuer + ", \u201c" + s.Title + "\u201d, " + s.Document + ", " + s.Date + ". Figures as printed; the model's figures are estimates built on them.")
}
