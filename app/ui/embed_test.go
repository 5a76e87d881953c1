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

// show=cash,value embeds the Cash and Value panels: the quarter's operating
// cash flow as printed (16,365 thousand) and the market cap at the link's
// share price (12 × 120,195,000 shares); the share price's field unless
// the embed offers no levers, and the outlook's own levers only with all.
func TestEmbedShowsCashAndValue(t *testing.T) {
	for _, tc := range []struct {
		query                string
		sharePrice, q3Silver bool
	}{
		{"embed=1&show=cash,value,outlook&share-price=12", true, true},
		{"embed=1&show=cash,value,outlook&share-price=12&levers=prices", true, false},
		{"embed=1&show=cash,value,outlook&share-price=12&levers=none", false, false},
	} {
		c := livePage(t, tc.query)
		if n := c.s.Notices(); len(n) != 0 {
			t.Fatalf("%s: notices %v", tc.query, n)
		}
		doc := prerendered(t, c)
		values := map[string]string{}
		ids := map[string]bool{}
		for n := range doc.Descendants() {
			if m, ok := dom.Attr(n, "data-metric"); ok {
				values[m], _ = dom.Attr(n, "data-value")
			}
			if id, ok := dom.Attr(n, "id"); ok {
				ids[id] = true
			}
		}
		for metric, want := range map[string]string{"company.operating-cash-flow": "16365000", "value.market-cap": "1442340000"} {
			if got := values[metric]; got != want {
				t.Errorf("%s: %s is %q, want %s", tc.query, metric, got, want)
			}
		}
		if !ids["cash"] || !ids["value"] {
			t.Errorf("%s: Cash panel %v, Value panel %v, want both", tc.query, ids["cash"], ids["value"])
		}
		if ids["lever-share-price"] != tc.sharePrice || ids["lever-q3.silver"] != tc.q3Silver {
			t.Errorf("%s: share price field %v, Q3 silver field %v; want %v, %v", tc.query, ids["lever-share-price"], ids["lever-q3.silver"], tc.sharePrice, tc.q3Silver)
		}
	}
}

// An embed names the company and the quarter at its top, the period's own
// label: a host page's words around the iframe may not.
func TestEmbedNamesCompanyAndQuarter(t *testing.T) {
	for query, want := range map[string]string{
		"embed=1":               "Hecla Mining · First quarter 2007",
		"embed=1&period=2006q1": "Hecla Mining · First quarter 2006",
		"embed=1&show=outlook":  "Hecla Mining · First quarter 2007",
	} {
		doc := prerendered(t, livePage(t, query))
		var main *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "main" {
				main = n
				break
			}
		}
		if main == nil {
			t.Fatalf("%s: no main", query)
		}
		h := main.FirstChild
		for h != nil && h.Type != html.ElementNode {
			h = h.NextSibling
		}
		if h == nil || h.Data != "h1" || dom.Text(h) != want {
			t.Errorf("%s: main opens with %v, want an h1 %q", query, h, want)
		}
	}
}
