package calc_test

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files from the engine")

// The baseline of each period, every output of the contract, as a golden file:
// a change to any figure shows up as a diff to review.
func TestGoldenBaseline(t *testing.T) {
	m := fixture.Model(t)
	for _, p := range m.Periods() {
		var b strings.Builder
		for _, metric := range p.Outputs(calc.Scenario{Period: p.ID}, p.Baseline) {
			v := "n/a"
			if metric.Value.Valid {
				v = metric.Value.Decimal.String()
			}
			b.WriteString(metric.Name + "\t" + v + "\n")
		}
		path := filepath.Join("testdata", "baseline-"+string(p.ID)+".golden")
		want := golden.Read(t, path, []byte(b.String()), *update, "go test ./calc -update")
		if b.String() != want {
			t.Errorf("%s baseline differs from %s:\ngot:\n%s\nwant:\n%s", p.ID, path, b.String(), want)
		}
	}
}
