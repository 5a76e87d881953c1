package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The toolbar's and the banners' handlers: reset, the quarter, the link,
// the notices and the update.

// onResetAll puts every lever back to this quarter's release figure.
func (c *calculator) onResetAll(ctx app.Context, e app.Event) {
	c.apply(calc.Scenario{Period: c.scenario.Period})
	c.periodNote = ""
	c.discrete(ctx)
}

// onPeriod switches the period (the radio's value), keeping every lever the
// user changed at the value they gave it, and says so; the others take the
// new quarter's release figures. "Reset all" returns to the release.
func (c *calculator) onPeriod(ctx app.Context, e app.Event) {
	p, ok := c.model.Period(calc.PeriodID(ctx.JSSrc().Get("value").String()))
	if !ok {
		return
	}
	s, kept := view.SwitchPeriod(c.model, c.scenario, p)
	c.apply(s)
	c.periodNote = view.PeriodNote(p, s, kept)
	c.discrete(ctx)
}

func (c *calculator) onDismissNotices(ctx app.Context, e app.Event) { c.notices = nil }

func (c *calculator) onCopyLink(ctx app.Context, e app.Event) {
	href := app.Window().Get("location").Get("href").String()
	clip := app.Window().Get("navigator").Get("clipboard")
	c.copyFailed = false
	if !clip.Truthy() {
		c.copyRefused(ctx)
		return
	}
	c.copied = "Copying the link…"
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { c.copied = "Link copied." })
		release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(c.copyRefused)
		release()
		return nil
	})
	clip.Call("writeText", href).Call("then", done, failed)
}

// copyRefused says the clipboard refused the link and shows it, selected,
// to copy by hand.
func (c *calculator) copyRefused(ctx app.Context) {
	c.copied = "The browser did not let the page copy the link: it is selected below, to copy with Ctrl+C (⌘C on a Mac)."
	c.copyFailed = true
	ctx.Defer(func(app.Context) {
		if el := app.Window().Get("document").Call("getElementById", "link-text"); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
	})
}
