package ui

import (
	"net/url"

	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// calculator is the page: go-app's glue around the page's state, the
// session (app/session). Its handlers read the event, call the session,
// and apply the Change it returns (apply.go); Render (page.go) only lays
// out what the session holds.
type calculator struct {
	app.Compo

	s       *session.Session
	loadErr string
	// live keeps the view on screen: every figure, lever, cell and chart
	// of the view, written where it changed whenever the session says the
	// figures changed (app/live).
	live *live.Registry
	// ctx is the page's own context, from its mount: what follows a
	// change later (the address, the charts, the announcement) runs on
	// it, not on the element that fired, which the change may remove.
	ctx app.Context

	popState    app.Func
	beforePrint app.Func
	// updateAvailable is set when go-app has fetched a new version.
	updateAvailable bool
	postingHeight   bool

	// carried is what the reader did on the server's page before the
	// first page went live, for it to take (carry.go).
	carried *carried
}

func (c *calculator) OnInit() {
	if c.s != nil {
		return // already initialized (Start, or a test, made it before mounting it)
	}
	c.load(func() {})
}

// load makes the page: its data, model and session. pause is called
// between those steps: in the browser, Start gives the main thread back
// there.
func (c *calculator) load(pause func()) {
	rel, err := data.Load()
	var m *calc.Model
	if err == nil {
		pause()
		m, err = rel.Model()
	}
	if err != nil {
		c.loadErr = err.Error()
		if app.IsClient {
			watchForUpdates() // a new version may load
		}
		return
	}
	c.s = session.New(rel, m)
	c.live = live.New(c.kinds()...)
	if !app.IsClient {
		// The first render, before the URL is read (OnPreRender), lays
		// out every lever and figure already: the page never flashes empty.
		c.s.FromURL(&url.URL{Path: "/"})
		c.live.Update(c.s.View())
		return
	}
	pause()
	// In the browser the address is known before the first render, so the
	// page mounts as its URL has it and the first OnNav finds nothing to
	// redraw: start-up renders and compares the whole page once, not twice.
	c.s.FromURL(app.Window().URL())
	c.live.Update(c.s.View())
	c.attachStore()
}

// OnPreRender runs on the server, so the HTML already holds the figures of
// the URL's scenario, and the assumptions for readers without JavaScript.
func (c *calculator) OnPreRender(ctx app.Context) {
	if c.s == nil {
		return
	}
	c.s.FromURL(ctx.Page().URL())
	c.s.OpenAssumptions()
	c.live.Update(c.s.View())
}

// attachStore gives the page the browser's storage and its saved
// scenarios, unless the session keeps none (an embed).
func (c *calculator) attachStore() {
	if c.s.UseStore(browserKV{}) {
		watchForUpdates()
	}
}

func (c *calculator) onAssumptionsToggle(ctx app.Context, e app.Event) {
	if !ctx.JSSrc().Get("open").Bool() {
		ctx.PreventUpdate()
		return
	}
	c.apply(ctx, c.s.OpenAssumptions())
}
