//go:build wasm

package main

import (
	"github.com/hecla-calc/calculator/app/ui"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// main in the browser: the calculator page, nothing of the server.
func main() {
	// The page's live heap is a few megabytes, and each edit allocates a
	// few hundred kilobytes of figures and text: at Go's default of 100% a
	// collection, which in WebAssembly has one thread to run on and stops
	// the edit it lands in, would come every few edits. At 400% it comes
	// four times less often, for a heap a few megabytes larger.
	debug.SetGCPercent(400)
	ui.Route()
	app.RunWhenOnBrowser()
}
