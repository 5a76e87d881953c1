// Package view is the page's view model: from the engine's result for a
// scenario (calc) and the release (data) to everything the page shows,
// formatted, so that the page's components only lay it out. A Page holds
// each figure with its release cell (the figure as printed, or the model's,
// marked) and its change, each lever with the text in its field, the other
// methods' and a pinned comparison's cells, and the analysis panel's data;
// the package also keeps saved scenarios, their import and the CSV export.
//
// It imports calc, data, decimal and the standard library only (no go-app,
// no syscall/js: imports_test.go), so it is tested like the engine, natively
// and compiled to WebAssembly. Money and counts are formatted here, once,
// as the release prints them (format.go).
package view
