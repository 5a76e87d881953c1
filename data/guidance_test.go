package data

import (
	"errors"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The 2007 estimates reach the engine in its units, with the release's
// sentence; the 2006 quarter has none.
func TestGuidanceReported(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := r.Reported(calc.Q1of2007)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"fy2007.company.silver-produced":       "6000000",
		"fy2007.company.gold-produced":         "140000",
		"fy2007.lucky-friday.produced":         "3000000",
		"fy2007.greens-creek.produced":         "2800000",
		"fy2007.la-camorra.produced":           "120000",
		"fy2007.silver.total-cash-cost-per-oz": "0.5",
		"fy2007.gold.total-cash-cost-per-oz":   "440",
	}
	if len(rep.Guidance) != len(want) {
		t.Errorf("%d estimates, want %d", len(rep.Guidance), len(want))
	}
	for _, g := range rep.Guidance {
		if w, ok := want[g.Output]; !ok || !g.Figure.Equal(decimal.RequireFromString(w)) || g.Sentence == "" {
			t.Errorf("%s: %s, sentence %q; want %s", g.Output, g.Figure, g.Sentence, w)
		}
	}
	if rep, _ := r.Reported(calc.Q1of2006); len(rep.Guidance) != 0 {
		t.Errorf("2006q1 has %d estimates, want none", len(rep.Guidance))
	}
}

// Each estimate's comparison is the one its sentence's words give: "less
// than $0.50" strict, "up to $440" not, production never bounded from above.
func TestGuidanceWords(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, gf := range guidanceFacts {
		f, ok := r.Fact(gf.fact)
		if !ok || f.Value == nil {
			t.Errorf("%s: no figure", gf.fact)
			continue
		}
		words := map[calc.Comparison]string{calc.Below: "less than $", calc.AtMost: "up to $"}
		p := f.Value.Printed
		switch w, bounded := words[gf.cmp]; {
		case bounded && !strings.Contains(f.Quote, w+p):
			t.Errorf("%s: %q does not say %q", gf.fact, f.Quote, w+p)
		case !bounded && (strings.Contains(f.Quote, "less than "+p) || strings.Contains(f.Quote, "up to "+p)):
			t.Errorf("%s: %q bounds %s from above", gf.fact, f.Quote, p)
		}
	}
}

// An estimate that is not a figure in a unit the engine can use is refused
// by name.
func TestGuidanceNeedsFigures(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	f, _ := r.Fact("guidance-gold-total-cash")
	f.Unit = Percent
	_, err = r.Reported(calc.Q1of2007)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "facts[guidance-gold-total-cash]" {
		t.Errorf("an estimate in percent: %v, want a FieldError at facts[guidance-gold-total-cash]", err)
	}
}
