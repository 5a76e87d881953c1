package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// leverField is one lever (its events are handled by the page: see
// delegate.go): a labelled text field (the exact value, typed),
// a slider from zero to twice the release's figure, the release's figure and
// a reset, and the message when the text is refused.
//
// Each lever is a component: on an edit go-app compares its view, text and
// message with the last ones and redraws only the lever that moved.
type leverField struct {
	app.Compo
	leafHook
	Key string
	D   leverData
}

func (f *leverField) OnMount(ctx app.Context)  { f.mounted(ctx, f, f.Key) }
func (f *leverField) OnUpdate(ctx app.Context) { f.register(f, f.Key) }
func (f *leverField) OnDismount()              { f.unregister(f) }

// leverField is the component for lever l, with the text in its field and
// the message for that text.
func (c *calculator) leverField(l leverView) *leverField {
	return &leverField{leafHook: leafHook{c: c}, Key: "lever:" + l.key, D: leverData{l, c.texts[l.lever], c.errs[l.lever]}}
}

func (f *leverField) Render() app.UI {
	l := f.D.V
	id := "lever-" + l.key
	errID := id + "-error"
	msg := f.D.Err
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
				Value(f.D.Text).
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
