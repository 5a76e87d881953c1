package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
func Route() { route(app.NewZeroComponentFactory(&calculator{})) }

func route(page func() app.Composer) {
	paths := Pages
	if app.IsClient {
		paths = append(paths[:len(paths):len(paths)], "/index.html", "/embed.html")
	}
	for _, p := range paths {
		app.Route(p, page)
	}
}

// Start runs the page in the browser. Its data, model and view are made
// before go-app starts, with the main thread given back to the browser
// between those steps: start-up is tasks a tap need not wait long for, not
// one long task. go-app's first page is the calculator made so, which
// carries what the reader did on the server's page, read in the same task
// as go-app's first render replaces it (carry.go); a page mounted later
// (a navigation) makes its own.
func Start() {
	yield() // after Go's own start-up, a task of its own
	first := &calculator{}
	first.load(yield)
	route(func() app.Composer {
		if c := first; c != nil {
			first = nil
			return c
		}
		return &calculator{}
	})
	yield()
	if first.s != nil {
		first.carried = readCarried()
	}
	app.RunWhenOnBrowser()
}

// yield gives the main thread back to the browser until a timer's task:
// with every goroutine asleep, Go's WebAssembly scheduler returns to the
// event loop.
func yield() { time.Sleep(time.Millisecond) }
