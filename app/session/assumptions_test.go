package session

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// The assumptions panel's constants are made when it opens (or is
// pre-rendered), and follow the quarter; its findings are there from the
// first view, whose release cells link to them: one per rounding and
// discrepancy the validator counts, and its count.
func TestAssumptions(t *testing.T) {
	s := newSession(t, "")
	if consts, _ := s.Assumptions(); consts != nil {
		t.Fatal("constants worked out before the panel opened")
	}
	if ch := s.OpenAssumptions(); !ch.Layout {
		t.Errorf("opened: %+v, want the panel laid out", ch)
	}
	consts, findings := s.Assumptions()
	if len(findings) == 0 {
		t.Fatal("no findings")
	}
	var checked, rounding, discrepancies int
	last := findings[len(findings)-1].Text
	if _, err := fmt.Sscanf(last, "%d identities checked, %d rounding, %d discrepancies.", &checked, &rounding, &discrepancies); err != nil {
		t.Fatalf("the last finding %q is not the validator's count: %v", last, err)
	}
	if len(findings) != rounding+discrepancies+1 {
		t.Errorf("%d findings, want %d rounding, %d discrepancies and the count", len(findings), rounding, discrepancies)
	}
	if len(consts) == 0 || consts[0].Scope != "lucky-friday" {
		t.Fatalf("constants %v", consts)
	}
	if ch := s.OpenAssumptions(); ch.Layout {
		t.Errorf("opened again: %+v, want nothing new", ch)
	}
	s.SwitchQuarter(calc.Q1of2006)
	if now, _ := s.Assumptions(); now[0].Value.Equal(consts[0].Value) {
		t.Error("the constants did not follow the quarter")
	}
}

// Every release figure on the page says where the release prints it, in
// the quarter shown.
func TestSources(t *testing.T) {
	s := newSession(t, "period=2006q1")
	for metric, want := range map[string]string{
		"company.gross-profit":                "printed 11,733",
		"greens-creek.total-cash-cost-per-oz": "printed (1.28)",
		"la-camorra.cost-of-sales":            "printed 13,829",
		"silver.produced":                     "printed 1,240,886",
		"lucky-friday.sales":                  "Not printed in the release",
	} {
		if got := figure(t, &s.view, metric).Source; !strings.Contains(got, want) {
			t.Errorf("%s: source %q, want %q", metric, got, want)
		}
	}
	for _, name := range calc.MetricNames() {
		if figure(t, &s.view, name).Source == "" {
			t.Errorf("%s has no source", name)
		}
	}
}
