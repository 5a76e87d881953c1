//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// The year's levers on the command line. -solve: the third quarter's
// silver price at which the year's EPS is $0.75, $17.9993; refused in
// 2006q1, which has no outlook, naming the flag; an unknown lever's message
// lists the year's levers too.
func TestSolveByAYearLever(t *testing.T) {
	m := fixture.Model(t)
	var out bytes.Buffer
	if err := writeSolve(&out, m, "", solveArgs{"q3.silver", "fy2007.company.eps", "0.75"}); err != nil {
		t.Fatal(err)
	}
	var got struct{ Status, Value string }
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Status != "solved" ||
		decimal.RequireFromString(got.Value).Round(4).String() != "17.9993" {
		t.Errorf("-solve by q3.silver: %v\n%s", err, out.String())
	}
	for _, c := range []struct {
		query string
		args  solveArgs
		want  string
	}{
		{"period=2006q1", solveArgs{"q3.silver", "company.eps", "0.2"}, "-lever: q3.silver belongs to 2007q1's outlook; 2006q1 has none"},
		{"", solveArgs{"copper", "company.eps", "0.2"}, "q4.zinc, fy2007.exploration, fy2007.hollister-gain, tax-rate, shares, share-price"},
	} {
		out.Reset()
		err := writeSolve(&out, m, c.query, c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) || out.Len() > 0 {
			t.Errorf("-solve %q %+v: %v; want refused with %q", c.query, c.args, err, c.want)
		}
	}
}

// -grid of the third quarter's silver and zinc on the year's cash: the
// centre cell, at the quarter's own prices, is the year's cash the scenario
// has with the later quarters following them, $176,154,744.29 as -eval
// prints it; a higher Q3 price of either metal is more cash.
func TestGridOfYearLevers(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	zinc := p.BaselineLever(calc.PriceLever(calc.Zinc))
	step := decimal.New(1, -1)
	y := "q3.zinc=" + zinc.Sub(step).String() + ":" + zinc.Add(step).String() + ":3"
	var out bytes.Buffer
	if err := writeGrid(&out, m, "", gridArgs{"q3.silver=12.31:14.31:3", y, "fy2007.company.cash"}); err != nil {
		t.Fatal(err)
	}
	var g struct{ Cells [][]string }
	if err := json.Unmarshal(out.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	s, _ := m.Decode("", nil)
	var want decimal.Decimal
	for _, o := range p.Outputs(s, p.Evaluate(s)) {
		if o.Name == "fy2007.company.cash" {
			want = o.Value.Decimal
		}
	}
	centre := decimal.RequireFromString(g.Cells[1][1])
	if !centre.Equal(want) || want.Round(2).String() != "176154744.29" {
		t.Errorf("the centre cell %s, the scenario's year's cash %s (want 176154744.29)\n%s", centre, want, out.String())
	}
	for _, c := range [][2][2]int{{{1, 1}, {1, 2}}, {{1, 1}, {2, 1}}} {
		lo, hi := decimal.RequireFromString(g.Cells[c[0][0]][c[0][1]]), decimal.RequireFromString(g.Cells[c[1][0]][c[1][1]])
		if !hi.GreaterThan(lo) {
			t.Errorf("cells %v %s, %v %s: a higher price, no more cash", c[0], lo, c[1], hi)
		}
	}
}

// -ranges with the third quarter's silver set at the quarter's $13.31 and
// ranged $10 to $16: the year's EPS spreads, P10 $0.6805 < P50 $0.6999 <
// P90 $0.7161 (without the range, all three are $0.7021); a range on the
// price left to follow the quarter's is not applied, and says to set it.
func TestRangesOfAYearLever(t *testing.T) {
	m := fixture.Model(t)
	type ranges struct {
		Outputs map[string]map[string]*string
		Notices []jsonNotice
	}
	run := func(query string) ranges {
		var out bytes.Buffer
		if err := writeRanges(&out, m, query, 200, 1); err != nil {
			t.Fatal(err)
		}
		var r ranges
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	eps := func(r ranges, q string) string {
		return decimal.RequireFromString(*r.Outputs["fy2007.company.eps"][q]).Round(4).String()
	}
	r := run("q3.silver=13.31&range.q3.silver=10:16")
	if got := [3]string{eps(r, "p10"), eps(r, "p50"), eps(r, "p90")}; got != [3]string{"0.6805", "0.6999", "0.7161"} || len(r.Notices) != 0 {
		t.Errorf("the year's EPS P10, P50, P90: %v, notices %+v", got, r.Notices)
	}
	r = run("range.q3.silver=10:16")
	if len(r.Notices) != 1 || r.Notices[0].Code != string(calc.BadRange) || !strings.Contains(r.Notices[0].Message, "set q3.silver first") ||
		eps(r, "p10") != "0.7021" || eps(r, "p90") != "0.7021" {
		t.Errorf("a range on a following price: notices %+v, EPS %s to %s", r.Notices, eps(r, "p10"), eps(r, "p90"))
	}
}
