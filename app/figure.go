package main

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// figureTable lays out figures as rows: label, scenario, release, change.
// Every scenario cell carries the output contract: data-metric and the
// unrounded data-value ("" where the figure does not exist). Each row is a
// leaf (leaves.go), written anew only where an edit changes it.
func (c *calculator) figureTable(caption, unitHeader string, figs []figureView) app.UI {
	return app.Elem("div").Class("table-scroll").Body(app.Elem("table").Class("figures").Body(
		app.Elem("caption").Class("visually-hidden").Text(caption),
		columnHeads(unitHeader, "Scenario", "Release", "Change"),
		app.Elem("tbody").Body(app.Range(figs).Slice(func(i int) app.UI { return c.figureRow(figs[i]) })),
	))
}

// columnHeads is a table's head: one row of column headings, the first
// heading the label column.
func columnHeads(headings ...string) app.UI {
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

// baseHTML is the release's figure and, where the model knows it, the
// table, row and column it is printed in, one click away.
func baseHTML(f figureView) string {
	if f.Source == "" {
		return `<span>` + html.EscapeString(f.Baseline) + `</span>`
	}
	return `<details class="source"><summary>` + html.EscapeString(f.Baseline) +
		`</summary><span class="source-text">` + html.EscapeString(f.Source) + `</span></details>`
}

func arrow(t tone) string {
	switch t {
	case toneBetter:
		return "▲ "
	case toneWorse:
		return "▼ "
	}
	return ""
}
