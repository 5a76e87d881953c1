package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// partState is what a reader can change in a part of the page that go-app
// has not mounted yet, read just before it is, to be given to the part's
// mounted form: which disclosures are open, what the fields hold where it
// is not what the page wrote, and which field has the focus, with its
// caret. The two forms lay out the same view, so the n-th disclosure or
// field of one is the n-th of the other.
type partState struct {
	main   app.Value
	parts  []int
	open   [][]int
	values [][]fieldValue
	focus  struct {
		part, field int
		start, end  app.Value
	}
}

type fieldValue struct {
	field int
	value string
}

// controls are a part's disclosures and fields, in document order.
func controls(part app.Value) (details, fields app.Value) {
	return part.Call("querySelectorAll", "details"), part.Call("querySelectorAll", "input, select, textarea")
}

// takeState reads the state of the parts that step mounts.
func (c *calculator) takeState(step int) *partState {
	doc := app.Window().Get("document")
	s := &partState{main: doc.Call("getElementById", "main")}
	s.focus.part = -1
	if !s.main.Truthy() {
		return s
	}
	focused := doc.Get("activeElement")
	children := s.main.Get("children")
	for i, st := range c.partSteps {
		if st != step || i >= children.Length() {
			continue
		}
		details, fields := controls(children.Index(i))
		var open []int
		for d := range details.Length() {
			if details.Index(d).Get("open").Bool() {
				open = append(open, d)
			}
		}
		var values []fieldValue
		for f := range fields.Length() {
			el := fields.Index(f)
			if el.Equal(focused) {
				s.focus.part, s.focus.field = len(s.parts), f
				s.focus.start, s.focus.end = el.Get("selectionStart"), el.Get("selectionEnd")
			}
			if v, typ := el.Get("value").String(), el.Get("type").String(); typ != "radio" && typ != "checkbox" && v != el.Get("defaultValue").String() {
				values = append(values, fieldValue{f, v})
			}
		}
		s.parts = append(s.parts, i)
		s.open = append(s.open, open)
		s.values = append(s.values, values)
	}
	return s
}

// restore gives the parts' mounted forms the state read before. A field's
// value is taken by typed if it is a lever's (takeTyped), and otherwise
// announced with an input event, for go-app's handler of the field.
func (s *partState) restore(typed func(el app.Value, value string, focused bool) bool) {
	if !s.main.Truthy() {
		return
	}
	children := s.main.Get("children")
	for k, i := range s.parts {
		details, fields := controls(children.Index(i))
		for _, d := range s.open[k] {
			if d < details.Length() {
				details.Index(d).Set("open", true)
			}
		}
		for _, v := range s.values[k] {
			if el := fields.Index(v.field); v.field < fields.Length() && el.Get("value").String() != v.value {
				el.Set("value", v.value)
				if !typed(el, v.value, s.focus.part == k && s.focus.field == v.field) {
					el.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
				}
			}
		}
		if s.focus.part == k && s.focus.field < fields.Length() {
			refocus(fields.Index(s.focus.field), s.focus.start, s.focus.end)
		}
	}
}

// takeTyped takes what a lever's field (or its slider) held before the
// page was live as one edit, judged whole from the address's value
// (session.TakeTyped), rather than as one more key of an edit begun since,
// from a value the reader never saw in force; focused says restore gives
// it the focus back. It reports whether el is a lever's, and sets layout if
// the page's own layout changed.
func (c *calculator) takeTyped(ctx app.Context, el app.Value, text string, focused bool, layout *bool) bool {
	l, ok := targetLever(el)
	if !ok {
		return false
	}
	if el.Get("type").String() == "range" {
		pos, err := decimal.NewFromString(text)
		if err != nil {
			return true // a range input always holds a number
		}
		text = view.SliderValue(c.s.Period(), l, pos).String()
	}
	ch := c.s.TakeTyped(l, text, focused)
	c.follow(ctx, ch)
	*layout = *layout || ch.Layout
	return true
}

// refocus gives el the focus, and a text field its caret or selection
// (start and end, as read from the field it stands for) back.
func refocus(el, start, end app.Value) {
	el.Call("focus", map[string]any{"preventScroll": true})
	if !start.IsNull() && !start.IsUndefined() && el.Get("type").String() == "text" {
		el.Call("setSelectionRange", start, end)
	}
}
