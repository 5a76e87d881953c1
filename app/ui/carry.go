package ui

import (
	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// The server's page is on screen, and can be read, typed in and opened,
// before the WebAssembly has started. go-app's first render then replaces
// it whole with the page it mounts, which lays out the same view. What the
// reader did on the server's page is read just before that render and
// given to the mounted page: the disclosures opened, the fields' texts
// where they are not what the server wrote, and the field with the focus,
// with its caret. Each is found again by its id: a field by its own, a
// disclosure by its rank among the disclosures under its nearest ancestor
// with one.

// carried is what the reader did on the server's page.
type carried struct {
	open   []place
	values []carriedValue
	focus  place
	start  app.Value // the focused field's caret or selection
	end    app.Value
}

// A place names a control in both pages: the id of the control, or of its
// nearest ancestor with one, and the control's rank among that ancestor's
// disclosures (-1 for the control itself).
type place struct {
	id   string
	rank int
}

type carriedValue struct {
	at   place
	text string
}

// readCarried reads what the reader did on the page as it is.
func readCarried() *carried {
	doc := app.Window().Get("document")
	k := &carried{focus: place{rank: -1}}
	details := doc.Call("querySelectorAll", "details[open]")
	for i := range details.Length() {
		if p, ok := detailsPlace(details.Index(i)); ok {
			k.open = append(k.open, p)
		}
	}
	focused := doc.Get("activeElement")
	fields := doc.Call("querySelectorAll", "input[id], select[id], textarea[id]")
	for i := range fields.Length() {
		el := fields.Index(i)
		at := place{id: el.Get("id").String(), rank: -1}
		if el.Equal(focused) {
			k.focus, k.start, k.end = at, el.Get("selectionStart"), el.Get("selectionEnd")
		}
		if v, ok := changedValue(el); ok {
			k.values = append(k.values, carriedValue{at, v})
		}
	}
	return k
}

// changedValue is a field's value if the reader changed it: not what the
// page wrote. A radio or a checkbox is left as the page has it.
func changedValue(el app.Value) (string, bool) {
	v := el.Get("value").String()
	switch el.Get("tagName").String() {
	case "SELECT":
		def := el.Call("querySelector", "option[selected]")
		if !def.Truthy() {
			def = el.Call("querySelector", "option")
		}
		return v, def.Truthy() && v != def.Get("value").String()
	case "INPUT":
		if t := el.Get("type").String(); t == "radio" || t == "checkbox" || t == "file" {
			return "", false
		}
	}
	return v, v != el.Get("defaultValue").String()
}

// detailsPlace is a disclosure's place: its rank among the disclosures
// under its nearest ancestor with an id.
func detailsPlace(d app.Value) (place, bool) {
	if id := d.Get("id").String(); id != "" {
		return place{id: id, rank: -1}, true
	}
	anc := d.Get("parentElement").Call("closest", "[id]")
	if !anc.Truthy() {
		return place{}, false
	}
	all := anc.Call("querySelectorAll", "details")
	for i := range all.Length() {
		if all.Index(i).Equal(d) {
			return place{id: anc.Get("id").String(), rank: i}, true
		}
	}
	return place{}, false
}

// find is the control at p in the page as it is now.
func (p place) find(doc app.Value) app.Value {
	el := doc.Call("getElementById", p.id)
	if p.rank < 0 || !el.Truthy() {
		return el
	}
	all := el.Call("querySelectorAll", "details")
	if p.rank >= all.Length() {
		return app.Null()
	}
	return all.Index(p.rank)
}

// restore gives the mounted page what the reader did. A lever's text (or
// its slider's position) is taken by typed, as one edit; another field's
// is announced with an input event, for go-app's handler of the field.
func (k *carried) restore(typed func(el app.Value, text string, focused bool) session.Change) (layout bool) {
	doc := app.Window().Get("document")
	for _, p := range k.open {
		if d := p.find(doc); d.Truthy() {
			d.Set("open", true)
		}
	}
	for _, v := range k.values {
		el := v.at.find(doc)
		if !el.Truthy() || el.Get("value").String() == v.text {
			continue
		}
		el.Set("value", v.text)
		if _, ok := targetLever(el); ok {
			layout = typed(el, v.text, v.at == k.focus).Layout || layout
			continue
		}
		el.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
	}
	if k.focus.id != "" {
		if el := k.focus.find(doc); el.Truthy() && !el.Equal(doc.Get("activeElement")) {
			refocus(el, k.start, k.end)
		}
	}
	return layout
}

// takeTyped takes what a lever's field (or its slider) held before the
// page was live as one edit, judged whole from the address's value
// (session.TakeTyped), rather than as one more key of an edit begun since,
// from a value the reader never saw in force; focused says restore gives
// it the focus back.
func (c *calculator) takeTyped(ctx app.Context, el app.Value, text string, focused bool) session.Change {
	l, _ := targetLever(el)
	if el.Get("type").String() == "range" {
		pos, err := decimal.NewFromString(text)
		if err != nil {
			return session.Change{} // a range input always holds a number
		}
		text = view.SliderValue(c.s.Period(), l, pos).String()
	}
	ch := c.s.TakeTyped(l, text, focused)
	c.follow(ctx, ch)
	return ch
}

// refocus gives el the focus, and a text field its caret or selection
// (start and end, as read from the field it stands for) back.
func refocus(el, start, end app.Value) {
	el.Call("focus", map[string]any{"preventScroll": true})
	if start != nil && !start.IsNull() && !start.IsUndefined() && el.Get("type").String() == "text" {
		el.Call("setSelectionRange", start, end)
	}
}
