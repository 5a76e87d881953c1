//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/golden"
)

func TestEvalPrintsTheContract(t *testing.T) {
	m := fixture.Model(t)
	var out bytes.Buffer
	if err := writeEval(&out, m, "silver=20&lucky-friday.tons=90000&copper=3"); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	// Keys in the engine's order, then the notices.
	dec := json.NewDecoder(bytes.NewReader(out.Bytes()))
	var keys []string
	dec.Token()
	for dec.More() {
		k, _ := dec.Token()
		keys = append(keys, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	want := append(calc.OutputNames(), "notices")
	if strings.Join(keys, " ") != strings.Join(want, " ") {
		t.Fatalf("keys\n%v\nwant\n%v", keys, want)
	}
	s, _ := m.Decode("silver=20&lucky-friday.tons=90000", nil)
	r, _ := m.Evaluate(s)
	p, _ := m.Period(r.Period)
	for _, metric := range p.Outputs(s, r) {
		switch v := got[metric.Name].(type) {
		case nil:
			if metric.Value.Valid {
				t.Errorf("%s: null, engine has %s", metric.Name, metric.Value.Decimal)
			}
		case string:
			if !metric.Value.Valid || v != metric.Value.Decimal.String() {
				t.Errorf("%s: %q, engine has %v", metric.Name, v, metric.Value)
			}
		default:
			t.Errorf("%s: %T, want a decimal string or null", metric.Name, v)
		}
	}
	if got["sensitivity.silver.company.gross-profit"] == nil || got["fy2007.company.silver-produced"] == nil {
		t.Errorf("the investor views are missing from 2007's outputs")
	}
	if got["greens-creek.break-even-price"] != nil {
		t.Errorf("Greens Creek is profitable at any silver price: its break-even must be null")
	}
	notices, _ := got["notices"].([]any)
	if len(notices) != 1 || !strings.Contains(out.String(), `"key":"copper"`) {
		t.Errorf("notices %v, want one for copper", notices)
	}
}

// -eval's whole output, at the release's levers of each quarter and for a
// scenario, as golden files: a change to any output, its name or its
// order, the investor views' included, shows up as a diff to review.
func TestEvalPrintsTheGoldenFiles(t *testing.T) {
	m := fixture.Model(t)
	for name, query := range map[string]string{
		"eval-2007q1":   "",
		"eval-2006q1":   "period=2006q1",
		"eval-scenario": "silver=20&lucky-friday.tons=90000&la-camorra.grade=0.8",
		// The year's levers: a price path, the plans, a share price; the tax
		// rate and shares with a price; and in the quarter with no outlook.
		"eval-year-path": "q2.silver=15&q3.silver=16&q4.silver=17&q3.zinc=1.2&fy2007.exploration=30000000&fy2007.hollister-gain=0&share-price=9.5",
		"eval-year-tax":  "silver=20&q4.gold=800&tax-rate=35&shares=125000000&share-price=12&lucky-friday.tons=70000",
		"eval-year-2006": "period=2006q1&tax-rate=20&shares=100000000",
	} {
		var out bytes.Buffer
		if err := writeEval(&out, m, query); err != nil {
			t.Fatal(err)
		}
		// TestMain runs the package's tests from the repository's root.
		path := filepath.Join("app", "testdata", name+".golden")
		if want := golden.Read(t, path, out.Bytes(), *update, "go test ./app -run TestEvalPrintsTheGoldenFiles -update"); out.String() != want {
			t.Errorf("-eval %q differs from %s:\n%s", query, path, out.String())
		}
	}
}
