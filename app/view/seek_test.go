package view

import (
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The seek aims at the year's earnings, free cash flow and cash in the
// first quarter of 2007, after the guidance's figures and once each; the
// first quarter of 2006, which has no outlook, at the quarter's alone.
func TestSeekOutputsTheYear(t *testing.T) {
	var got []string
	for _, s := range SeekOutputs(newScenario(t, "").period) {
		got = append(got, s.Metric)
	}
	want := []string{"fy2007.company.eps", "fy2007.company.adjusted-eps", "fy2007.company.free-cash-flow", "fy2007.company.cash"}
	at := slices.Index(got, want[0])
	if at != 7 || !slices.Equal(got[at:at+len(want)], want) || got[at+len(want)] != "company.gross-profit" {
		t.Errorf("2007q1: %q; want the 7 estimates' figures, then %q, then the quarter's", got, want)
	}
	for i, m := range got {
		if slices.Index(got, m) != i || !slices.Contains(calc.OutputNames(), m) {
			t.Errorf("%s: listed twice, or not an output", m)
		}
	}
	spec, _ := SeekSpec(newScenario(t, "").period, "fy2007.company.cash")
	if spec.Label != "2007 outlook: company: cash and short-term investments at the year's end" {
		t.Errorf("the cash's label %q", spec.Label)
	}
	for _, s := range SeekOutputs(newScenario(t, "period=2006q1").period) {
		if strings.HasPrefix(s.Metric, yearPrefix) {
			t.Errorf("2006q1 aims at %s", s.Metric)
		}
	}
}

// Every kind of lever shows its answer to its own places: none is left to
// the map's zero, whole units.
func TestShownPlacesEveryKind(t *testing.T) {
	for _, l := range calc.AllLevers() {
		if _, ok := shownPlaces[l.Kind()]; !ok {
			t.Errorf("%s: no places for its kind", l.Key())
		}
	}
}

// The table of the year's EPS at $0.75 has a row for every lever of the
// quarter and the year: the third quarter's silver, which follows the
// quarter's $13.31 until set, would take $17.9993; the tax rate 1.99%, not
// 8.83%; the share price, not set, moves no EPS.
func TestSeekRowsOfTheYear(t *testing.T) {
	sc := newScenario(t, "")
	spec, _ := SeekSpec(sc.period, "fy2007.company.eps")
	target := decimal.RequireFromString("0.75")
	sols, err := sc.model.SolveAll(sc.s, spec.Metric, target)
	if err != nil {
		t.Fatal(err)
	}
	page := sc.page()
	sk := NewSeek(sc.period, sc.s, spec, target, page.Outputs[spec.Metric], sols)
	if len(sk.Rows) != len(sc.period.Levers()) || len(sk.Rows) != 37 {
		t.Fatalf("%d rows, want one for each of the period's 37 levers", len(sk.Rows))
	}
	if sk.Target != "$0.75" || sk.Current != "$0.70" {
		t.Errorf("target %s, now %s; want $0.75 and $0.70", sk.Target, sk.Current)
	}
	rows := map[string]SeekRow{}
	for _, r := range sk.Rows {
		rows[r.Lever] = r
	}
	for _, c := range []struct{ lever, now, needed, change string }{
		{"q3.silver", "$13.31 per oz", "$17.9993 per oz", "+35.2%"},
		{"tax-rate", "8.83%", "1.99%", "−77.4%"},
		{"share-price", "not set", "does not move it", ""},
	} {
		r := rows[c.lever]
		if r.Label == "" || r.Now != c.now || r.Needed != c.needed || r.Change != c.change {
			t.Errorf("%s: %+v; want now %s, would take %s, change %q", c.lever, r, c.now, c.needed, c.change)
		}
	}
	if v := rows["q3.silver"].Value; !strings.HasPrefix(v, "17.9993") {
		t.Errorf("q3.silver's exact value %q", v)
	}
}
