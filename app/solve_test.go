//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/golden"
	"github.com/shopspring/decimal"
)

// checkGolden compares a command's output with its golden file, rewritten
// with -update.
func checkGolden(t *testing.T, name string, out []byte, test string) {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	// TestMain runs the package's tests from the repository's root.
	path := filepath.Join("app", "testdata", name+".golden")
	if want := golden.Read(t, path, out, *update, "go test ./app -run "+test+" -update"); string(out) != want {
		t.Errorf("differs from %s:\n%s", path, out)
	}
}

// -solve's three verdicts as golden files: La Camorra's grade that meets
// the gold cash-cost guidance; net income of $20 million, beyond other
// operating expenses' reach (the query's unknown part noticed); the gold
// cash cost, which the silver price does not move.
func TestSolvePrintsTheGoldenFiles(t *testing.T) {
	m := fixture.Model(t)
	for _, c := range []struct {
		name, query string
		args        solveArgs
		status      string
		key         string // a figure to check, rounded to places
		places      int32
		want        string
	}{
		{"solve-solved", "", solveArgs{"la-camorra.grade", "fy2007.gold.total-cash-cost-per-oz", "440"}, "solved", "value", 4, "0.6557"},
		{"solve-unreachable", "copper=3", solveArgs{"opex", "company.net-income", "20,000,000"}, "unreachable", "closest", 0, "0"},
		{"solve-not-affected", "silver=14", solveArgs{"silver", "fy2007.gold.total-cash-cost-per-oz", "440"}, "not-affected", "achieved", 0, "475"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := writeSolve(&out, m, c.query, c.args); err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			if v, ok := got[c.key].(string); got["status"] != c.status || !ok ||
				decimal.RequireFromString(v).Round(c.places).String() != c.want {
				t.Errorf("-solve %q %+v: want status %s and %s %s:\n%s", c.query, c.args, c.status, c.key, c.want, out.String())
			}
			checkGolden(t, c.name, out.Bytes(), "TestSolvePrintsTheGoldenFiles")
		})
	}
}

// Bad input is refused with a message that names the flag, never a panic.
func TestSolveRefusesBadFlags(t *testing.T) {
	m := fixture.Model(t)
	ok := solveArgs{"silver", "company.net-income", "20000000"}
	for _, c := range []struct {
		name string
		args solveArgs
		want string
	}{
		{"unknown lever", solveArgs{"copper", ok.output, ok.target}, `-lever: "copper" is not a lever`},
		{"no lever", solveArgs{"", ok.output, ok.target}, `-lever: "" is not a lever`},
		{"unknown output", solveArgs{ok.lever, "company.revenue", ok.target}, `-output: "company.revenue" is not an output`},
		{"no output", solveArgs{ok.lever, "", ok.target}, "-output: name the output"},
		{"target not a number", solveArgs{ok.lever, ok.output, "twenty million"}, "-target: enter a number"},
		{"no target", solveArgs{ok.lever, ok.output, ""}, "-target: enter a number"},
		{"target with an exponent", solveArgs{ok.lever, ok.output, "2e7"}, "-target: enter a number"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			err := writeSolve(&out, m, "", c.args)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) || out.Len() > 0 {
				t.Errorf("-solve %+v: %v, printed %q; want an error starting %q and nothing printed", c.args, err, out.String(), c.want)
			}
		})
	}
}
