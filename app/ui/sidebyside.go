package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sideBySide lays out the release, the current scenario and the saved ones
// chosen as columns: a heading per column with its quarter and changed
// levers, then a row per key figure, each scenario's value over its change
// from the release. The current column's cells are live.
func (c *calculator) sideBySide(sb *view.SideBySide) app.UI {
	if sb == nil {
		return nil
	}
	return app.Elem("div").Class("side-by-side").Body(
		scrollRegion("Scenarios side by side", app.Elem("table").Class("figures side").Body(
			app.Elem("caption").Text("Scenarios side by side: each figure, and below it the change from its quarter's release (dollars in thousands, except per ounce and per share)"),
			app.Elem("thead").Body(
				app.Elem("tr").Body(
					app.Elem("td"),
					app.Range(sb.Columns).Slice(func(i int) app.UI {
						col := sb.Columns[i]
						return app.Elem("th").Attr("scope", "col").DataSet("column", col.Key).Body(
							app.Elem("span").Class("side-name").Text(col.Name),
							app.Elem("span").Class("side-quarter").Text(col.Quarter),
						)
					}),
				),
				app.Elem("tr").Class("side-levers").Body(
					app.Elem("th").Attr("scope", "row").Class("label").Text("Changed levers"),
					app.Range(sb.Columns).Slice(func(i int) app.UI { return c.sideCell(sb.Columns[i].Levers) }),
				),
			),
			app.Range(sb.Rows).Slice(func(i int) app.UI {
				r := sb.Rows[i]
				release := "model"
				if r.Printed {
					release = "printed"
				}
				return app.Elem("tbody").Body(
					app.Elem("tr").Body(
						rowHead(r.Label),
						app.Elem("td").Class("base").DataSet("release", release).Body(
							app.If(!r.Printed, func() app.UI { return app.Elem("span").Class("model-mark").Text("model") }),
							app.Text(view.ModelSpace(release)+r.Release),
						),
						app.Range(r.Cells).Slice(func(j int) app.UI { return c.sideCell(r.Cells[j].Value) }),
					),
					app.Elem("tr").Class("side-change").Body(
						app.Elem("th").Attr("scope", "row").Class("label").Body(
							app.Elem("span").Class("visually-hidden").Text(r.Label+": "),
							app.Text("change from the release"),
						),
						app.Elem("td"),
						app.Range(r.Cells).Slice(func(j int) app.UI { return c.sideCell(r.Cells[j].Change) }),
					),
				)
			}),
		)),
		app.Elem("div").Class("side-actions").Body(
			actionButton("Export side by side (CSV)", c.onExportSide).ID("export-side"),
			actionButton("Close side by side", c.onSideClose).ID("side-close"),
		),
	)
}

// sideCell is a column's cell: live where it follows the current scenario.
func (c *calculator) sideCell(cell view.Cell) app.UI {
	if cell.Key != "" {
		return c.live.UI(cell)
	}
	td := app.Elem("td").Class(cell.Class).Text(cell.Text)
	if cell.Tone != "" {
		td = td.DataSet("tone", string(cell.Tone))
	}
	return td
}
