//go:build wasm

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// main in the browser: the echo page, nothing of the server.
func main() {
	routes()
	app.RunWhenOnBrowser()
}
