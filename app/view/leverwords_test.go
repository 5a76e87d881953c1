package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// figureTexts are the texts of every figure a page shows in its tables,
// by metric.
func figureTexts(v Page) map[string]string {
	all := append(append(append([]Figure{}, v.Company...), v.Cash...), v.Production...)
	for _, s := range v.Segments {
		all = append(all, s.Figures...)
	}
	for _, m := range v.Mines {
		all = append(all, m.Figures...)
	}
	texts := map[string]string{}
	for _, f := range all {
		texts[f.Metric] = f.Text
	}
	for _, r := range v.Sensitivities.Rows {
		for _, c := range r.Cells {
			texts[c.Metric] = c.Text + " " + c.Note
		}
	}
	return texts
}

// A field shows the value in force exactly: a recovery typed to four
// places shows its four, not two (91.72 in the field while 91.7152% was in
// force, so that retyping it moved the figures).
func TestLeverTextIsTheValueInForce(t *testing.T) {
	for _, tc := range []struct{ query, key, want string }{
		{"lucky-friday.recovery=91.7152", "lucky-friday.recovery", "91.7152"},
		{"greens-creek.recovery=79.177", "greens-creek.recovery", "79.177"},
		{"la-camorra.recovery=87.851", "la-camorra.recovery", "87.851"},
		{"tax-rate=8.8312", "tax-rate", "8.8312"},
		{"silver=13.305", "silver", "13.305"},
	} {
		sc := newScenario(t, tc.query)
		l, _ := calc.LeverByKey(tc.key)
		if got := LeverText(l, sc.s.Value(sc.period, l)); got != tc.want {
			t.Errorf("%s: the field shows %q, want %q", tc.query, got, tc.want)
		}
	}
}

// Retyping what a field shows at the release's levers (a calibrated
// recovery or tax rate has more places than a field takes, and shows the
// nearest value it takes) changes no figure the page shows, in either
// quarter.
func TestRetypingTheFieldMovesNoFigure(t *testing.T) {
	for _, query := range []string{"", "period=2006q1"} {
		sc := newScenario(t, query)
		want := figureTexts(sc.page())
		for _, l := range sc.period.Levers() {
			text := LeverText(l, sc.s.Value(sc.period, l))
			if text == "" {
				continue // the share price: none until typed
			}
			v, err := l.Parse(text)
			if err != nil {
				t.Errorf("%q %s: the field's own text %q is refused: %s", query, l.Key(), text, err.Message)
				continue
			}
			retyped := sc
			if err := retyped.s.Set(sc.period, l, v); err != nil {
				t.Errorf("%q %s: %q is refused: %s", query, l.Key(), text, err.Message)
				continue
			}
			got := figureTexts(retyped.page())
			for metric, w := range want {
				if got[metric] != w {
					t.Errorf("%q: retyping %s's %q moves %s from %s to %s", query, l.Key(), text, metric, w, got[metric])
				}
			}
		}
	}
}
