package ui

import (
	"strconv"

	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rangesPanel is "How likely?": a low and a high for any lever, and the
// simulation's figures, which the live layer has go-app redraw alone as
// the samples are drawn (kinds.go).
func (c *calculator) rangesPanel(v *view.Page) app.UI {
	rp := c.s.RangesPanel()
	return toolPanel("ranges", "How likely? Ranges", rp.Open, c.onRangesToggle, func() app.UI {
		return app.Elem("div").Class("ranges-body").Body(
			app.Elem("p").Class("hint").Text("Give any lever a low and a high: its value stays the most likely. Each is drawn from the triangle they make, "+
				view.SamplesText(session.RangeSamples)+" with seed "+view.SeedText(session.RangeSeed)+", the same on every machine."),
			scrollRegion("The levers' ranges", app.Elem("table").Class("figures range-fields").Body(
				app.Elem("caption").Class("visually-hidden").Text("Each lever's range: its low and its high"),
				chart.ColumnHeads("Lever", "Low", "High"),
				app.Elem("tbody").Body(app.Range(rp.Fields).Slice(func(i int) app.UI { return c.rangeRow(rp.Fields[i]) })),
			)),
			app.If(v.Ranges != nil, func() app.UI { return c.live.UI(v.Ranges) }),
		)
	})
}

// rangeRow is a lever's range fields, and why the pair typed is not in
// force.
func (c *calculator) rangeRow(f session.RangeField) app.UI {
	key := f.Lever.Key()
	id := "range-" + key
	field := func(end int, suffix, text string) app.UI {
		return app.Elem("td").Body(app.Input().Type("text").ID(id+"-"+suffix).Class("short").
			Attr("inputmode", "decimal").Attr("autocomplete", "off").
			Aria("label", f.Lever.Describe()+": "+suffix+" ("+f.Lever.Unit()+")").
			Aria("invalid", boolText(f.Error != "")).Aria("describedby", id+"-error").
			DataSet("lever", key).DataSet("end", strconv.Itoa(end)).
			Value(text).OnInput(c.onRangeInput).OnChange(c.onRangeChange))
	}
	return app.Elem("tr").Body(
		app.Elem("th").Attr("scope", "row").Class("label").Body(
			app.Text(f.Lever.Describe()),
			app.Elem("span").ID(id+"-error").Class("field-error").Role("status").Text(f.Error),
		),
		field(0, "low", f.Low),
		field(1, "high", f.High),
	)
}

// rangesResult is the simulation: the ranged levers, the key figures' P10,
// P50, P90 and mean, and each estimate's chance; while drawn, how far.
func (c *calculator) rangesResult(r *view.Ranges) []app.UI {
	if r.Nothing {
		return []app.UI{app.Elem("p").Class("hint").Text("No lever has a range yet.")}
	}
	out := []app.UI{
		app.Elem("ul").Class("ranged").Body(app.Range(r.Ranged).Slice(func(i int) app.UI { return app.Elem("li").Text(r.Ranged[i]) })),
	}
	if !r.Done {
		return append(out, app.Elem("p").Class("status").Role("status").Text("Drawing "+view.SamplesText(r.Of)+"… "+strconv.Itoa(r.Drawn)+" so far."))
	}
	return append(out,
		scrollRegion("The spread of the key figures", app.Elem("table").Class("figures range-result").Body(
			app.Elem("caption").Text("The spread of the key figures over "+view.SamplesText(r.Of)+" (dollars in thousands, except per ounce and per share)"),
			chart.ColumnHeads("Figure", "P10", "P50", "P90", "Mean"),
			app.Elem("tbody").Body(app.Range(r.Rows).Slice(func(i int) app.UI {
				row := r.Rows[i]
				return app.Elem("tr").Body(rowHead(row.Label),
					app.Elem("td").Class("value").Text(row.P10), app.Elem("td").Class("value").Text(row.P50),
					app.Elem("td").Class("value").Text(row.P90), app.Elem("td").Class("value").Text(row.Mean))
			})),
		)),
		app.If(len(r.Guidance) > 0, func() app.UI {
			return scrollRegion("The chance of meeting each estimate", app.Elem("table").Class("figures range-guidance").Body(
				app.Elem("caption").Text("The chance that 2007 meets each of the company's estimates"),
				chart.ColumnHeads("Estimate (release)", "Chance"),
				app.Elem("tbody").Body(app.Range(r.Guidance).Slice(func(i int) app.UI {
					g := r.Guidance[i]
					return app.Elem("tr").DataSet("output", g.Output).Body(rowHead(g.Subject+": "+g.Estimate), app.Elem("td").Class("value").Text(g.Probability))
				})),
			))
		}),
	)
}

func (c *calculator) onRangesToggle(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.OpenRanges(ctx.JSSrc().Get("open").Bool()))
}

func rangeTarget(ctx app.Context) (calc.Lever, int) {
	l, _ := calc.LeverByKey(ctx.JSSrc().Get("dataset").Get("lever").String())
	return l, dataInt(ctx, "end")
}

func (c *calculator) onRangeInput(ctx app.Context, e app.Event) {
	l, end := rangeTarget(ctx)
	c.apply(ctx, c.s.TypeRange(l, end, ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onRangeChange(ctx app.Context, e app.Event) {
	l, _ := rangeTarget(ctx)
	c.apply(ctx, c.s.SetRange(l))
}
