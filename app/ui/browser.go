package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Browser-only hooks, called from OnNav.

// postHeight tells the parent window the embed's content height now and
// whenever it changes (a ResizeObserver on the root element). The message
// carries nothing but a height, so it goes to any parent: "*".
func postHeight() {
	win := app.Window()
	parent := win.Get("parent")
	if !parent.Truthy() || !win.Get("ResizeObserver").Truthy() {
		return
	}
	// The body, not the root: the root is at least as tall as the iframe,
	// so its height could grow and never shrink again.
	root := win.Get("document").Get("body")
	send := func() {
		msg := map[string]any{"type": heightMessage, "height": root.Get("offsetHeight").Int()}
		parent.Call("postMessage", msg, "*")
	}
	observer := win.Get("ResizeObserver").New(app.FuncOf(func(this app.Value, args []app.Value) any {
		send()
		return nil
	}))
	observer.Call("observe", root)
	send()
}

// watchForUpdates asks go-app to look for a new version whenever the tab
// comes back into view: browsers do not re-check an open app by themselves,
// and an investor may leave the calculator open for days. A new version
// found this way raises OnAppUpdate, and so the banner.
func watchForUpdates() {
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(this app.Value, args []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			app.TryUpdate()
		}
		return nil
	}))
}
