package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// echo is the whole floor app: one text field, echoed into an <output> on
// every input event. Like the calculator, it takes its state from the URL
// (?v=...), on the server before pre-rendering (OnPreRender) and in the
// browser on navigation (OnNav), so the pre-rendered HTML already holds the
// echo.
type echo struct {
	app.Compo
	text string
}

// initialText is what the field and the output hold without ?v=.
const initialText = "13.31"

func (e *echo) OnInit()                     { e.text = initialText }
func (e *echo) OnPreRender(ctx app.Context) { e.fromURL(ctx.Page().URL()) }
func (e *echo) OnNav(ctx app.Context)       { e.fromURL(ctx.Page().URL()) }

func (e *echo) fromURL(u *url.URL) {
	if v := u.Query().Get("v"); v != "" {
		e.text = v
	}
}

func (e *echo) onInput(ctx app.Context, _ app.Event) {
	e.text = ctx.JSSrc().Get("value").String()
}

func (e *echo) Render() app.UI {
	return app.Main().Body(
		app.Label().For("v").Text("Value"),
		app.Input().Type("text").ID("v").Name("v").Value(e.text).OnInput(e.onInput),
		app.Output().For("v").Text(e.text),
	)
}

// routes registers the page, for the browser and the server alike.
func routes() {
	app.Route("/", app.NewZeroComponentFactory(&echo{}))
}
