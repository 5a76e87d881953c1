package ui

import (
	"time"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// announceDelay is how long typing must pause before the new figures are
// read out by a screen reader.
const announceDelay = 900 * time.Millisecond

// The edit of a lever's field. Its handlers (delegate.go) find their
// lever in the element that fired, not in a closure: go-app keeps an
// element's first handler when a new one has the same code, so a closure
// over a lever could stay bound to whichever lever first rendered at that
// place.

// setText puts text in lever l's field, as typed.
func (c *calculator) setText(ctx app.Context, l calc.Lever, text string) {
	before := c.shell()
	if c.edit(l, text) {
		c.changed(ctx)
	}
	c.afterEdit(ctx, before)
}

// pageShell is what the page lays out itself, outside the live layer's
// elements, that an edit's handler could change.
type pageShell struct {
	period       calc.PeriodID
	copied       string
	copyFailed   bool
	periodNote   string
	pinned       bool
	pinPercent   bool
	analysisOpen bool
	notices      int
}

func (c *calculator) shell() pageShell {
	return pageShell{c.view.Period, c.copied, c.copyFailed, c.periodNote, c.pinned != nil, c.pinPercent, c.analysisOpen, len(c.notices)}
}

// afterEdit follows an edit of the levers, which the live layer has
// written already: the page's own redraw is withdrawn unless the edit
// changed the page outside the live layer's elements (before is the shell
// as it was), and the analysis panel's charts follow at the next frame,
// after the figures have been painted, once for however many edits come
// before it.
func (c *calculator) afterEdit(ctx app.Context, before pageShell) {
	if c.analysisDue {
		ctx.Defer(func(app.Context) { c.updateAnalysis() })
	}
	if c.shell() == before {
		ctx.PreventUpdate()
	}
}

// discrete is a change of the whole scenario (a deck, a reset, a quarter, a
// saved scenario): its own history entry, and the end of any edit.
func (c *calculator) discrete(ctx app.Context) {
	c.editing = false
	c.pushNext = true
	c.changed(ctx)
}

// edit puts text in a lever's field and, if it is a valid value, into the
// scenario. It reports whether the scenario changed; a refused text leaves
// its message and the last valid value in force.
func (c *calculator) edit(l calc.Lever, text string) bool {
	c.texts[l] = text
	if !c.editing || c.editLever != l {
		c.beginEdit(l) // an input with no focus first (a script's)
	}
	v, err := l.Parse(text)
	if err == nil {
		err = c.scenario.Set(c.period, l, v)
	}
	if err != nil {
		// Nothing half-typed stays in force: the lever goes back to its
		// value before this edit, and the message says which that is.
		c.errs[l] = err.Message + "; in force: " + view.FormatLever(l, c.editFrom) + ", its value before this edit."
		if c.restore(l) {
			return true
		}
		c.recomputeFigures() // the field's text and message are the view's too
		return false
	}
	delete(c.errs, l)
	c.recomputeFigures()
	return true
}

// beginEdit starts an edit of lever l's field: its value now is the one a
// refused text leaves in force, and the edit's first change is a new
// history entry.
func (c *calculator) beginEdit(l calc.Lever) {
	c.editing, c.editLever = true, l
	c.editFrom = c.scenario.Value(c.period, l)
	_, c.editWasSet = c.scenario.Changed(l)
	c.pushNext = true
}

// restore puts lever l back to its value when the edit began, and reports
// whether the scenario changed.
func (c *calculator) restore(l calc.Lever) bool {
	_, set := c.scenario.Changed(l)
	if set == c.editWasSet && c.scenario.Value(c.period, l).Equal(c.editFrom) {
		return false
	}
	if c.editWasSet {
		if err := c.scenario.Set(c.period, l, c.editFrom); err != nil {
			return false // it was in force before: cannot be refused
		}
	} else {
		c.scenario.Reset(l)
	}
	c.recomputeFigures()
	return true
}

// changed follows a change of scenario, once the figures are recomputed:
// the address bar and the announcement.
func (c *calculator) changed(ctx app.Context) {
	c.copied = ""
	// The address bar follows after the figures, which need not wait for
	// the history entry to be replaced: deferred, it runs at go-app's next
	// frame.
	query := view.JoinQuery(c.uiQuery, c.model.Encode(c.scenario))
	push := c.pushNext
	c.pushNext = false
	ctx.Defer(func(ctx app.Context) {
		u := *ctx.Page().URL()
		if u.RawQuery == query {
			return
		}
		u.RawQuery = query
		c.shownURL = u.String()
		if push {
			// A new entry, so Back returns to the scenario before it.
			app.Window().Get("history").Call("pushState", nil, "", u.String())
			return
		}
		ctx.Page().ReplaceURL(&u)
	})
	c.edits++
	edit := c.edits
	ctx.After(announceDelay, func(ctx app.Context) {
		if edit != c.edits {
			ctx.PreventUpdate() // a later edit will announce
			return
		}
		c.announceSummary()
		ctx.PreventUpdate()
	})
}
