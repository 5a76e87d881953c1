package ui

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The toolbar's and the banners' handlers: reset, the quarter, the link,
// the notices and the update.

func (c *calculator) onResetAll(ctx app.Context, e app.Event) { c.apply(ctx, c.s.ResetAll()) }

// onPeriod switches to the quarter the radio's value names.
func (c *calculator) onPeriod(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.SwitchQuarter(calc.PeriodID(ctx.JSSrc().Get("value").String())))
}

func (c *calculator) onDismissNotices(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.DismissNotices())
}

func (c *calculator) onCopyLink(ctx app.Context, e app.Event) {
	href := app.Window().Get("location").Get("href").String()
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		c.copyRefused(ctx)
		return
	}
	c.apply(ctx, c.s.CopyStarted())
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { c.apply(ctx, c.s.Copied()) })
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
	c.apply(ctx, c.s.CopyRefused())
	ctx.Defer(func(app.Context) {
		if el := app.Window().Get("document").Call("getElementById", "link-text"); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
	})
}
