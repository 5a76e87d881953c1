package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// routes registers the pages, for the browser and the server alike: the
// server pre-renders the same components the browser runs.
func routes() {
	app.Route("/", app.NewZeroComponentFactory(&calculator{}))
	app.Route("/embed", app.NewZeroComponentFactory(&calculator{}))
}
