//go:build wasm

package data

// Load returns the release compiled into this package. In the browser it
// builds the release from generatedRelease (release_gen.go), which is
// release.json already decoded, so start-up runs no JSON decoder and app.wasm
// carries no copy of the file; build applies every rule Parse does.
func Load() (*Release, error) { return build(generatedRelease) }
