package session

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// A later quarter's price left out follows the scenario's price of its
// metal, in the field too: an edit of the first quarter's price moves it;
// one typed holds against that; its reset makes it follow again, and the
// outlook is then the one with no path at all.
func TestQuarterPriceFollows(t *testing.T) {
	s := newSession(t, "")
	q3, _ := calc.QuarterPriceLever(3, calc.Silver)
	silver := calc.PriceLever(calc.Silver)
	field := func() string { text, _ := s.Field(q3); return text }
	if got := field(); got != "13.31" {
		t.Fatalf("Q3 silver shows %q at the release's levers, want the quarter's 13.31", got)
	}
	s.Focus(silver)
	s.Edit(silver, "15")
	s.Leave(silver)
	if got := field(); got != "15" {
		t.Errorf("after silver=15, Q3 silver shows %q, want 15 (it follows)", got)
	}
	noPath := s.View().Outputs
	s.Focus(q3)
	s.Edit(q3, "11")
	s.Leave(q3)
	s.Focus(silver)
	s.Edit(silver, "16")
	s.Leave(silver)
	if got := field(); got != "11" {
		t.Errorf("after q3.silver=11 then silver=16, Q3 silver shows %q, want the 11 typed", got)
	}
	if q := s.View().Query; q != "silver=16&q3.silver=11" {
		t.Errorf("the scenario is %q, want silver=16&q3.silver=11", q)
	}
	s.Edit(silver, "15")
	s.ResetLever(q3)
	if got := field(); got != "15" {
		t.Errorf("after Same as Q1, Q3 silver shows %q, want 15", got)
	}
	got, _ := s.View().Outputs.Metric("fy2007.company.eps")
	want, _ := noPath.Metric("fy2007.company.eps")
	if !got.Valid || !want.Valid || !got.Decimal.Equal(want.Decimal) {
		t.Errorf("following again, 2007 EPS is %v, want %v as with no path", got, want)
	}
}
