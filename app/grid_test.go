//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// -grid's output as golden files. Net income by Lucky Friday's ore and
// grade, from the release's levers to docs/model.md's second worked example
// (100,000 tons at 12.00 oz/ton: net income $10,812,314), with an unknown
// part of the query noticed; and Lucky Friday's cash cost by its grade, null
// where it produces nothing.
func TestGridPrintsTheGoldenFiles(t *testing.T) {
	m := fixture.Model(t)
	for _, c := range []struct {
		name, query string
		args        gridArgs
		cell        [2]int // a cell to check, and its figure to the dollar
		want        string
	}{
		{"grid", "copper=3", gridArgs{"lucky-friday.tons=84848:100000:2", "lucky-friday.grade=10.95:12:2", "company.net-income"}, [2]int{1, 1}, "10812314"},
		{"grid-absent", "", gridArgs{"lucky-friday.grade=0:12:4", "silver=10:20:2", "lucky-friday.total-cash-cost-per-oz"}, [2]int{0, 0}, "null"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := writeGrid(&out, m, c.query, c.args); err != nil {
				t.Fatal(err)
			}
			var g struct{ Cells [][]*string }
			if err := json.Unmarshal(out.Bytes(), &g); err != nil {
				t.Fatal(err)
			}
			got := "null"
			if v := g.Cells[c.cell[0]][c.cell[1]]; v != nil {
				got = decimal.RequireFromString(*v).Round(0).String()
			}
			if got != c.want {
				t.Errorf("cells[%d][%d] = %s, want %s", c.cell[0], c.cell[1], got, c.want)
			}
			checkGolden(t, c.name, out.Bytes(), "TestGridPrintsTheGoldenFiles")
		})
	}
}

// Bad input is refused with a message that names the flag, never a panic.
func TestGridRefusesBadFlags(t *testing.T) {
	m := fixture.Model(t)
	const x, y, output = "silver=10:20:5", "zinc=1:2:3", "company.net-income"
	for _, c := range []struct {
		name string
		args gridArgs
		want string
	}{
		{"unknown lever", gridArgs{"copper=1:2:3", y, output}, `-x: "copper" is not a lever`},
		{"unknown output", gridArgs{x, y, "company.revenue"}, `-output: "company.revenue" is not an output`},
		{"no output", gridArgs{x, y, ""}, "-output: name the output"},
		{"N below 2", gridArgs{"silver=10:20:1", y, output}, "-x: N: between 2 and 25 values, not 1"},
		{"N over 25", gridArgs{x, "zinc=1:2:26", output}, "-y: N: between 2 and 25 values, not 26"},
		{"N not a number", gridArgs{x, "zinc=1:2:three", output}, `-y: N: "three" is not a whole number`},
		{"no =", gridArgs{"silver", y, output}, `-x: "silver" is not KEY=FROM:TO:N`},
		{"two parts", gridArgs{"silver=10:20", y, output}, `-x: "silver=10:20" is not KEY=FROM:TO:N`},
		{"four parts", gridArgs{x, "zinc=1:2:3:4", output}, `-y: "zinc=1:2:3:4" is not KEY=FROM:TO:N`},
		{"no axis", gridArgs{"", y, output}, `-x: "" is not KEY=FROM:TO:N`},
		{"FROM not a number", gridArgs{"silver=ten:20:5", y, output}, "-x: FROM: Silver price: enter a price"},
		{"TO out of the domain", gridArgs{x, "lucky-friday.recovery=90:101:3", output}, "-y: TO: Lucky Friday recovery cannot be above 100%"},
		{"FROM negative", gridArgs{"silver=-1:20:5", y, output}, "-x: FROM: Silver price cannot be negative"},
		{"one lever twice", gridArgs{x, "silver=1:2:3", output}, "-y: silver is x's lever already"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			err := writeGrid(&out, m, "", c.args)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) || out.Len() > 0 {
				t.Errorf("-grid %+v: %v, printed %q; want an error starting %q and nothing printed", c.args, err, out.String(), c.want)
			}
		})
	}
}
