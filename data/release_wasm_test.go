//go:build wasm

package data

import _ "embed"

// Under WebAssembly Load does not read release.json, so the package embeds it
// only for the tests that do (natively load_other.go embeds it for Load).
//
//go:embed release.json
var releaseJSON []byte
