package calc_test

import (
	"fmt"
	"testing"

	"github.com/hecla-calc/calculator/data"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// docs/model.md's two worked examples, at the precision it states them.
func TestWorkedExamples(t *testing.T) {
	m := fixture.Model(t)
	cases := []struct {
		name  string
		query string
		want  map[string]string // output -> figure rounded to the places given
	}{
		{"silver at $20", "silver=20", map[string]string{
			"lucky-friday.total-cash-cost-per-oz":       "1.90",
			"lucky-friday.total-production-cost-per-oz": "3.01",
			"lucky-friday.gross-profit":                 "12346836",
			"greens-creek.total-cash-cost-per-oz":       "-4.36",
			"silver.total-cash-cost-per-oz":             "-0.93",
			"company.gross-profit":                      "25417811",
			"company.net-income":                        "16344174",
			"company.eps":                               "0.14",
		}},
		{"Lucky Friday at 100,000 tons of 12.00 oz/ton", "lucky-friday.tons=100000&lucky-friday.grade=12.00", map[string]string{
			"lucky-friday.produced":                   "1100583",
			"lucky-friday.cash-operating-cost-per-oz": "0.85",
			"lucky-friday.total-cash-cost-per-oz":     "1.11",
			"lucky-friday.gross-profit":               "10299858",
			"company.net-income":                      "10812314",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := evaluate(t, m, c.query)
			for name, want := range c.want {
				w := dec(want)
				got := metric(t, r, name).Round(-w.Exponent())
				if !got.Equal(w) {
					t.Errorf("%s = %s, docs/model.md says %s", name, got.StringFixed(-w.Exponent()), want)
				}
			}
		})
	}
}

// Evaluating a scenario: silver at $20 an ounce, everything else as released.
func ExampleModel_Evaluate() {
	rel, _ := data.Load()
	m, _ := rel.Model()
	s, notices := m.Decode("silver=20", nil)
	r, _ := m.Evaluate(s)
	for _, name := range []string{"lucky-friday.total-cash-cost-per-oz", "silver.total-cash-cost-per-oz", "company.gross-profit", "company.eps"} {
		v, _ := r.Metric(name)
		fmt.Println(name, v.Decimal.StringFixed(2))
	}
	fmt.Println(len(notices), "notices")
	// Output:
	// lucky-friday.total-cash-cost-per-oz 1.90
	// silver.total-cash-cost-per-oz -0.93
	// company.gross-profit 25417810.81
	// company.eps 0.14
	// 0 notices
}
