package main

import (
	"html"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// leverField is one lever (its events are handled by the page: see
// delegate.go): a labelled text field (the exact value, typed),
// a slider from zero to twice the release's figure, the release's figure and
// a reset, and the message when the text is refused.
//
// It is a bound leaf (leaves.go): in the browser its content is apply's,
// written as HTML when first drawn, then only what changed: the field's
// text, the slider's position and spoken value, and the reset and message
// as they come and go.
type leverField struct {
	app.Compo
	leafHook
	Key   string
	D     leverData
	shown leverData // what apply last wrote; none before the first draw
}

func (f *leverField) OnMount(ctx app.Context) { f.mounted(ctx, f, f.Key); f.apply() }
func (f *leverField) OnUpdate(ctx app.Context) {
	f.register(f, f.Key)
	f.apply()
}
func (f *leverField) OnDismount() { f.unregister(f) }

// leverField is the component for lever l, with the text in its field and
// the message for that text.
func (c *calculator) leverField(l view.Lever) *leverField {
	return &leverField{leafHook: leafHook{c: c}, Key: leverKey(l.Key), D: c.leverData(l)}
}

func leverKey(key string) string { return "lever:" + key }

// leverData is lever l's fields as the page stands.
func (c *calculator) leverData(l view.Lever) leverData {
	return leverData{l, c.texts[l.Lever], c.errs[l.Lever]}
}

// leverIDs are the ids a lever's elements carry and refer to.
type leverIDs struct{ field, slider, base, err string }

func idsOf(key string) leverIDs {
	id := "lever-" + key
	return leverIDs{id, id + "-slider", id + "-base", id + "-error"}
}

// describedBy is the field's aria-describedby: the message, if any, then
// the release's figure.
func (d leverData) describedBy() string {
	ids := idsOf(d.V.Key)
	if d.Err != "" {
		return ids.err + " " + ids.base
	}
	return ids.base
}

func (f *leverField) Render() app.UI {
	if app.IsClient {
		return app.Elem("div").Class("lever").DataSet("lever", f.D.V.Key) // its content is apply's
	}
	// Pre-rendered, the lever is the HTML apply writes in the browser.
	return app.Raw(`<div class="lever" data-lever="` + html.EscapeString(f.D.V.Key) + `">` + leverHTML(f.D) + `</div>`)
}

func resetLabel(l view.Lever) string { return "Reset " + l.Label + " to the release's figure" }

// leverHTML is a lever's content as HTML, as Render lays it out.
func leverHTML(d leverData) string {
	e := html.EscapeString
	l := d.V
	ids := idsOf(l.Key)
	s := `<label for="` + e(ids.field) + `"><span class="name">` + e(l.Label) + `</span><span class="unit">` + e(l.Unit) + `</span></label>` +
		`<div class="inputs"><input type="text" id="` + e(ids.field) + `" name="` + e(l.Key) + `" inputmode="decimal" autocomplete="off" spellcheck="false"` +
		` aria-invalid="` + boolText(d.Err != "") + `" aria-describedby="` + e(d.describedBy()) + `" value="` + e(d.Text) + `">` +
		`<input type="range" id="` + e(ids.slider) + `" data-lever="` + e(l.Key) + `" min="0" max="100" step="` + view.SliderStep + `"` +
		` aria-label="` + e(l.Label+" slider") + `" value="` + e(l.Slider) + `" aria-valuetext="` + e(l.ValueText) + `"></div>` +
		`<div class="meta"><span id="` + e(ids.base) + `" class="base">` + e("Release: "+l.Baseline) + `</span>`
	if l.Changed {
		s += resetHTML(l)
	}
	s += `</div>`
	if d.Err != "" {
		s += errorHTML(l.Key, d.Err)
	}
	return s
}

func resetHTML(l view.Lever) string {
	return `<button type="button" class="reset" data-lever="` + html.EscapeString(l.Key) + `" aria-label="` + html.EscapeString(resetLabel(l)) + `">Reset</button>`
}

func errorHTML(key, msg string) string {
	return `<p id="` + html.EscapeString(idsOf(key).err) + `" class="field-error">` + html.EscapeString(msg) + `</p>`
}

// apply writes the lever's content the first time, as HTML, then what
// changed. The field's text is written only when it differs from what the
// field holds, so typing keeps its caret.
func (f *leverField) apply() {
	if !app.IsClient || !f.Mounted() {
		return
	}
	d, was := f.D, f.shown
	div := f.JSValue()
	// Before the first draw was has no key, so the whole lever is written.
	if d.V.Key != was.V.Key || d.V.Label != was.V.Label || d.V.Unit != was.V.Unit {
		div.Set("innerHTML", leverHTML(d))
		f.shown = d
		return
	}
	if d == was {
		return
	}
	parts := div.Get("children") // label, inputs, meta, and the message if any
	inputs, meta := parts.Index(1), parts.Index(2)
	field, slider := inputs.Get("firstElementChild"), inputs.Get("lastElementChild")
	if d.Text != was.Text && field.Get("value").String() != d.Text {
		field.Set("value", d.Text)
	}
	if d.V.Slider != was.V.Slider {
		slider.Set("value", d.V.Slider)
	}
	if d.V.ValueText != was.V.ValueText {
		slider.Call("setAttribute", "aria-valuetext", d.V.ValueText)
	}
	if d.V.Baseline != was.V.Baseline {
		meta.Get("firstElementChild").Set("textContent", "Release: "+d.V.Baseline)
	}
	if d.V.Changed != was.V.Changed {
		if d.V.Changed {
			meta.Call("insertAdjacentHTML", "beforeend", resetHTML(d.V))
		} else {
			meta.Get("lastElementChild").Call("remove")
		}
	}
	if d.Err != was.Err {
		field.Call("setAttribute", "aria-invalid", boolText(d.Err != ""))
		field.Call("setAttribute", "aria-describedby", d.describedBy())
		switch {
		case was.Err == "":
			div.Call("insertAdjacentHTML", "beforeend", errorHTML(d.V.Key, d.Err))
		case d.Err == "":
			div.Get("lastElementChild").Call("remove")
		default:
			div.Get("lastElementChild").Set("textContent", d.Err)
		}
	}
	f.shown = d
}
