//go:build !wasm

package ui

// exceptionName outside the browser: nothing there throws JavaScript.
func exceptionName(any) string { return "" }
