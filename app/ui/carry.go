package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

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
// value is announced with an input event, for go-app's handler of the field
// (a lever's is the page's, which has it already and writes nothing anew).
func (s *partState) restore() {
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
				el.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
			}
		}
		if s.focus.part == k && s.focus.field < fields.Length() {
			refocus(fields.Index(s.focus.field), s.focus.start, s.focus.end)
		}
	}
}

// refocus gives el the focus, and a text field its caret or selection
// (start and end, as read from the field it stands for) back.
func refocus(el, start, end app.Value) {
	el.Call("focus", map[string]any{"preventScroll": true})
	if !start.IsNull() && !start.IsUndefined() && el.Get("type").String() == "text" {
		el.Call("setSelectionRange", start, end)
	}
}
