package ui

import (
	"time"

	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Start-up mounts the page in steps. go-app mounts a page by building every
// element anew, call by call from WebAssembly, and the whole page at once
// is a long task that a tap waits for. So the browser's first render lays
// out each of main's sections as an empty copy of the server's, into which
// the server's own nodes are moved, and the live layer adopts the figures
// and levers among them: the levers' events are the page root's
// (delegate.go), so the page answers from that first render. Each later
// step mounts the next parts as go-app's own, in a task of its own, first
// screen first. Nothing changes to the eye: the server laid out the same
// view, and what the reader did is carried over (carry.go).

// A part is one of main's sections and the step that mounts it.
type part struct {
	step int
	ui   func() app.UI
}

// lastStep is the last of the parts' steps.
const lastStep = 4

// parts lays out main's sections: those mounted, and for the others the
// empty copy of the server's section, which holds the server's content. A
// switch of quarter lays out another page: every part is mounted then.
func (c *calculator) parts(ps ...part) []app.UI {
	if c.step < lastStep && c.s.Period().ID != c.keptPeriod {
		c.step = lastStep
	}
	if c.keptNodes != nil {
		// The page as it is goes with this render: a field that has the
		// focus loses it then, and adoptKept gives it back.
		c.keptFocus = app.Window().Get("document").Get("activeElement")
	}
	out := make([]app.UI, len(ps))
	c.partSteps = c.partSteps[:0]
	for i, p := range ps {
		c.partSteps = append(c.partSteps, p.step)
		if p.step > c.step && i < len(c.kept) {
			out[i] = app.Raw(c.kept[i])
			continue
		}
		out[i] = p.ui()
	}
	return out
}

// keepPrerendered keeps main's sections as the server wrote them, in
// order, before the first render replaces the page: the first render lays
// out an empty copy of each (the same tag and attributes), and adoptKept
// moves the server's content into it. It tells too whether
// they show this view: the server pre-renders the URL's scenario, but a
// static site's file holds the release's levers whatever the query. An
// embed is small and mounts whole.
func (c *calculator) keepPrerendered() {
	if c.s.Embed().On {
		return
	}
	doc := app.Window().Get("document")
	main := doc.Call("getElementById", "main")
	if !main.Truthy() {
		return
	}
	children := main.Get("children")
	c.kept = make([]string, children.Length())
	c.keptNodes = make([]app.Value, len(c.kept))
	for i := range c.kept {
		n := children.Index(i)
		c.keptNodes[i] = n
		c.kept[i] = n.Call("cloneNode", false).Get("outerHTML").String()
	}
	c.keptShows = c.showsScenario(doc)
	c.keptPeriod = c.s.Period().ID
	c.step = 0
}

// showsScenario tells whether the pre-rendered page was laid out for the
// scenario in force: its period is checked, and each lever's field holds
// the text this page would give it. The figures follow from those.
func (c *calculator) showsScenario(doc app.Value) bool {
	period := doc.Call("querySelector", `input[name="period"][checked]`)
	if !period.Truthy() || period.Get("value").String() != string(c.s.Period().ID) {
		return false
	}
	fields := doc.Call("querySelectorAll", `#main input[type="text"][name]`)
	n := fields.Length()
	if n != len(calc.Levers()) {
		return false
	}
	for i := range n {
		f := fields.Index(i)
		l, ok := calc.LeverByKey(f.Get("name").String())
		if !ok {
			return false
		}
		if text, _ := c.s.Field(l); f.Call("getAttribute", "value").String() != text {
			return false
		}
	}
	return true
}

// adoptKept moves the server's content of each part not mounted yet into
// the element the first render laid out for it, and binds the live
// elements in it. They are the very nodes the page has shown since its
// first paint: what the reader has opened, typed or focused stays.
func (c *calculator) adoptKept() {
	if c.step >= lastStep {
		return
	}
	doc := app.Window().Get("document")
	shells := doc.Call("getElementById", "main").Get("children")
	focused := c.keptFocus
	c.keptFocus = app.Undefined()
	start, end := app.Null(), app.Null()
	if focused != nil && focused.Truthy() {
		start, end = focused.Get("selectionStart"), focused.Get("selectionEnd")
	}
	for i, from := range c.keptNodes {
		shell := shells.Index(i)
		for n := from.Get("firstChild"); n.Truthy(); n = from.Get("firstChild") {
			shell.Call("appendChild", n)
		}
	}
	c.keptNodes = nil
	if focused != nil && focused.Truthy() && !focused.Equal(doc.Get("activeElement")) && focused.Get("isConnected").Bool() {
		refocus(focused, start, end)
	}
	els := doc.Call("querySelectorAll", "#main [data-live]")
	for i, n := 0, els.Length(); i < n; i++ {
		el := els.Index(i)
		c.live.Adopt(el.Get("dataset").Get("live").String(), live.DOM(el), c.keptShows)
	}
}

// mountLater mounts the next step's parts once the browser has had the
// main thread back (a timer's task), then the step after it, until every
// part is mounted. A Defer runs after go-app's update of the page, so each
// step is a task of its own. What the reader did in a part before it was
// mounted (a disclosure opened, a field typed in or focused) is carried
// into its mounted form (carry.go).
func (c *calculator) mountLater(ctx app.Context) {
	if c.step >= lastStep {
		c.kept = nil
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-mounted", "")
		return
	}
	ctx.After(time.Millisecond, func(ctx app.Context) {
		c.step++
		s := c.takeState(c.step)
		// After go-app's update of the page (a Defer), and after the
		// mounted parts' live elements have been written (their OnMount,
		// dispatched during the update, comes before this dispatch).
		ctx.Defer(func(ctx app.Context) {
			ctx.Dispatch(func(ctx app.Context) {
				layout := false
				s.restore(func(el app.Value, text string, focused bool) bool {
					return c.takeTyped(ctx, el, text, focused, &layout)
				})
				if !layout {
					ctx.PreventUpdate()
				}
				c.mountLater(ctx)
			})
		})
	})
}
