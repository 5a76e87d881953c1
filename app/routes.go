package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// pages are the app's pages: the calculator and its embed view.
var pages = []string{"/", "/embed"}

// routes registers the pages, for the browser and the server alike: the
// server pre-renders the same components the browser runs.
func routes() {
	for _, p := range pages {
		app.Route(p, app.NewZeroComponentFactory(&calculator{}))
	}
}
