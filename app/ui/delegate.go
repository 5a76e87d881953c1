package ui

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// The levers' events are handled once, on the page's root element, as they
// bubble up, rather than on each field: a lever's content is the live
// layer's HTML (leverfield.go), which go-app does not see, so it could not
// hold go-app's handlers; and one handler for all means no handler is a
// closure over a lever, which go-app could leave bound to the lever first
// rendered at that place. The live layer writes what an edit changed, and
// the handlers withdraw the page's redraw unless the session's Change says
// the page's own layout changed (apply.go).

// pageEvents attaches the delegated handlers to the page's root.
func (c *calculator) pageEvents(root app.HTMLElem) app.HTMLElem {
	return root.On("input", c.onPageInput).On("click", c.onPageClick).On("focusin", c.onPageFocus).On("focusout", c.onPageBlur).On("keydown", c.onPageKey)
}

// pageStep is how far Page Up and Page Down move a slider: 5 of its 100
// positions, 10% of the release's figure (the slider spans twice it), as
// the README says; a browser's own page step is a tenth of the range, 20%.
var pageStep = decimal.NewFromInt(5)

// onPageKey moves the focus among a figure table's summaries (roving.go),
// closes the open popover on Escape, and moves a slider by its page step
// on Page Up and Page Down.
func (c *calculator) onPageKey(ctx app.Context, e app.Event) {
	if onRovingKey(e) {
		ctx.PreventUpdate()
		return
	}
	t := e.Get("target")
	key := e.Get("key").String()
	if key == "Escape" {
		closePopover(e)
		ctx.PreventUpdate()
		return
	}
	if (key != "PageUp" && key != "PageDown") || t.Get("type").String() != "range" {
		ctx.PreventUpdate()
		return
	}
	l, ok := targetLever(t)
	pos, err := decimal.NewFromString(t.Get("value").String())
	if !ok || err != nil {
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	if key == "PageUp" {
		pos = decimal.Min(pos.Add(pageStep), decimal.NewFromInt(100))
	} else {
		pos = decimal.Max(pos.Sub(pageStep), decimal.Zero)
	}
	t.Set("value", pos.String())
	c.apply(ctx, c.s.Slide(l, pos))
}

// onPageFocus begins an edit when a lever's field or slider gains focus,
// and makes a figure table's summary focused its table's tab stop. On a
// narrow screen the results strip shows on top as a lever takes the
// focus: the field is scrolled clear of it (the page's scroll-padding is
// the strip's height there; elsewhere this scrolls nothing).
func (c *calculator) onPageFocus(ctx app.Context, e app.Event) {
	ctx.PreventUpdate() // nothing to redraw
	t := e.Get("target")
	focusStop(t)
	if l, ok := targetLever(t); ok && t.Get("tagName").String() == "INPUT" {
		c.s.Focus(l)
		t.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// onPageBlur ends the edit of the field that lost focus.
func (c *calculator) onPageBlur(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if l, ok := targetLever(e.Get("target")); ok {
		c.s.Leave(l)
	}
}

// targetLever is the lever of an event's target: a slider's or a reset
// button's data-lever, or a text field's name, which is the lever's URL key.
func targetLever(t app.Value) (calc.Lever, bool) {
	key := t.Get("dataset").Get("lever")
	if !key.Truthy() {
		key = t.Get("name")
	}
	if !key.Truthy() {
		return 0, false
	}
	return calc.LeverByKey(key.String())
}

// onPageInput handles typing in a lever's field and moving its slider, whose
// position becomes the lever's value. Another field's input is its own
// handler's.
func (c *calculator) onPageInput(ctx app.Context, e app.Event) {
	t := e.Get("target")
	l, ok := targetLever(t)
	if !ok {
		ctx.PreventUpdate()
		return
	}
	text := t.Get("value").String()
	if t.Get("type").String() != "range" {
		c.apply(ctx, c.s.Edit(l, text))
		return
	}
	pos, err := decimal.NewFromString(text)
	if err != nil {
		ctx.PreventUpdate() // a range input always reports a number; nothing to apply otherwise
		return
	}
	c.apply(ctx, c.s.Slide(l, pos))
}

// onPageClick handles a skip link, a popover's summary (one open at a
// time), a lever's reset button and the button that answers the question
// on its value, a rounding marker's link to the validator's finding, and a
// missed guidance item's "What would it take?". Another element's click is
// its own handler's.
func (c *calculator) onPageClick(ctx app.Context, e app.Event) {
	if a := e.Get("target").Call("closest", "a[data-skip]"); a.Truthy() {
		skipTo(e, a)
		ctx.PreventUpdate()
		return
	}
	if sum := e.Get("target").Call("closest", popoverSummaries); sum.Truthy() {
		closeOtherPopovers(sum.Get("parentElement"))
		ctx.PreventUpdate() // the browser opens or closes it
		return
	}
	if a := e.Get("target").Call("closest", "a[data-finding]"); a.Truthy() {
		// Not go-app's navigation (which would re-read the scenario from
		// the address): the finding is in the assumptions panel, mounted
		// once the panel is open.
		e.PreventDefault()
		e.Call("stopPropagation")
		c.showFinding(ctx, a.Get("dataset").Get("finding").String())
		return
	}
	if b := e.Get("target").Call("closest", "button[data-seek]"); b.Truthy() {
		c.onSeekGuidance(ctx, b.Get("dataset").Get("seek").String())
		return
	}
	if b := e.Get("target").Call("closest", "button.use-hint[data-lever]"); b.Truthy() {
		c.onTakeThousands(ctx, b)
		return
	}
	b := e.Get("target").Call("closest", "button.reset[data-lever]")
	l, ok := calc.Lever(0), false
	if b.Truthy() {
		l, ok = targetLever(b)
	}
	if !ok {
		ctx.PreventUpdate()
		return
	}
	c.apply(ctx, c.s.ResetLever(l))
}

// showFinding opens the assumptions panel and brings the finding id into
// view, once the panel has been drawn.
func (c *calculator) showFinding(ctx app.Context, id string) {
	doc := app.Window().Get("document")
	if d := doc.Call("getElementById", "assumptions"); d.Truthy() {
		d.Set("open", true)
	}
	ctx.Defer(func(app.Context) {
		if el := doc.Call("getElementById", id); el.Truthy() {
			el.Call("setAttribute", "tabindex", "-1")
			el.Call("scrollIntoView", map[string]any{"block": "center"})
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
	c.apply(ctx, c.s.OpenAssumptions())
}

// onTakeThousands takes the amount the question beside a lever's field
// offers (b is its button), and gives the field the focus the vanishing
// button had.
func (c *calculator) onTakeThousands(ctx app.Context, b app.Value) {
	l, ok := targetLever(b)
	if !ok {
		ctx.PreventUpdate()
		return
	}
	c.apply(ctx, c.s.TakeThousands(l))
	if f := app.Window().Get("document").Call("getElementById", idsOf(l.Key()).field); f.Truthy() {
		f.Call("focus")
	}
}

// The popovers are the disclosures that open over the rows below them: a
// release figure's source (figure.go) and a figure's "Why?" (rows.go).
// One is open at a time: two would stack over the next rows' figures.
const (
	popoverSummaries = "details.source > summary, details.why > summary"
	openPopovers     = "details.source[open], details.why[open]"
)

// closeOtherPopovers closes every open popover when a click on d's summary
// is about to open d (the browser toggles it after the click).
func closeOtherPopovers(d app.Value) {
	if d.Get("open").Bool() {
		return // the click closes it
	}
	open := app.Window().Get("document").Call("querySelectorAll", openPopovers)
	for i := open.Length() - 1; i >= 0; i-- {
		open.Index(i).Set("open", false)
	}
}

// closePopover closes the open popover, if any, on Escape, and gives its
// summary the focus, so that the keyboard is where the popover was.
func closePopover(e app.Event) {
	d := app.Window().Get("document").Call("querySelector", openPopovers)
	if !d.Truthy() {
		return
	}
	e.PreventDefault()
	d.Set("open", false)
	d.Call("querySelector", "summary").Call("focus")
}
