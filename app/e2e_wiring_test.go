//go:build !wasm

package main

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// TestBrowserEveryLeverIsWired types into every lever's field, and moves
// every lever's slider, on a page loaded at "/" (no notice, so nothing makes
// go-app remount the page after its first render): each changes its own
// lever, and only it.
func TestBrowserEveryLeverIsWired(t *testing.T) {
	openDetails := func(tb *tab) {
		// Every disclosure but the tools', whose choices the address keeps.
		js[bool](tb, `(() => { document.querySelectorAll("details:not(.tool details)").forEach(d => d.open = true); return true; })()`)
	}
	// keysNow is the address bar's query, decoded.
	keysNow := func(tb *tab) url.Values {
		q, err := url.ParseQuery(strings.TrimPrefix(js[string](tb, `location.search`), "?"))
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	// settle waits briefly for the address bar to hold want's keys, the
	// last of them at value (any value when value is ""); a lever wired to
	// another one never gets there, so it does not wait long. The address
	// bar follows an edit at go-app's next frame, so after two keystrokes
	// it may still hold the first.
	settle := func(tb *tab, want []string, value string) url.Values {
		var q url.Values
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			q = keysNow(tb)
			if keysOf(q) == strings.Join(want, " ") && (value == "" || q.Get(want[len(want)-1]) == value) {
				break
			}
		}
		return q
	}
	t.Run("fields", func(t *testing.T) {
		testServer(t)
		p := e2eModel.Default()
		tb := newTab(t)
		tb.open("/")
		openDetails(tb)
		var s calc.Scenario
		var keys []string
		for i, l := range calc.Levers() {
			// A value of its own for each lever (recovery allows up to 100),
			// so a lever changed by another's field shows which.
			v := decimal.NewFromInt(int64(i + 1))
			if v.Equal(p.BaselineLever(l)) {
				v = decimal.NewFromInt(int64(i + 41))
			}
			before := keysNow(tb)
			tb.typeInto(`input[name="`+l.Key()+`"]`, v.String())
			keys = append(keys, l.Key())
			q := settle(tb, keys, v.String())
			if got := keysOf(q); got != strings.Join(keys, " ") || q.Get(l.Key()) != v.String() {
				t.Errorf("typing %s into %s's field changed %s, not %s=%s",
					v, l.Key(), queryChanges(before, q), l.Key(), v)
				tb.open("/") // start again from the release
				openDetails(tb)
				s, keys = calc.Scenario{}, nil
				continue
			}
			if err := s.Set(p, l, v); err != nil {
				t.Fatal(err)
			}
		}
		if !t.Failed() {
			tb.waitSearch("?" + e2eModel.Encode(s))
			tb.waitFigures(e2eModel.Encode(s))
		}
	})
	t.Run("sliders", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		openDetails(tb)
		var keys []string
		for _, l := range calc.Levers() {
			slider := `input[id="lever-` + l.Key() + `-slider"]` // a key may hold a "."
			before := keysNow(tb)
			tb.do("pressing End on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.End))
			keys = append(keys, l.Key())
			q := settle(tb, keys, "")
			if got := keysOf(q); got != strings.Join(keys, " ") {
				t.Errorf("pressing End on %s changed %s, not %s", slider, queryChanges(before, q), l.Key())
				tb.open("/")
				openDetails(tb)
				keys = nil
				continue
			}
			tb.waitValue(`input[name="`+l.Key()+`"]`, q.Get(l.Key())) // the field follows
		}
		if !t.Failed() {
			q := strings.TrimPrefix(js[string](tb, `location.search`), "?")
			tb.waitFigures(q)
		}
	})
}

// queryChanges says which keys of the address bar's query an action changed.
func queryChanges(before, after url.Values) string {
	var out []string
	for _, k := range strings.Fields(keysOf(after)) {
		if after.Get(k) != before.Get(k) {
			out = append(out, fmt.Sprintf("%s from %q to %q", k, before.Get(k), after.Get(k)))
		}
	}
	for _, k := range strings.Fields(keysOf(before)) {
		if !after.Has(k) {
			out = append(out, k+" (gone from the address bar)")
		}
	}
	if len(out) == 0 {
		return "nothing in the address bar"
	}
	return strings.Join(out, ", ")
}

// keysOf lists a query's keys in the encoder's (lever) order.
func keysOf(q url.Values) string {
	var keys []string
	for _, l := range calc.Levers() {
		if q.Has(l.Key()) {
			keys = append(keys, l.Key())
		}
	}
	for k := range q {
		if _, ok := calc.LeverByKey(k); !ok {
			keys = append(keys, k)
		}
	}
	return strings.Join(keys, " ")
}
