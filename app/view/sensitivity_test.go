package view

import (
	"strings"
	"testing"
)

// The rules of thumb at the release's levers, to each output's own places
// (EPS to cents, a cost per ounce to cents, gold's too, which the release
// prints in whole dollars) and finer only where those show nothing: not
// "+$0.1" for gold's cost when gold gains $10.
func TestRulesOfThumbKeepTheirPlaces(t *testing.T) {
	v := newScenario(t, "").page()
	cells := map[string]Output{}
	for _, r := range v.Sensitivities.Rows {
		for _, c := range r.Cells {
			cells[c.Metric] = c
			if c.Text == NotAvailable {
				continue
			}
			perShareOrOz := strings.HasSuffix(c.Metric, ".eps") || strings.HasSuffix(c.Metric, "-per-oz")
			for _, text := range []string{c.Text, strings.TrimPrefix(c.Note, "a year: ")} {
				_, frac, _ := strings.Cut(text, ".")
				if perShareOrOz && len(frac) < 2 {
					t.Errorf("%s: %q has fewer places than cents", c.Metric, text)
				}
			}
		}
	}
	for metric, want := range map[string]string{
		"sensitivity.silver.company.eps":                 "+$0.01 a year: +$0.04",
		"sensitivity.gold.company.eps":                   "+$0.003 a year: +$0.01",
		"sensitivity.gold.gold.total-cash-cost-per-oz":   "+$0.06 a year: +$0.25",
		"sensitivity.silver.gold.total-cash-cost-per-oz": "$0.00 a year: $0.00",
		"sensitivity.zinc.silver.total-cash-cost-per-oz": "−$0.62 a year: −$2.46",
		"sensitivity.silver.company.gross-profit":        "+$1,345 a year: +$5,379",
	} {
		if c := cells[metric]; c.Text+" "+c.Note != want {
			t.Errorf("%s reads %q, want %q", metric, c.Text+" "+c.Note, want)
		}
	}
}
