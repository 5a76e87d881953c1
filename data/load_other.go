//go:build !wasm

package data

import _ "embed"

//go:embed release.json
var releaseJSON []byte

// Load returns the release embedded in this package. The server, -eval and
// -verify read release.json itself, so that what they print never rests on
// the generated copy the browser uses (load_wasm.go).
func Load() (*Release, error) { return Parse(releaseJSON) }
