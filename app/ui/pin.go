package ui

import (
	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A pinned scenario stays beside the current one while the levers move:
// the comparison shows both and the change, absolute or in percent.

// onPin keeps the current result as it is: the pinned scenario is fixed, so
// its figures are never evaluated again.
func (c *calculator) onPin(ctx app.Context, e app.Event) {
	c.pinned = c.view.Result
	c.pinName = view.ScenarioName(c.model, c.scenario)
	c.recompute()
}

func (c *calculator) onUnpin(ctx app.Context, e app.Event) {
	c.pinned = nil
	c.recompute()
}

func (c *calculator) onPinMode(ctx app.Context, e app.Event) {
	c.pinPercent = ctx.JSSrc().Get("value").String() == "percent"
	c.recomputeFigures()
}

func (c *calculator) pinPanel() app.UI {
	if c.pinned == nil {
		return app.Elem("div").Class("pin").Body(
			actionButton("Pin this scenario to compare", c.onPin).ID("pin"),
		)
	}
	return app.Elem("div").Class("pin").Body(
		app.Elem("table").Class("figures pinned").Body(
			app.Elem("caption").Text("Pinned: \u201c"+c.pinName+"\u201d beside the current scenario, dollars in thousands except per ounce and per share"),
			chart.ColumnHeads("Figure", "Pinned", "Current", "Change"),
			app.Elem("tbody").Body(app.Range(c.view.Pin).Slice(func(i int) app.UI {
				r := c.view.Pin[i]
				return app.Elem("tr").Body(
					rowHead(r.Label),
					app.Elem("td").Class("base").Text(r.Pinned),
					c.live.UI(r.Value),
					c.live.UI(r.Change),
				)
			})),
		),
		app.Elem("fieldset").Class("pin-mode").Body(
			app.Elem("legend").Text("Show the change"),
			app.Elem("label").Body(boolAttr(app.Input().Type("radio").Name("pin-mode").Value("absolute"), "checked", !c.pinPercent).OnChange(c.onPinMode), app.Text(" in dollars")),
			app.Elem("label").Body(boolAttr(app.Input().Type("radio").Name("pin-mode").Value("percent"), "checked", c.pinPercent).OnChange(c.onPinMode), app.Text(" in percent")),
		),
		actionButton("Unpin", c.onUnpin).ID("unpin"),
	)
}
