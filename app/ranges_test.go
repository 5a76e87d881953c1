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

const rangesQuery = "range.silver=11:16&range.zinc=1.2:1.8&silver=13.5&zinc=1.5"

// -ranges' whole output for one scenario, 500 samples, seed 7, as a golden
// file: a change to any figure, name or order shows up as a diff.
func TestRangesPrintsTheGoldenFile(t *testing.T) {
	var out bytes.Buffer
	if err := writeRanges(&out, fixture.Model(t), rangesQuery, 500, 7); err != nil {
		t.Fatal(err)
	}
	// TestMain runs the package's tests from the repository's root.
	path := filepath.Join("app", "testdata", "ranges-scenario.golden")
	if want := golden.Read(t, path, out.Bytes(), *update, "go test ./app -run TestRangesPrintsTheGoldenFile -update"); out.String() != want {
		t.Errorf("-ranges %q differs from %s:\n%s", rangesQuery, path, out.String())
	}
}

// The object's parts: every output -eval prints, in its order, each with
// its four figures as the engine's simulation has them; the estimates by
// outlook output; the notices as -eval prints them.
func TestRangesPrintsTheContract(t *testing.T) {
	m := fixture.Model(t)
	var out bytes.Buffer
	if err := writeRanges(&out, m, rangesQuery+"&copper=3", 100, 3); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Samples  int
		Seed     uint64
		Outputs  map[string]map[string]*string
		Guidance map[string]struct{ Probability string }
		Notices  []jsonNotice
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	if got.Samples != 100 || got.Seed != 3 {
		t.Errorf("samples %d, seed %d; want 100, 3", got.Samples, got.Seed)
	}
	dec := json.NewDecoder(strings.NewReader(out.String()[strings.Index(out.String(), `"outputs": {`)+len(`"outputs": `):]))
	dec.Token()
	var names []string
	for dec.More() {
		k, _ := dec.Token()
		names = append(names, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	if strings.Join(names, " ") != strings.Join(calc.OutputNames(), " ") {
		t.Errorf("outputs\n%v\nwant -eval's\n%v", names, calc.OutputNames())
	}
	s, _ := m.Decode(rangesQuery, nil)
	sim, _ := m.Simulate(s, 100, 3)
	for _, o := range sim.Outputs {
		for key, want := range map[string]string{"p10": o.P10.Decimal.String(), "p50": o.P50.Decimal.String(), "p90": o.P90.Decimal.String(), "mean": o.Mean.Decimal.String()} {
			v, ok := got.Outputs[o.Name][key]
			if !ok || (v == nil) != !o.P50.Valid || (v != nil && *v != want) {
				t.Errorf("%s %s: %v, the simulation's %s (valid %v)", o.Name, key, v, want, o.P50.Valid)
			}
		}
	}
	if got.Outputs["greens-creek.break-even-price"]["p50"] != nil {
		t.Errorf("Greens Creek has no break-even price: its figures must be null")
	}
	for _, g := range sim.Guidance {
		if p := got.Guidance[g.Output].Probability; p != g.Probability.String() {
			t.Errorf("%s: probability %q, the simulation's %s", g.Output, p, g.Probability)
		}
	}
	if len(got.Guidance) != 7 || len(got.Notices) != 1 || got.Notices[0].Key != "copper" {
		t.Errorf("%d estimates (want 7), notices %+v (want one, on copper)", len(got.Guidance), got.Notices)
	}
}

// Bad -samples and -seed are refused with an error that names the flag,
// the text and the rule.
func TestRangesRefusesBadFlags(t *testing.T) {
	for _, c := range []struct{ samples, seed, want string }{
		{"0", "1", `-samples: "0" is not a number of samples from 1 to 100000`},
		{"100001", "1", `-samples: "100001" is not a number of samples from 1 to 100000`},
		{"-5", "1", `-samples: "-5" is not a number of samples from 1 to 100000`},
		{"abc", "1", `-samples: "abc" is not a number of samples from 1 to 100000`},
		{"2000", "-1", `-seed: "-1" is not a non-negative integer (0 to 18446744073709551615)`},
		{"2000", "1.5", `-seed: "1.5" is not a non-negative integer (0 to 18446744073709551615)`},
		{"2000", "abc", `-seed: "abc" is not a non-negative integer (0 to 18446744073709551615)`},
		{"2000", "18446744073709551616", `-seed: "18446744073709551616" is not a non-negative integer (0 to 18446744073709551615)`},
	} {
		t.Run("samples "+c.samples+" seed "+c.seed, func(t *testing.T) {
			_, _, err := rangeFlags(c.samples, c.seed)
			t.Logf("got %v", err)
			if err == nil || err.Error() != c.want {
				t.Errorf("got %v, want %s", err, c.want)
			}
		})
	}
	for _, c := range []struct {
		samples, seed string
		n             int
		s             uint64
	}{{"1", "0", 1, 0}, {"100000", "18446744073709551615", 100000, 1<<64 - 1}, {"2000", "1", 2000, 1}} {
		if n, s, err := rangeFlags(c.samples, c.seed); err != nil || n != c.n || s != c.s {
			t.Errorf("rangeFlags(%s, %s) = %d, %d, %v; want %d, %d", c.samples, c.seed, n, s, err, c.n, c.s)
		}
	}
	// -samples or -seed without -ranges: TestCommandFlagsGoWithTheirCommand.
}
