package server

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestNotInWasm: app.wasm (package main built for js/wasm) does not link
// this package, which is the server's alone; go list sees the same imports
// the build does, tags included.
func TestNotInWasm(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "..")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/maxence-charriere/go-app/v10/pkg/app") {
		t.Fatalf("go list -deps of app for js/wasm lacks go-app: %q", deps)
	}
	if slices.Contains(deps, "github.com/hecla-calc/calculator/app/server") {
		t.Error("app.wasm links github.com/hecla-calc/calculator/app/server")
	}
}
