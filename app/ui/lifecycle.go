package ui

import (
	"github.com/hecla-calc/calculator/app/session"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OnMount follows Back and Forward: the scenario's history entries (one per
// discrete change, and one per edit) are pushed by the page itself, past
// go-app's navigation, which would not see a return to the address it
// first loaded.
func (c *calculator) OnMount(ctx app.Context) {
	c.ctx = ctx
	// After the live elements' own OnMount, dispatched as go-app mounted
	// them, which write their content.
	ctx.Dispatch(c.mounted)
	if c.live == nil {
		return // the data did not load: the page says so, and has nothing live
	}
	c.live.Page(ctx)
	c.popState = app.FuncOf(func(app.Value, []app.Value) any {
		// go-app's OnNav may have followed it already: then the page
		// shows the address, and there is nothing to do.
		ctx.Dispatch(func(ctx app.Context) { c.apply(ctx, c.s.Navigate(app.Window().URL())) })
		return nil
	})
	app.Window().Call("addEventListener", "popstate", c.popState)
	// The printed page says what it shows, as of the moment it is printed:
	// written into its element directly, since the figures' edits do not
	// redraw the page.
	c.beforePrint = app.FuncOf(func(app.Value, []app.Value) any {
		today := app.Window().Get("Date").New().Call("toLocaleDateString", "en-US", map[string]any{"year": "numeric", "month": "long", "day": "numeric"}).String()
		if el := app.Window().Get("document").Call("getElementById", "print-context"); el.Truthy() {
			el.Set("textContent", c.s.PrintContext(today))
		}
		return nil
	})
	app.Window().Call("addEventListener", "beforeprint", c.beforePrint)
}

// mounted gives the page what the reader did on the server's page before
// it was live (carry.go), then marks <html> data-mounted: the page is the
// WebAssembly's, whole.
func (c *calculator) mounted(ctx app.Context) {
	layout := false
	if k := c.carried; k != nil && c.s != nil {
		c.carried = nil
		layout = k.restore(func(el app.Value, text string, focused bool) session.Change {
			return c.takeTyped(ctx, el, text, focused)
		})
	}
	if !layout {
		ctx.PreventUpdate()
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-mounted", "")
}

func (c *calculator) OnDismount() {
	if c.popState != nil {
		app.Window().Call("removeEventListener", "popstate", c.popState)
		c.popState.Release()
		c.popState = nil
	}
	if c.beforePrint != nil {
		app.Window().Call("removeEventListener", "beforeprint", c.beforePrint)
		c.beforePrint.Release()
		c.beforePrint = nil
	}
}

// OnNav runs in the browser on the first load and on navigation; an embed
// starts telling its parent its height.
func (c *calculator) OnNav(ctx app.Context) {
	if c.s == nil {
		return
	}
	c.apply(ctx, c.s.Navigate(ctx.Page().URL()))
	if c.s.Embed().On && !c.postingHeight {
		c.postingHeight = true
		postHeight()
	}
	c.attachStore()
}

// OnAppUpdate runs when go-app has downloaded a new version in the
// background: the page offers a reload rather than mixing versions.
func (c *calculator) OnAppUpdate(ctx app.Context) {
	c.updateAvailable = ctx.AppUpdateAvailable()
}

func (c *calculator) onReload(ctx app.Context, e app.Event) { ctx.Reload() }
