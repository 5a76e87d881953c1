package ui

import (
	"html"
	"strings"

	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
)

// leverKind is a lever (its events are handled by the page: see
// delegate.go): a labelled text field (the exact value, typed), a slider
// from zero to twice the release's figure, the release's figure and a
// reset, and the message when the text is refused. An edit writes what
// changed: the field's text, the slider's position and spoken value, and
// the reset and message as they come and go.
var leverKind = &live.Kind{
	Of:  view.Lever{},
	Tag: "div",
	Key: func(v any) string { return "lever:" + v.(view.Lever).Key },
	Attrs: func(v any) []live.Attr {
		return []live.Attr{{Name: "class", Value: "lever"}, {Name: "data-lever", Value: v.(view.Lever).Key}}
	},
	Inner: func(v any) string { return leverHTML(v.(view.Lever)) },
	Patch: func(n live.Node, was, now any) { patchLever(n, was.(view.Lever), now.(view.Lever)) },
}

// leverIDs are the ids a lever's elements carry and refer to.
type leverIDs struct{ field, slider, base, hint, err string }

func idsOf(key string) leverIDs {
	id := "lever-" + key
	return leverIDs{id, id + "-slider", id + "-base", id + "-hint", id + "-error"}
}

// describedBy is the field's aria-describedby: the message or the
// question on its value, if any, then the release's figure.
func describedBy(l view.Lever) string {
	ids := idsOf(l.Key)
	switch {
	case l.Err != "":
		return ids.err + " " + ids.base
	case l.Hint != "":
		return ids.hint + " " + ids.base
	}
	return ids.base
}

// resetLabel names what a reset does: back to the release's figure, or,
// for a later quarter's price, back to following the first quarter's.
func resetLabel(l view.Lever) string {
	if l.Reset != "Reset" {
		return l.Label + ": " + strings.ToLower(l.Reset[:1]) + l.Reset[1:]
	}
	return "Reset " + l.Label + " to the release's figure"
}

// leverHTML is a lever's content as HTML.
func leverHTML(l view.Lever) string {
	e := html.EscapeString
	ids := idsOf(l.Key)
	s := `<label for="` + e(ids.field) + `"><span class="name">` + e(l.Label) + `</span><span class="unit">` + e(l.Unit) + `</span></label>` +
		`<div class="inputs"><input type="text" id="` + e(ids.field) + `" name="` + e(l.Key) + `" inputmode="decimal" autocomplete="off" spellcheck="false"` +
		` aria-invalid="` + boolText(l.Err != "") + `" aria-describedby="` + e(describedBy(l)) + `" value="` + e(l.Text) + `">` +
		sliderHTML(l) + `</div>` +
		`<div class="meta"><span id="` + e(ids.base) + `" class="base">` + e(l.Base) + `</span>`
	if l.Changed {
		s += resetHTML(l)
	}
	s += `</div>`
	// The release's sentence a plan's default is read from, between the
	// meta and the message: patchLever finds the message last.
	if l.Source != "" {
		s += `<p class="lever-source">“` + e(l.Source) + `”</p>`
	}
	// A lever that may ask about its value has the question's place
	// always, empty while there is none, so that patchLever finds it.
	if l.Hints {
		s += `<p id="` + e(ids.hint) + `" class="lever-hint">` + hintHTML(l) + `</p>`
	}
	if l.Err != "" {
		s += errorHTML(l.Key, l.Err)
	}
	return s
}

// sliderHTML is a lever's slider; a lever with no release figure to run
// from (the share price) has none (Slider "").
func sliderHTML(l view.Lever) string {
	if l.Slider == "" {
		return ""
	}
	e := html.EscapeString
	ids := idsOf(l.Key)
	return `<input type="range" id="` + e(ids.slider) + `" data-lever="` + e(l.Key) + `" min="0" max="100" step="` + view.SliderStep + `"` +
		` aria-label="` + e(l.Label+" slider") + `" value="` + e(l.Slider) + `" aria-valuetext="` + e(l.ValueText) + `">`
}

func resetHTML(l view.Lever) string {
	return `<button type="button" class="reset" data-lever="` + html.EscapeString(l.Key) + `" aria-label="` + html.EscapeString(resetLabel(l)) + `">` + html.EscapeString(l.Reset) + `</button>`
}

// hintHTML is the question on a lever's value and the button that takes
// its answer (delegate.go), or nothing.
func hintHTML(l view.Lever) string {
	if l.Hint == "" {
		return ""
	}
	e := html.EscapeString
	return e(l.Hint) + ` <button type="button" class="action use-hint" data-lever="` + e(l.Key) + `">` + e(l.Suggest) + `</button>`
}

// hintPlace is the question's place among a lever's children: after the
// label, the inputs, the meta and the release's sentence, if any.
func hintPlace(l view.Lever) int {
	if l.Source != "" {
		return 4
	}
	return 3
}

func errorHTML(key, msg string) string {
	return `<p id="` + html.EscapeString(idsOf(key).err) + `" class="field-error">` + html.EscapeString(msg) + `</p>`
}

// patchLever writes into a lever showing was what differs in l. The
// field's text is written only when it differs from what the field holds,
// so typing keeps its caret.
func patchLever(div live.Node, was, l view.Lever) {
	if l.Key != was.Key || l.Label != was.Label || l.Unit != was.Unit || l.Source != was.Source || l.Reset != was.Reset {
		div.SetAttr("data-lever", l.Key)
		div.SetHTML(leverHTML(l))
		return
	}
	inputs, meta := div.Child(1), div.Child(2) // after the label; the message, if any, last
	field := inputs.Child(0)
	if l.Text != was.Text && field.Value() != l.Text {
		field.SetValue(l.Text)
	}
	if l.Slider != "" { // a lever has a slider always or never
		slider := inputs.Child(1)
		if l.Slider != was.Slider {
			slider.SetValue(l.Slider)
		}
		if l.ValueText != was.ValueText {
			slider.SetAttr("aria-valuetext", l.ValueText)
		}
	}
	if l.Base != was.Base {
		meta.Child(0).SetText(l.Base)
	}
	if l.Changed != was.Changed {
		if l.Changed {
			meta.AppendHTML(resetHTML(l))
		} else {
			meta.Last().Remove()
		}
	}
	if l.Hint != was.Hint || l.Suggest != was.Suggest {
		field.SetAttr("aria-describedby", describedBy(l))
		div.Child(hintPlace(l)).SetHTML(hintHTML(l))
	}
	if l.Err != was.Err {
		field.SetAttr("aria-invalid", boolText(l.Err != ""))
		field.SetAttr("aria-describedby", describedBy(l))
		switch {
		case was.Err == "":
			div.AppendHTML(errorHTML(l.Key, l.Err))
		case l.Err == "":
			div.Last().Remove()
		default:
			div.Last().SetText(l.Err)
		}
	}
}
