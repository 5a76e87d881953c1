package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// skipLinks are the page's first tab stops, in sight only when focused:
// to the metal prices' first field, and to the company's and segments'
// results, past the header's controls, the levers and their tables. Each
// is a plain link to an element's id, so it works on the server's page
// before WebAssembly runs (the browser focuses a focusable target); once it
// runs, the page's click handler focuses the target itself (skipTo): go-app
// would take the link for a navigation and read the scenario anew.
func skipLinks() app.UI {
	return app.Elem("div").Class("skip-links").Body(
		skipLink(idsOf("silver").field, "Skip to the levers"),
		skipLink(resultsID, "Skip to the results"),
	)
}

// resultsID is the results' heading, focusable (tabindex -1) for the skip
// link to move the focus to it.
const resultsID = "totals-h"

func skipLink(id, text string) app.UI {
	return app.Elem("a").Attr("href", "#"+id).DataSet("skip", id).Text(text)
}

// skipTo follows skip link a: the focus moves to its target, past go-app's
// click handler on the window.
func skipTo(e app.Event, a app.Value) {
	e.PreventDefault()
	e.Call("stopPropagation")
	if el := app.Window().Get("document").Call("getElementById", a.Get("dataset").Get("skip").String()); el.Truthy() {
		el.Call("focus")
	}
}
