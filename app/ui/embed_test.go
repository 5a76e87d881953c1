package ui

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/dom"
	"golang.org/x/net/html"
)

// An embed shows the outlook and the rules of thumb when show= names them,
// and only then: by default it shows the results, as before.
func TestEmbedPicksTheInvestorPanels(t *testing.T) {
	for _, tc := range []struct {
		query                      string
		outlook, sensitivities, gp bool
	}{
		{"embed=1", false, false, true},
		{"embed=1&show=outlook", true, false, false},
		{"embed=1&show=sensitivities,company", false, true, true},
		{"embed=1&show=outlook,sensitivities&period=2006q1", true, true, false},
	} {
		c := livePage(t, tc.query)
		if n := c.s.Notices(); len(n) != 0 {
			t.Fatalf("%s: notices %v", tc.query, n)
		}
		doc := prerendered(t, c)
		has := func(pred func(n *html.Node) bool) bool {
			for n := range doc.Descendants() {
				if pred(n) {
					return true
				}
			}
			return false
		}
		id := func(want string) bool {
			return has(func(n *html.Node) bool { v, _ := dom.Attr(n, "id"); return v == want })
		}
		gp := has(func(n *html.Node) bool { v, _ := dom.Attr(n, "data-metric"); return v == "company.gross-profit" })
		if id("outlook") != tc.outlook || id("sensitivities") != tc.sensitivities || gp != tc.gp {
			t.Errorf("%s: outlook %v, rules of thumb %v, company gross profit %v; want %v, %v, %v",
				tc.query, id("outlook"), id("sensitivities"), gp, tc.outlook, tc.sensitivities, tc.gp)
		}
	}
}
