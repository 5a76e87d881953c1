//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/golden"
)

var update = flag.Bool("update", false, "rewrite app/testdata's golden files from the engine")

// -bridge's whole output as a golden file: a change to any part, or to the
// order of outputs or parts, shows up as a diff to review.
func TestBridgePrintsTheGoldenFile(t *testing.T) {
	var out bytes.Buffer
	if err := writeBridge(&out, fixture.Model(t)); err != nil {
		t.Fatal(err)
	}
	var parsed map[string]struct {
		From, To string
		Parts    map[string]string
	}
	if err := json.Unmarshal(out.Bytes(), &parsed); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	if lf := parsed["lucky-friday.total-cash-cost-per-oz"]; lf.From != "5.309576382596" || lf.To != "1.770891888752" {
		t.Errorf("Lucky Friday's total cash cost from %q to %q, want 5.309576382596 to 1.770891888752", lf.From, lf.To)
	}
	// TestMain runs the package's tests from the repository's root.
	path := filepath.Join("app", "testdata", "bridge.golden")
	want := golden.Read(t, path, out.Bytes(), *update, "go test ./app -run TestBridge -update")
	if out.String() != want {
		t.Errorf("-bridge differs from %s:\ngot:\n%s\nwant:\n%s", path, out.String(), want)
	}
}
