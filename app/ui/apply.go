package ui

import (
	"time"

	"github.com/hecla-calc/calculator/app/session"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// announceDelay is how long typing must pause before the new figures are
// read out by a screen reader.
const announceDelay = 900 * time.Millisecond

// sampleYield is how long the page gives the browser between two chunks
// of a simulation: a timer's task, so that input is answered between.
const sampleYield = time.Millisecond

// apply applies what one of the session's actions changed, in the handler
// of the event that asked for it (ctx): the page is drawn again by go-app
// only if its own layout changed; the live layer shows every other change.
func (c *calculator) apply(ctx app.Context, ch session.Change) {
	c.follow(ctx, ch)
	if !ch.Layout {
		ctx.PreventUpdate()
	}
}

// follow shows a change's figures at once, and what may wait after them:
// the address bar at go-app's next frame (the figures need not wait for the
// history entry), the analysis panel's charts likewise, once however many
// edits come before it, and the announcement once typing pauses. They wait
// on the page's context; on ctx's, the event's, only before the page has
// one.
func (c *calculator) follow(ctx app.Context, ch session.Change) {
	if ch.Figures {
		c.live.Update(c.s.View())
	}
	page := c.ctx
	if page.Src() == nil {
		page = ctx
	}
	if ch.Address != session.None {
		query, push := ch.Query, ch.Address == session.Push
		page.Defer(func(ctx app.Context) { showAddress(ctx, query, push) })
	}
	if ch.Analysis {
		page.Defer(func(ctx app.Context) { c.follow(ctx, c.s.UpdateAnalysis()) })
	}
	if gen := ch.Sample; gen != 0 {
		// A timer's task per chunk: the browser answers between them.
		page.After(sampleYield, func(ctx app.Context) {
			c.follow(ctx, c.s.SampleStep(gen))
			ctx.PreventUpdate()
		})
	}
	if n := ch.Announce; n != 0 {
		page.After(announceDelay, func(ctx app.Context) {
			c.follow(ctx, c.s.Announce(n))
			ctx.PreventUpdate()
		})
	}
}

// showAddress puts query in the address bar: in a new history entry if
// push, so that Back returns to the scenario before it, past go-app's
// navigation, which would lay the page out anew for it.
func showAddress(ctx app.Context, query string, push bool) {
	u := *ctx.Page().URL()
	if u.RawQuery == query {
		return
	}
	u.RawQuery = query
	if push {
		app.Window().Get("history").Call("pushState", nil, "", u.String())
		return
	}
	ctx.Page().ReplaceURL(&u)
}
