package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/dom"
	"golang.org/x/net/html"
)

func TestRove(t *testing.T) {
	for _, c := range []struct {
		key        string
		i, n, want int
		ok         bool
	}{
		{"ArrowDown", 0, 3, 1, true}, {"ArrowDown", 2, 3, 2, true},
		{"ArrowUp", 2, 3, 1, true}, {"ArrowUp", 0, 3, 0, true},
		{"Home", 2, 3, 0, true}, {"End", 0, 3, 2, true},
		{"Enter", 1, 3, 1, false}, {" ", 1, 3, 1, false}, {"ArrowLeft", 1, 3, 1, false}, {"Tab", 1, 3, 1, false},
	} {
		if j, ok := rove(c.key, c.i, c.n); j != c.want || ok != c.ok {
			t.Errorf("rove(%q, %d, %d) = %d, %v; want %d, %v", c.key, c.i, c.n, j, ok, c.want, c.ok)
		}
	}
}

// A row that loses the summary holding its table's stop hands it to its
// other one; a row that held none never takes one.
func TestPlaceStop(t *testing.T) {
	both := view.Figure{Source: "Table 1", Why: "cost"}
	source := view.Figure{Source: "Table 1"}
	why := view.Figure{Why: "cost"}
	for _, c := range []struct {
		held stop
		f    view.Figure
		want stop
	}{
		{whyStop, both, whyStop}, {sourceStop, both, sourceStop},
		{whyStop, source, sourceStop}, {sourceStop, why, whyStop},
		{sourceStop, view.Figure{}, noStop}, {noStop, both, noStop},
	} {
		if got := placeStop(c.held, c.f); got != c.want {
			t.Errorf("placeStop(%d, %+v) = %d, want %d", c.held, c.f, got, c.want)
		}
	}
	if firstStop(both) != noStop || firstStop(view.Figure{First: true, Source: "x", Why: "cost"}) != sourceStop ||
		firstStop(view.Figure{First: true, Why: "cost"}) != whyStop {
		t.Error("a page just drawn holds the stop on the first row's source, or its Why? without one")
	}
}

// figureTables are the page's figure tables that hold summaries.
func figureTables(doc *html.Node) []*html.Node {
	var out []*html.Node
	for n := range doc.Descendants() {
		class, _ := dom.Attr(n, "class")
		if n.Type == html.ElementNode && n.Data == "table" && slices.Contains(strings.Fields(class), "figures") && len(summaries(n)) > 0 {
			out = append(out, n)
		}
	}
	return out
}

func summaries(n *html.Node) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == "summary" {
			out = append(out, d)
		}
	}
	return out
}

// stops are n's summaries in the tab order.
func stops(n *html.Node) []*html.Node {
	var out []*html.Node
	for _, s := range summaries(n) {
		if v, _ := dom.Attr(s, "tabindex"); v != "-1" {
			out = append(out, s)
		}
	}
	return out
}

// rowOf is the live key of the row a summary is in, and its details'
// class: which summary of which row, written anew or not.
func rowOf(s *html.Node) string {
	key := ""
	for p := s.Parent; p != nil; p = p.Parent {
		if k, ok := dom.Attr(p, "data-live"); ok && p.Data == "tr" {
			key = k
			break
		}
	}
	class, _ := dom.Attr(s.Parent, "class")
	return key + " " + class
}

// The server's page has one tab stop per figure table, the first row's
// source, for each quarter and the embed: the summaries it holds besides
// are the arrow keys'.
func TestPrerenderOneStopPerTable(t *testing.T) {
	for _, q := range []string{"", "period=2006q1", "embed=1&show=company,greens-creek&levers=prices"} {
		doc := prerendered(t, newCalculator(t, q))
		tables := figureTables(doc)
		if len(tables) < 3 {
			t.Fatalf("%q: %d figure tables with summaries", q, len(tables))
		}
		all, inTables := len(stops(doc)), 0
		for i, table := range tables {
			s := stops(table)
			inTables += len(summaries(table))
			if len(s) != 1 {
				t.Errorf("%q: figure table %d has %d tab stops among its %d summaries, want 1", q, i, len(s), len(summaries(table)))
				continue
			}
			var first *html.Node // the table's first row
			for d := range table.Descendants() {
				if d.Type == html.ElementNode && d.Data == "tr" && d.Parent.Data == "tbody" {
					first = d
					break
				}
			}
			if got, want := rowOf(s[0]), rowOf(summaries(first)[len(summaries(first))-1]); got != want {
				t.Errorf("%q: figure table %d's stop is %s, want the first row's source, %s", q, i, got, want)
			}
		}
		t.Logf("%q: %d figure tables hold %d summaries; %d summaries of the page are tab stops", q, len(tables), inTables, all)
	}
}

// A stop the reader's arrow keys moved stays where they left it, the only
// one of its table, through the live layer's writes: an edit (the outlook's
// rows written whole) and a switch of quarter and back (every release cell
// written anew).
func TestLiveKeepsTheTabStop(t *testing.T) {
	c := livePage(t, "")
	doc := prerendered(t, c)
	bind(t, c, doc)
	tables := figureTables(doc)
	var moved []string
	var nodes []*html.Node
	for _, table := range tables {
		ss := summaries(table)
		if len(ss) < 3 {
			continue
		}
		// As takeStop does in the browser.
		for _, s := range ss {
			s.Attr = slices.DeleteFunc(s.Attr, func(a html.Attribute) bool { return a.Key == "tabindex" })
			s.Attr = append(s.Attr, html.Attribute{Key: "tabindex", Val: "-1"})
		}
		ss[2].Attr[len(ss[2].Attr)-1].Val = "0"
		moved, nodes = append(moved, rowOf(ss[2])), append(nodes, ss[2])
	}
	check := func(when string) {
		t.Helper()
		for i, table := range figureTables(doc) {
			var got []string
			for _, s := range stops(table) {
				got = append(got, rowOf(s))
			}
			if i >= len(moved) || len(got) != 1 || got[0] != moved[i] {
				t.Errorf("%s: figure table %d's stops are %q, want the one the keys moved to", when, i, got)
			}
		}
	}
	check("before any write")
	l := calc.PriceLever(calc.Silver)
	c.s.Focus(l)
	c.s.Edit(l, "30")
	c.live.Update(c.s.View())
	check("silver at $30")
	c.s.SwitchQuarter(calc.PeriodID("2006q1"))
	c.live.Update(c.s.View())
	c.s.SwitchQuarter(calc.PeriodID("2007q1"))
	c.live.Update(c.s.View())
	check("after a switch to Q1 2006 and back")
	written := 0
	for i, table := range figureTables(doc) {
		if !slices.Contains(summaries(table), nodes[i]) {
			written++
		}
	}
	if written == 0 {
		t.Error("no moved summary was written anew: the test tries nothing")
	}
	t.Logf("%d of %d moved summaries were written anew", written, len(nodes))
}
