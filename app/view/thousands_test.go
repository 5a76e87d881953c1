package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// Other operating expenses typed as the release's table prints them, in
// thousands (8,865), are put in force as typed, and the field asks whether
// $8,865,000 was meant; an amount of 100,000 or more, the release's own,
// nothing or a refused text asks nothing, and no other lever ever asks.
func TestOpexThatLooksLikeThousands(t *testing.T) {
	for _, tc := range []struct{ query, inForce, hint, suggest string }{
		{"opex=8865", "8865", "Did you mean $8,865,000? The field takes whole dollars.", "Use $8,865,000"},
		{"opex=99999.5", "99999.5", "Did you mean $99,999,500? The field takes whole dollars.", "Use $99,999,500"},
		{"opex=8865.0005", "8865.0005", "", ""}, // no whole dollars in thousands
		{"opex=1234567", "1234567", "", ""},
		{"period=2006q1&opex=7000", "7000", "Did you mean $7,000,000? The field takes whole dollars.", "Use $7,000,000"},
		{"opex=100000", "100000", "", ""},
		{"opex=0", "0", "", ""},
		{"opex=8865000", "8865000", "", ""}, // the release's own
		{"", "8865000", "", ""},
	} {
		sc := newScenario(t, tc.query)
		v := sc.page()
		o := v.Opex
		if got := sc.s.Value(sc.period, calc.OpexLever()); got.String() != tc.inForce {
			t.Errorf("%q: opex %s in force, want %s", tc.query, got, tc.inForce)
		}
		if !o.Hints || o.Hint != tc.hint || o.Suggest != tc.suggest {
			t.Errorf("%q: hints %v, %q %q; want %q %q", tc.query, o.Hints, o.Hint, o.Suggest, tc.hint, tc.suggest)
		}
		levers := append(append([]Lever{}, v.Prices...), v.Statement...)
		for _, m := range v.Mines {
			levers = append(levers, m.Levers...)
		}
		for _, l := range levers {
			if l.Hints || l.Hint != "" {
				t.Errorf("%q: %s asks %q", tc.query, l.Key, l.Hint)
			}
		}
	}
	sc := newScenario(t, "opex=8865")
	field := func(l calc.Lever) (string, string) {
		if l == calc.OpexLever() {
			return "8865x", "refused"
		}
		return "", ""
	}
	v := NewPage(Input{Release: sc.rel, Model: sc.model, Period: sc.period, S: sc.s, Base: BaselineOutputs(sc.period), Source: sc.source, Field: field})
	if v.Opex.Hint != "" {
		t.Errorf("a refused text asks %q", v.Opex.Hint)
	}
}
