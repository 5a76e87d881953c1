//go:build !wasm

package main

// exceptionName outside the browser: nothing there throws JavaScript.
func exceptionName(any) string { return "" }
