package ui

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/dom"
	"golang.org/x/net/html"
)

// repeatParts is part repeated n times, joined by "&".
func repeatParts(part string, n int) string {
	return strings.TrimSuffix(strings.Repeat(part+"&", n), "&")
}

// TestParseEmbed: the embed's keys, bad and repeated ones included, each
// costing at most one notice, capped as the scenario's notices are.
func TestParseEmbed(t *testing.T) {
	cases := []struct {
		name   string
		path   string
		query  string
		on     bool
		show   []string // sorted; nil: everything
		theme  string
		codes  []calc.Code // of the notices, in order
		more   int         // the count of a last MoreNotices notice, 0 for none
		values []string    // of the first notices, if given
	}{
		{name: "default", path: "/", query: "silver=20", theme: "auto"},
		{name: "embed path", path: "/embed", query: "", on: true, theme: "auto"},
		{name: "embed key", path: "/", query: "embed=1&theme=dark", on: true, theme: "dark"},
		{name: "bad section", path: "/", query: "embed=1&show=company,copper", on: true, show: []string{"company"}, theme: "auto",
			codes: []calc.Code{calc.OutOfRange}, values: []string{"copper"}},
		{name: "bad theme", path: "/", query: "theme=blue", theme: "auto", codes: []calc.Code{calc.OutOfRange}, values: []string{"blue"}},
		{name: "repeated key: the last applies", path: "/", query: "theme=dark&embed=1&theme=light", on: true, theme: "light",
			codes: []calc.Code{calc.Duplicate}, values: []string{"light"}},
		{name: "repeated sections", path: "/embed", query: "show=" + strings.Repeat("company,", 100000), on: true, show: []string{"company"}, theme: "auto"},
		{name: "a megabyte of bad sections", path: "/embed", query: "show=" + strings.Repeat("bogus,", 174762), on: true, show: []string{}, theme: "auto",
			codes: slices.Repeat([]calc.Code{calc.OutOfRange}, calc.MaxNotices), more: 174762 - calc.MaxNotices},
		{name: "a megabyte of one key", path: "/", query: repeatParts("theme=x", 131072), theme: "auto",
			codes: slices.Repeat([]calc.Code{calc.Duplicate}, calc.MaxNotices), more: 131071 + 1 - calc.MaxNotices},
		// url.Values gives up, empty, past 10,000 parts.
		{name: "past 10,000 parts", path: "/", query: repeatParts("x=1", 20000) + "&embed=1&theme=dark", on: true, theme: "dark"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, notices := parseEmbed(&url.URL{Path: c.path, RawQuery: c.query})
			if o.on != c.on || o.theme != c.theme {
				t.Errorf("on %v, theme %q; want %v, %q", o.on, o.theme, c.on, c.theme)
			}
			if show := slices.Sorted(maps.Keys(o.show)); (o.show == nil) != (c.show == nil) || !slices.Equal(show, c.show) {
				t.Errorf("show %v, want %v", show, c.show)
			}
			more := 0
			if n := len(notices); n > 0 && notices[n-1].Code == calc.MoreNotices {
				more, _ = strconv.Atoi(notices[n-1].Value)
				notices = notices[:n-1]
			}
			var codes []calc.Code
			for _, n := range notices {
				codes = append(codes, n.Code)
			}
			if !slices.Equal(codes, c.codes) || more != c.more {
				t.Fatalf("notices %+v and %d more; want codes %v and %d more", notices, more, c.codes, c.more)
			}
			for i, v := range c.values {
				if notices[i].Value != v || !strings.Contains(notices[i].Message, notices[i].Key) {
					t.Errorf("notice %d: %+v, want value %q and a message naming its key", i, notices[i], v)
				}
			}
		})
	}
}

// TestURLNoticesCapped: the page lists the scenario's and the embed's
// notices as one capped list.
func TestURLNoticesCapped(t *testing.T) {
	c := newCalculator(t, repeatParts("x=1", 15)+"&embed=1&show="+strings.Repeat("bogus,", 15))
	if len(c.notices) != calc.MaxNotices+1 {
		t.Fatalf("%d notices, want %d", len(c.notices), calc.MaxNotices+1)
	}
	if last := c.notices[calc.MaxNotices]; last.Code != calc.MoreNotices || last.Value != "10" {
		t.Errorf("last notice %+v, want %s of 10", last, calc.MoreNotices)
	}
	if c.notices[0].Key != "x" || c.notices[calc.MaxNotices-1].Key != "show" {
		t.Errorf("the scenario's notices do not come first: %+v", c.notices)
	}
}

// TestUIPart: the address bar keeps one part per page key, the one that
// applies, in the query's order.
func TestUIPart(t *testing.T) {
	for _, c := range []struct{ query, want string }{
		{"", ""},
		{"silver=20", ""},
		{"embed=1&theme=dark&show=company,copper&silver=20", "embed=1&theme=dark&show=company,copper"},
		{"theme=dark&embed=1&theme=light", "embed=1&theme=light"},
		{"%74heme=dark&x", "%74heme=dark"},
		{repeatParts("theme=dark", 100000) + "&silver=20", "theme=dark"},
	} {
		if got := view.UIPart(c.query); got != c.want {
			t.Errorf("uiPart(%.40q) = %q, want %q", c.query, got, c.want)
		}
	}
}

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
		if len(c.notices) != 0 {
			t.Fatalf("%s: notices %v", tc.query, c.notices)
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
