package view

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The by-product method's explanations are on the rows where its surprises
// show: the costs per ounce of the mines and segments whose by-products
// are credited (Greens Creek's is negative at the release's levers), and
// every sales row; not La Camorra's costs, which have no by-product.
func TestExplanationsWhereTheSurprisesAre(t *testing.T) {
	sc := newScenario(t, "")
	v := sc.page()
	want := map[string]string{
		"greens-creek.total-cash-cost-per-oz":     "Why can a cost per ounce be negative?|Why can a lower grade make this figure look better?|Why does a higher silver price raise this cost a little?",
		"lucky-friday.cash-operating-cost-per-oz": "Why can a cost per ounce be negative?|Why can a lower grade make this figure look better?",
		"silver.total-production-cost-per-oz":     "Why can a cost per ounce be negative?|Why can a lower grade make this figure look better?|Why does a higher silver price raise this cost a little?",
		"la-camorra.total-cash-cost-per-oz":       "",
		"gold.total-cash-cost-per-oz":             "",
		"greens-creek.gross-profit":               "",
		"company.sales":                           "Why does a price $1 higher add less than $1 an ounce to sales?",
		"la-camorra.sales":                        "Why does a price $1 higher add less than $1 an ounce to sales?",
		"silver.sales":                            "Why does a price $1 higher add less than $1 an ounce to sales?",
	}
	all := append([]Figure{}, v.Company...)
	for _, s := range v.Segments {
		all = append(all, s.Figures...)
	}
	for _, m := range v.Mines {
		all = append(all, m.Figures...)
	}
	seen := 0
	for _, f := range all {
		w, ok := want[f.Metric]
		if !ok {
			continue
		}
		seen++
		var qs []string
		for _, e := range Explanations(f.Why) {
			if e.Answer == "" {
				t.Errorf("%s: %q has no answer", f.Metric, e.Question)
			}
			qs = append(qs, e.Question)
		}
		if got := strings.Join(qs, "|"); got != w {
			t.Errorf("%s explains %q, want %q", f.Metric, got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d figures", seen, len(want))
	}
}

// What the explanations say holds in the model: Greens Creek's total cash
// cost per ounce is negative at the release's levers; a lower grade makes
// it more negative while its gross profit falls; a higher silver price
// raises the silver mines' cost per ounce; and $1 more on silver adds less
// than $1 for each ounce to the silver segment's sales.
func TestExplanationsHoldInTheModel(t *testing.T) {
	metric := func(query, name string) decimal.Decimal {
		t.Helper()
		sc := newScenario(t, query)
		v, _ := sc.period.Evaluate(sc.s).Metric(name)
		if !v.Valid {
			t.Fatalf("%s: %s is absent", query, name)
		}
		return v.Decimal
	}
	const gcCost, gcGP = "greens-creek.total-cash-cost-per-oz", "greens-creek.gross-profit"
	if c := metric("", gcCost); c.Sign() >= 0 {
		t.Errorf("Greens Creek's cost per ounce at the release's levers is %s, not negative", c)
	}
	if lower, base := metric("greens-creek.grade=10", gcCost), metric("", gcCost); !lower.LessThan(base) {
		t.Errorf("a lower grade makes the cost per ounce %s, not below %s", lower, base)
	}
	if lower, base := metric("greens-creek.grade=10", gcGP), metric("", gcGP); !lower.LessThan(base) {
		t.Errorf("a lower grade makes gross profit %s, not below %s", lower, base)
	}
	for _, m := range []string{"lucky-friday", "greens-creek"} {
		if up, base := metric("silver=14.31", m+".total-cash-cost-per-oz"), metric("", m+".total-cash-cost-per-oz"); !up.GreaterThan(base) {
			t.Errorf("%s: silver $1 higher makes the cost per ounce %s, not above %s", m, up, base)
		}
	}
	added := metric("silver=14.31", "silver.sales").Sub(metric("", "silver.sales"))
	if ounces := metric("", "silver.produced"); !added.LessThan(ounces) || added.Sign() <= 0 {
		t.Errorf("silver $1 higher adds $%s to sales, against %s ounces", added, ounces)
	}
}
