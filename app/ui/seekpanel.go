package ui

import (
	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// seekPanel is "What would it take?": the output and target the reader
// picks, and the table of each lever's answer, which the live layer has
// go-app redraw alone as the scenario moves (kinds.go).
func (c *calculator) seekPanel(v *view.Page) app.UI {
	sp := c.s.SeekPanel()
	return toolPanel("seek", "What would it take? Each lever alone", sp.Open, c.onSeekToggle, func() app.UI {
		return app.Elem("div").Body(
			app.Elem("div").Class("chart-controls").Body(
				outputSelect("seek-output", sp.Outputs, sp.Output, c.onSeekOutput),
				app.Elem("label").Attr("for", "seek-target").Text("Target ("+view.Unit(sp.Output)+")"),
				app.Input().Type("text").ID("seek-target").Attr("inputmode", "decimal").Attr("autocomplete", "off").
					Aria("invalid", boolText(sp.Error != "")).Aria("describedby", "seek-error").
					Value(sp.Target).OnChange(c.onSeekTarget),
				app.Elem("span").ID("seek-error").Class("field-error").Role("status").Text(sp.Error),
			),
			app.If(v.Seek != nil, func() app.UI { return c.live.UI(v.Seek) }),
		)
	})
}

// toolPanel is one of the analyst's tools: a disclosure headed by its
// title, whose body is laid out only while open.
func toolPanel(id, title string, open bool, toggle app.EventHandler, body func() app.UI) app.UI {
	return app.Elem("section").Class("panel tool "+id).Aria("labelledby", id+"-h").Body(
		boolAttr(app.Elem("details").ID(id), "open", open).On("toggle", toggle).Body(
			app.Elem("summary").Body(app.Elem("h2").ID(id+"-h").Text(title)),
			app.If(open, body),
		),
	)
}

// outputSelect picks a tool's output among outputs, labelled "Output".
func outputSelect(id string, outputs []view.Spec, selected string, h app.EventHandler) app.UI {
	return app.Elem("span").Body(
		app.Elem("label").Attr("for", id).Text("Output "),
		app.Elem("select").ID(id).OnChange(h).Body(
			app.Range(outputs).Slice(func(i int) app.UI {
				o := outputs[i]
				return boolAttr(app.Elem("option").Attr("value", o.Metric), "selected", o.Metric == selected).Text(o.Label)
			}),
		),
	)
}

// seekTable is the goal seek's answers, a row per lever, each solved one
// with an Apply that makes it the scenario.
func (c *calculator) seekTable(sk *view.Seek) []app.UI {
	return []app.UI{scrollRegion("What each lever alone would take", app.Elem("table").Class("figures seek-table").Body(
		app.Elem("caption").Text("What each lever alone would take for "+sk.Label+" to be "+sk.Target+" (now "+sk.Current+"), every other lever as in the scenario"),
		chart.ColumnHeads("Lever", "Now", "Would take", "Change", "Apply"),
		app.Elem("tbody").Body(app.Range(sk.Rows).Slice(func(i int) app.UI {
			r := sk.Rows[i]
			return app.Elem("tr").DataSet("status", string(r.Status)).Body(
				rowHead(r.Label),
				app.Elem("td").Class("base").Text(r.Now),
				app.Elem("td").Class("value").Body(app.Text(r.Needed), app.If(r.Note != "", func() app.UI {
					return app.Elem("span").Class("note").Text(" (" + r.Note + ")")
				})),
				app.Elem("td").Class("change").DataSet("tone", string(r.Tone)).Text(r.Change),
				app.Elem("td").Body(app.If(r.Value != "", func() app.UI {
					return actionButton("Apply", c.onSeekApply).DataSet("lever", r.Lever).Aria("label", "Apply "+r.Label+" "+r.Needed)
				})),
			)
		})),
	))}
}

func (c *calculator) onSeekToggle(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.OpenSeek(ctx.JSSrc().Get("open").Bool()))
}

func (c *calculator) onSeekOutput(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.SeekOutput(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onSeekTarget(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.SeekTarget(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onSeekApply(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.ApplySeek(ctx.JSSrc().Get("dataset").Get("lever").String()))
}

// onSeekGuidance opens the table for a missed guidance item (its button
// in the outlook, delegate.go), and brings the table into view.
func (c *calculator) onSeekGuidance(ctx app.Context, metric string) {
	c.apply(ctx, c.s.SeekGuidance(metric))
	ctx.Defer(func(app.Context) {
		if el := app.Window().Get("document").Call("getElementById", "seek-output"); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "center"})
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}
