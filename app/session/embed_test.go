package session

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
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
			o, notices := ParseEmbed(&url.URL{Path: c.path, RawQuery: c.query})
			if o.On != c.on || o.Theme != c.theme {
				t.Errorf("on %v, theme %q; want %v, %q", o.On, o.Theme, c.on, c.theme)
			}
			if show := slices.Sorted(maps.Keys(o.Show)); (o.Show == nil) != (c.show == nil) || !slices.Equal(show, c.show) {
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
