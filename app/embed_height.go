package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

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
