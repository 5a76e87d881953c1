package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Pages are the app's pages: the calculator and its embed view. main hands
// them to the server (server.Config.Pages), which knows no page of its own.
var Pages = []string{"/", "/embed"}

// Route registers the pages, for the browser and the server alike: the
// server pre-renders the same components the browser runs. A static host
// serves the same pages as the files the static site holds (index.html,
// embed.html), and go-app routes the address the browser shows, so in the
// browser those paths are the calculator too, not go-app's "Not found".
// (Only there: the server, and the static site it writes, know the pages
// by their paths alone.)
func Route() {
	paths := Pages
	if app.IsClient {
		paths = append(paths[:len(paths):len(paths)], "/index.html", "/embed.html")
	}
	for _, p := range paths {
		app.Route(p, app.NewZeroComponentFactory(&calculator{}))
	}
}
