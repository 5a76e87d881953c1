package chart

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// chartTable is the alternative to a chart: caption (the axis label, so
// the unit is there), a header row and rows whose first cell heads the row.
func chartTable(caption string, header []string, rows [][]string) app.UI {
	return app.Elem("table").Class("figures", "chart-table").Body(
		app.Elem("caption").Class("chart-table-caption").Text(caption),
		ColumnHeads(header...),
		app.Elem("tbody").Body(app.Range(rows).Slice(func(i int) app.UI {
			row := rows[i]
			return app.Elem("tr").Body(app.Range(row).Slice(func(j int) app.UI {
				if j == 0 {
					return app.Elem("th").Attr("scope", "row").Class("label").Text(row[j])
				}
				return app.Elem("td").Text(row[j])
			}))
		})),
	)
}

// ColumnHeads is a table's head: one row of column headings, the first
// heading the label column.
func ColumnHeads(headings ...string) app.UI {
	return app.Elem("thead").Body(app.Elem("tr").Body(
		app.Range(headings).Slice(func(i int) app.UI {
			th := app.Elem("th").Attr("scope", "col")
			if i == 0 {
				th = th.Class("label")
			}
			return th.Text(headings[i])
		}),
	))
}
