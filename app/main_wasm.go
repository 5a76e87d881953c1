//go:build wasm

package main

import (
	"github.com/hecla-calc/calculator/app/ui"
	"runtime/debug"
)

// main in the browser: the calculator page, nothing of the server.
func main() {
	// Each edit allocates its figures and text anew, a good part of the
	// page's live heap: at Go's default of 100% a collection, which in
	// WebAssembly has one thread to run on and stops the edit it lands in,
	// would come every few edits. At 400% it comes a quarter as often, for
	// a larger heap.
	debug.SetGCPercent(400)
	ui.Start()
}
