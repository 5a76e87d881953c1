package session

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// newSession is the page as the browser has it after loading query.
func newSession(t testing.TB, query string) *Session {
	t.Helper()
	s := New(fixture.Release(t), fixture.Model(t))
	s.FromURL(&url.URL{Path: "/", RawQuery: query})
	return s
}

// A step is one of the reader's actions, named as a failure prints it.
type step struct {
	name string
	do   func(*Session) Change
}

// run takes the steps in order and returns the Change of each.
func run(s *Session, steps []step) []Change {
	var out []Change
	for _, st := range steps {
		out = append(out, st.do(s))
	}
	return out
}

func names(steps []step) string {
	var n []string
	for _, st := range steps {
		n = append(n, st.name)
	}
	return strings.Join(n, ", ")
}

// typeKeys focuses lever l's field and types text into it key by key.
func typeKeys(l calc.Lever, text string) []step {
	steps := []step{focus(l)}
	for i := 1; i <= len(text); i++ {
		steps = append(steps, edit(l, text[:i]))
	}
	return steps
}

func focus(l calc.Lever) step {
	return step{"focus " + l.Key(), func(s *Session) Change { return s.Focus(l) }}
}

func leave(l calc.Lever) step {
	return step{"leave " + l.Key(), func(s *Session) Change { return s.Leave(l) }}
}

func edit(l calc.Lever, text string) step {
	return step{fmt.Sprintf("%s %q", l.Key(), text), func(s *Session) Change { return s.Edit(l, text) }}
}

// typed is text typed in lever l's field before the page was live, taken
// when it is; focused: the field had the focus, which the page gives back.
func typed(l calc.Lever, text string, focused bool) step {
	return step{fmt.Sprintf("typed before live %s %q (focused %v)", l.Key(), text, focused), func(s *Session) Change { return s.TakeTyped(l, text, focused) }}
}

// address is a Change's address as the tests print it.
func address(ch Change) string {
	if ch.Address == None {
		return "none"
	}
	return ch.Address.String() + " ?" + ch.Query
}

// inForce is the scenario in force, as its query.
func inForce(s *Session) string { return s.model.Encode(s.scenario) }

// shown is the query of the address the page shows.
func shown(s *Session) string { return s.address.RawQuery }

var (
	silver = calc.PriceLever(calc.Silver)
	gold   = calc.PriceLever(calc.Gold)
	tons   = calc.MineLever(calc.LuckyFriday, calc.Tons)
)

// figure is the view's figure of metric.
func figure(t *testing.T, v *view.Page, metric string) view.Figure {
	t.Helper()
	all := append([]view.Figure{}, v.Company...)
	for _, s := range v.Segments {
		all = append(all, s.Figures...)
	}
	for _, m := range v.Mines {
		all = append(all, m.Figures...)
	}
	for _, f := range all {
		if f.Metric == metric {
			return f
		}
	}
	t.Fatalf("no figure %s on the page", metric)
	return view.Figure{}
}

// memoryKV is storage in memory.
type memoryKV = fixture.KV

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
