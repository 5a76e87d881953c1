//go:build wasm

package main

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// main in the browser: the calculator page, nothing of the server.
func main() {
	// The page's live heap is a few megabytes, and each edit allocates a
	// few hundred kilobytes of views and nodes: at Go's default of 100% a
	// collection, which in WebAssembly has one thread to run on, would land
	// in every few edits' redraw. At 400% it lands in every twentieth or so.
	debug.SetGCPercent(-1)
	routes()
	app.RunWhenOnBrowser()
}
