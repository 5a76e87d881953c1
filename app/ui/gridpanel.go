package ui

import (
	"strconv"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// gridPanel is the two-driver table: two levers, an output and each axis's
// values the reader picks, and the table, which the live layer has go-app
// redraw alone as the scenario moves (kinds.go).
func (c *calculator) gridPanel(v *view.Page) app.UI {
	gp := c.s.GridPanel()
	return toolPanel("grid", "Two drivers at once", gp.Open, c.onGridToggle, func() app.UI {
		return app.Elem("div").Body(
			app.Elem("div").Class("chart-controls").Body(outputSelect("grid-output", gp.Outputs, gp.Output, c.onGridOutput)),
			app.If(v.Grid != nil, func() app.UI { return c.live.UI(v.Grid) }),
		)
	})
}

// gridAxisControls are an axis's lever and values: from, to and how many.
// They are the table's, drawn with it: the default axis's values follow
// the scenario.
func (c *calculator) gridAxisControls(g *view.GridTable, axis int, name, words string, key string) app.UI {
	id := "grid-" + name
	a := g.Axes[axis]
	field := func(part int, suffix, label string) app.UI {
		return app.Elem("span").Class("axis-field").Body(
			app.Elem("label").Attr("for", id+"-"+suffix).Text(label),
			app.Input().Type("text").ID(id+"-"+suffix).Attr("inputmode", "decimal").Attr("autocomplete", "off").Class("short").
				DataSet("axis", strconv.Itoa(axis)).DataSet("part", strconv.Itoa(part)).
				Aria("invalid", boolText(a.Error != "")).Aria("describedby", id+"-error").
				Value(a.Text[part]).OnChange(c.onGridAxisText),
		)
	}
	return app.Elem("fieldset").Class("chart-controls grid-axis").Body(
		app.Elem("legend").Text(words),
		app.Elem("label").Attr("for", id).Class("visually-hidden").Text(words+": lever"),
		app.Elem("select").ID(id).DataSet("axis", strconv.Itoa(axis)).OnChange(c.onGridLever).Body(
			app.Range(g.Levers).Slice(func(i int) app.UI {
				o := g.Levers[i]
				return boolAttr(app.Elem("option").Attr("value", o.Key), "selected", o.Key == key).Text(o.Label)
			}),
		),
		field(0, "from", "from"),
		field(1, "to", "to"),
		field(2, "n", "values"),
		app.Elem("span").ID(id+"-error").Class("field-error").Role("status").Text(a.Error),
	)
}

// gridTable is the table: a column per x value, a row per y value, each
// cell a button that makes its pair the scenario; or, where there is none,
// why (view.NewGridRefused), the axes' controls staying to mend it.
func (c *calculator) gridTable(g *view.GridTable) []app.UI {
	controls := []app.UI{
		c.gridAxisControls(g, 0, "x", "Across", g.X.Lever),
		c.gridAxisControls(g, 1, "y", "Down", g.Y.Lever),
		actionButton("Around the scenario", c.onGridDefault).ID("grid-default"),
	}
	if g.Error != "" {
		return append(controls, app.Elem("p").ID("grid-refused").Class("field-error").Role("status").Text("No table: "+g.Error))
	}
	return append(controls,
		scrollRegion("The two-driver table", app.Elem("table").Class("figures grid-table").Body(
			app.Elem("caption").Text(g.Label+": "+g.X.Label+" across, "+g.Y.Label+" down; a cell makes its two values the scenario's"),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Class("label").Text(g.Y.Label+" \u2193 / "+g.X.Label+" \u2192"),
				app.Range(g.X.Values).Slice(func(j int) app.UI { return app.Elem("th").Attr("scope", "col").Text(g.X.Values[j]) }),
			)),
			app.Elem("tbody").Body(app.Range(g.Rows).Slice(func(i int) app.UI {
				r := g.Rows[i]
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Text(r.Y),
					app.Range(r.Cells).Slice(func(j int) app.UI {
						cell := r.Cells[j]
						td := app.Elem("td").Class("grid-cell").DataSet("shade", strconv.Itoa(cell.Shade)).DataSet("value", cell.Value)
						label := g.X.Values[j] + ", " + g.Y.Values[i] + ": " + cell.Text
						if cell.Current {
							td = td.Aria("current", "true")
							label += ", the scenario"
						}
						return td.Body(app.Elem("button").Attr("type", "button").
							DataSet("row", strconv.Itoa(i)).DataSet("col", strconv.Itoa(j)).
							Aria("label", "Apply "+label).OnClick(c.onGridCell).Text(cell.Text))
					}),
				)
			})),
		)),
		actionButton("Export table (CSV)", c.onExportGrid).ID("export-grid"),
	)
}

func (c *calculator) onGridToggle(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.OpenGrid(ctx.JSSrc().Get("open").Bool()))
}

func (c *calculator) onGridOutput(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.GridOutput(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onGridLever(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.GridLever(dataInt(ctx, "axis"), ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onGridAxisText(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.GridAxisText(dataInt(ctx, "axis"), dataInt(ctx, "part"), ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onGridDefault(ctx app.Context, e app.Event) { c.apply(ctx, c.s.GridDefaultAxes()) }

func (c *calculator) onGridCell(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.ApplyGridCell(dataInt(ctx, "row"), dataInt(ctx, "col")))
}

func (c *calculator) onExportGrid(ctx app.Context, e app.Event) {
	c.export(ctx, "hecla-two-drivers.csv", "text/csv", c.s.ExportGrid())
}

// dataInt is the event source's data-name attribute as a number; -1 if it
// is not one.
func dataInt(ctx app.Context, name string) int {
	n, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get(name).String())
	if err != nil {
		return -1
	}
	return n
}
