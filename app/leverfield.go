package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// leverField is one lever (its events are handled by the page: see
// delegate.go): a labelled text field (the exact value, typed),
// a slider from zero to twice the release's figure, the release's figure and
// a reset, and the message when the text is refused.
func (c *calculator) leverField(l leverView) app.UI {
	id := "lever-" + l.key
	errID := id + "-error"
	msg := c.errs[l.lever]
	describedBy := id + "-base"
	if msg != "" {
		describedBy = errID + " " + describedBy
	}
	return app.Div().Class("lever").DataSet("lever", l.key).Body(
		app.Label().For(id).Body(
			app.Span().Class("name").Text(l.label),
			app.Span().Class("unit").Text(l.unit),
		),
		app.Div().Class("inputs").Body(
			app.Input().Type("text").ID(id).Name(l.key).
				Attr("inputmode", "decimal").
				AutoComplete(false).
				Spellcheck(false).
				Value(c.texts[l.lever]).
				Aria("invalid", boolText(msg != "")).
				Aria("describedby", describedBy),
			app.Input().Type("range").ID(id+"-slider").DataSet("lever", l.key).
				Attr("min", "0").Attr("max", "100").Attr("step", sliderStep).Value(l.slider).
				Aria("label", l.label+" slider").
				Aria("valuetext", l.valueText),
		),
		app.Div().Class("meta").Body(
			app.Span().ID(id+"-base").Class("base").Text("Release: "+l.baseline),
			app.If(l.changed, func() app.UI {
				return app.Button().Type("button").Class("reset").DataSet("lever", l.key).
					Aria("label", "Reset "+l.label+" to the release's figure").
					Text("Reset")
			}),
		),
		app.If(msg != "", func() app.UI {
			return app.P().ID(errID).Class("field-error").Text(msg)
		}),
	)
}
