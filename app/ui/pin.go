package ui

import (
	"github.com/hecla-calc/calculator/app/chart"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A pinned scenario stays beside the current one while the levers move
// (session.Pin): the comparison shows both and the change, absolute or in
// percent.

func (c *calculator) onPin(ctx app.Context, e app.Event)   { c.apply(ctx, c.s.PinScenario()) }
func (c *calculator) onUnpin(ctx app.Context, e app.Event) { c.apply(ctx, c.s.Unpin()) }

func (c *calculator) onPinMode(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.ShowChangeInPercent(ctx.JSSrc().Get("value").String() == "percent"))
}

func (c *calculator) pinPanel() app.UI {
	pin := c.s.Pinned()
	if !pin.On {
		return app.Elem("div").Class("pin").Body(
			actionButton("Pin this scenario to compare", c.onPin).ID("pin"),
		)
	}
	return app.Elem("div").Class("pin").Body(
		app.Elem("table").Class("figures pinned").Body(
			app.Elem("caption").Text("Pinned: \u201c"+pin.Name+"\u201d beside the current scenario, dollars in thousands except per ounce and per share"),
			chart.ColumnHeads("Figure", "Pinned", "Current", "Change"),
			app.Elem("tbody").Body(app.Range(c.s.View().Pin).Slice(func(i int) app.UI {
				r := c.s.View().Pin[i]
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
			app.Elem("label").Body(boolAttr(app.Input().Type("radio").Name("pin-mode").Value("absolute"), "checked", !pin.Percent).OnChange(c.onPinMode), app.Text(" in dollars")),
			app.Elem("label").Body(boolAttr(app.Input().Type("radio").Name("pin-mode").Value("percent"), "checked", pin.Percent).OnChange(c.onPinMode), app.Text(" in percent")),
		),
		actionButton("Unpin", c.onUnpin).ID("unpin"),
	)
}
