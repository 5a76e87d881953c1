package main

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// figureTable lays out figures as rows: label, scenario, release, change.
// Every scenario cell carries the output contract: data-metric and the
// unrounded data-value ("" where the figure does not exist).
func figureTable(caption, unitHeader string, figs []figureView) app.UI {
	return app.Div().Class("table-scroll").Body(app.Table().Class("figures").Body(
		app.Caption().Class("visually-hidden").Text(caption),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Class("label").Text(unitHeader),
			app.Th().Scope("col").Text("Scenario"),
			app.Th().Scope("col").Text("Release"),
			app.Th().Scope("col").Text("Change"),
		)),
		app.TBody().Body(app.Range(figs).Slice(func(i int) app.UI { return figureRow(figs[i]) })),
	))
}

func figureRow(f figureView) app.UI {
	return app.Tr().Class("tone-"+string(f.Tone)).Body(
		app.Th().Scope("row").Class("label").Text(f.Label),
		app.Td().Class("value").Body(
			output(f),
			app.If(f.Note != "", func() app.UI { return app.Span().Class("note").Text(f.Note) }),
		),
		app.Td().Class("base").Body(
			app.If(f.Source == "", func() app.UI { return app.Text(f.Baseline) }).
				Else(func() app.UI {
					return app.Details().Class("source").Body(
						app.Summary().Text(f.Baseline),
						app.Span().Class("source-text").Text(f.Source),
					)
				}),
		),
		app.Td().Class("change").Body(
			app.If(f.Change != "", func() app.UI {
				return app.Span().Body(
					app.Span().Class("arrow").Aria("hidden", "true").Text(arrow(f.Tone)),
					app.Text(f.Change),
					app.If(f.Percent != "", func() app.UI { return app.Span().Class("pct").Text(f.Percent) }),
					app.Span().Class("visually-hidden").Text(" ("+string(f.Tone)+")"),
				)
			}),
		),
	)
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

// output is the figure's element of the output contract. go-app drops an
// attribute whose value is empty, and the contract wants data-value=""
// where a figure does not exist, so that element is written as HTML.
//
// An <output> is a polite live region by default; forty of them would read
// every figure out on every keystroke. They are silenced, and the page's
// one announcement region reads a summary once typing pauses.
func output(f figureView) app.UI {
	if f.Value == "" {
		return app.Raw(`<output aria-live="off" data-metric="` + html.EscapeString(f.Metric) + `" data-value="">` + html.EscapeString(f.Text) + `</output>`)
	}
	return app.Output().Aria("live", "off").DataSet("metric", f.Metric).DataSet("value", f.Value).Text(f.Text)
}
