package ui

import (
	"net/url"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OnMount follows Back and Forward: the scenario's history entries (one per
// discrete change, changed) are pushed by the page itself, past go-app's
// navigation, which would not see a return to the address it first
// loaded.
func (c *calculator) OnMount(ctx app.Context) {
	c.mountLater(ctx)
	if c.live == nil {
		return // the data did not load: the page says so, and has nothing live
	}
	c.live.Page(ctx)
	c.adoptKept()
	c.popState = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			if u := app.Window().URL(); u.String() != c.shownURL {
				c.editing = false
				c.fromURL(u)
				return
			}
			ctx.PreventUpdate() // go-app's OnNav has followed it
		})
		return nil
	})
	app.Window().Call("addEventListener", "popstate", c.popState)
	// The printed page says what it shows, as of the moment it is printed:
	// written into its element directly, since the figures' edits do not
	// redraw the page.
	c.beforePrint = app.FuncOf(func(app.Value, []app.Value) any {
		today := app.Window().Get("Date").New().Call("toLocaleDateString", "en-US", map[string]any{"year": "numeric", "month": "long", "day": "numeric"}).String()
		if el := app.Window().Get("document").Call("getElementById", "print-context"); el.Truthy() {
			el.Set("textContent", view.PrintContext(c.period, c.scenario, today))
		}
		return nil
	})
	app.Window().Call("addEventListener", "beforeprint", c.beforePrint)
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
	if u := ctx.Page().URL(); u.String() == c.shownURL {
		ctx.PreventUpdate() // the page already shows this address
	} else {
		c.fromURL(u)
	}
	if c.embed.on && !c.postingHeight {
		c.postingHeight = true
		postHeight()
	}
	c.attachStore()
}

// attachStore gives the page the browser's storage and its saved scenarios.
// An embed keeps none: its storage belongs to the host page's site, and it
// must work with none.
func (c *calculator) attachStore() {
	if !c.embed.on && c.store == nil {
		c.store = browserKV{}
		c.reloadSaved()
		watchForUpdates()
	}
}

func (c *calculator) fromURL(u *url.URL) {
	if c.model == nil {
		return
	}
	s, notices := c.model.Decode(u.RawQuery, view.IsUIKey)
	var embedNotices []calc.Notice
	c.embed, embedNotices = parseEmbed(u)
	c.uiQuery = view.UIPart(u.RawQuery)
	c.shownURL = u.String()
	c.notices = calc.JoinNotices(notices, embedNotices)
	c.announce = "" // the live region reads this address's figures
	c.apply(s)
}

// OnAppUpdate runs when go-app has downloaded a new version in the
// background: the page offers a reload rather than mixing versions.
func (c *calculator) OnAppUpdate(ctx app.Context) {
	c.updateAvailable = ctx.AppUpdateAvailable()
}

func (c *calculator) onReload(ctx app.Context, e app.Event) { ctx.Reload() }
