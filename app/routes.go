package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// routes registers the pages, for the browser and the server alike: the
// server pre-renders the same components the browser runs. A static host
// serves the same pages as the files the static site holds (index.html,
// embed.html), and go-app routes the address the browser shows, so those
// paths are the calculator too, not go-app's "Not found".
func routes() {
	for _, path := range []string{"/", "/index.html", "/embed", "/embed.html"} {
		app.Route(path, app.NewZeroComponentFactory(&calculator{}))
	}
}
