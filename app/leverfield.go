package main

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// leverField is one lever (its events are handled by the page: see
// delegate.go): a labelled text field (the exact value, typed),
// a slider from zero to twice the release's figure, the release's figure and
// a reset, and the message when the text is refused.
//
// It is a leaf (leaves.go). Its bound values, which move with every edit of
// the lever, are the field's text, the slider's position and the slider's
// spoken value; go-app lays out the rest, the reset and the message among
// it, which appear and go far less often.
type leverField struct {
	app.Compo
	leafHook
	Key   string
	D     leverData
	shown leverValues
	drawn bool
}

// leverValues are a lever's bound values.
type leverValues struct {
	text, slider, valueText string
}

func (d leverData) values() leverValues { return leverValues{d.Text, d.V.slider, d.V.valueText} }

// laidOut is what of a lever's fields go-app lays out: the whole but its
// bound values.
func (d leverData) laidOut() leverData {
	d.Text, d.V.slider, d.V.valueText = "", "", ""
	return d
}

func (f *leverField) OnMount(ctx app.Context) { f.mounted(ctx, f, f.Key); f.apply() }
func (f *leverField) OnUpdate(ctx app.Context) {
	f.register(f, f.Key)
	f.apply()
}
func (f *leverField) OnDismount() { f.unregister(f) }

// leverField is the component for lever l, with the text in its field and
// the message for that text.
func (c *calculator) leverField(l leverView) *leverField {
	return &leverField{leafHook: leafHook{c: c}, Key: "lever:" + l.key, D: leverData{l, c.texts[l.lever], c.errs[l.lever]}}
}

// set gives the mounted lever new fields after an edit: its bound values are
// written at once, and go-app redraws it only if the rest changed.
func (f *leverField) set(d leverData, page app.Context) {
	if d == f.D {
		return
	}
	relayout := d.laidOut() != f.D.laidOut()
	f.D = d
	f.apply()
	if relayout {
		redraw(f, page)
	}
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
	text := app.Input().Type("text").ID(id).Name(l.key).
		Attr("inputmode", "decimal").
		AutoComplete(false).
		Spellcheck(false).
		Aria("invalid", boolText(msg != "")).
		Aria("describedby", describedBy)
	slider := app.Input().Type("range").ID(id+"-slider").DataSet("lever", l.key).
		Attr("min", "0").Attr("max", "100").Attr("step", sliderStep).
		Aria("label", l.label+" slider")
	if !app.IsClient {
		text = text.Value(f.D.Text)
		slider = slider.Value(l.slider).Aria("valuetext", l.valueText)
	}
	return app.Div().Class("lever").DataSet("lever", l.key).Body(
		// The label and the release's figure are written as HTML: text that
		// no edit changes, one node each for go-app where elements are five
		// and two.
		app.Raw(`<label for="`+html.EscapeString(id)+`"><span class="name">`+html.EscapeString(l.label)+
			`</span><span class="unit">`+html.EscapeString(l.unit)+`</span></label>`),
		app.Div().Class("inputs").Body(text, slider),
		app.Div().Class("meta").Body(
			app.Raw(`<span id="`+html.EscapeString(id+"-base")+`" class="base">`+html.EscapeString("Release: "+l.baseline)+`</span>`),
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

// apply writes the bound values that changed. The field's text is written
// only when it differs from what the field holds, so typing keeps its
// caret.
func (f *leverField) apply() {
	if !app.IsClient || !f.Mounted() {
		return
	}
	now, was := f.D.values(), f.shown
	inputs := f.JSValue().Get("children").Index(1)
	if !f.drawn || now.text != was.text {
		field := inputs.Get("firstElementChild")
		if field.Get("value").String() != now.text {
			field.Set("value", now.text)
		}
	}
	if !f.drawn || now.slider != was.slider || now.valueText != was.valueText {
		slider := inputs.Get("lastElementChild")
		if !f.drawn || now.slider != was.slider {
			slider.Set("value", now.slider)
		}
		if !f.drawn || now.valueText != was.valueText {
			slider.Call("setAttribute", "aria-valuetext", now.valueText)
		}
	}
	f.shown, f.drawn = now, true
}
