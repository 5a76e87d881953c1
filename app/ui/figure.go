package ui

import (
	"html"

	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// figureTable lays out figures as rows: label, scenario, release, change.
// Every scenario cell carries the output contract: data-metric and the
// unrounded data-value ("" where the figure does not exist). The rows are
// the live layer's (rows.go), written anew only where an edit changes them.
func (c *calculator) figureTable(caption, unitHeader string, figs []view.Figure) app.UI {
	return app.Elem("div").Class("table-scroll").Body(scrollCue(), app.Elem("table").Class("figures").Body(
		app.Elem("caption").Class("visually-hidden").Text(caption),
		chart.ColumnHeads(unitHeader, "Scenario", "Release", "Change"),
		app.Elem("tbody").Body(app.Range(figs).Slice(func(i int) app.UI { return c.live.UI(figs[i]) })),
	))
}

// baseHTML is the release cell's content: the printed figure, or the
// model's baseline marked as the model's, with where the release prints it
// or how the model derives it one click away; and, where the model's
// baseline differs from the printed figure by the release's own rounding, a
// marker that says so and links to the validator's finding. The source's
// summary is its table's tab stop if stop, else the arrow keys reach it
// (roving.go).
func baseHTML(f view.Figure, stop bool) string {
	e := html.EscapeString
	shown := e(f.Baseline)
	if f.Release == "model" {
		shown = `<span class="model-mark">model</span> ` + shown
	}
	s := `<span class="shown">` + shown + `</span>`
	if f.Source != "" {
		s = `<details class="source"><summary` + stopAttr(stop) + `>` + shown + `</summary><span class="source-text">` + e(f.Source) + `</span></details>`
	}
	if f.Model != "" {
		mark, why := "rounding", "The model's figure at the release's levers is "+f.Model+": the release's own rounding."
		if f.Discrepancy {
			mark, why = "discrepancy", "The model's figure at the release's levers is "+f.Model+": the release's own figures add up to it, not to the one it prints."
		}
		href := ""
		if f.Rounding != "" {
			href = ` href="#` + e(f.Rounding) + `" data-finding="` + e(f.Rounding) + `"`
			why += " See the validator's finding."
		}
		// The name starts with the word shown, as a voice user says it
		// (WCAG 2.5.3): "discrepancy" is nowhere in its explanation.
		s += ` <a class="rounding-mark"` + href + ` title="` + e(why) + `" aria-label="` + e(mark+": "+why) + `">` + mark + `</a>`
	}
	return s
}

// releaseAttr is a release cell's data-release attribute, if it has one.
func releaseAttr(f view.Figure) string {
	if f.Release == "" {
		return ""
	}
	return ` data-release="` + f.Release + `"`
}

func arrow(t view.Tone) string {
	switch t {
	case view.ToneBetter:
		return "▲ "
	case view.ToneWorse:
		return "▼ "
	}
	return ""
}
