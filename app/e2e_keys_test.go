//go:build !wasm

package main

// The keyboard: how many Tabs a reader presses to reach a lever or the
// saved panel, the skip links, the focus order against the layout, and the
// arrow keys among a figure table's sources (app/ui/roving.go).

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// stopSeen is what one Tab focused: the element in words, the part of the
// page it is in, and where it is.
type stopSeen struct {
	Desc string  `json:"desc"`
	Area string  `json:"area"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
}

// focused describes the focused element.
func (tb *tab) focused() stopSeen {
	tb.t.Helper()
	return js[stopSeen](tb, `(() => {
		const a = document.activeElement, r = a.getBoundingClientRect();
		const area = a.closest(".year-levers") ? "year-levers" : a.closest("table.guidance") ? "guidance" :
			a.closest("section.mine") ? a.closest("section.mine").id : "";
		const text = (a.name || a.id || a.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
		return {desc: a.tagName.toLowerCase() + " " + text, area, x: r.left, y: r.top + scrollY, w: r.width};
	})()`)
}

// tabTo presses Tab, a real key event at a time, until the element sel
// has the focus, at most limit times; it returns what each press focused.
func (tb *tab) tabTo(sel string, limit int) []stopSeen {
	tb.t.Helper()
	var seen []stopSeen
	for range limit {
		tb.do("pressing Tab", chromedp.KeyEvent(kb.Tab))
		seen = append(seen, tb.focused())
		if js[bool](tb, fmt.Sprintf(`document.activeElement === document.querySelector(%q)`, sel)) {
			return seen
		}
	}
	var b strings.Builder
	for i, s := range seen {
		fmt.Fprintf(&b, "\n  %3d %s [%s]", i+1, s.Desc, s.Area)
	}
	tb.t.Fatalf("%d Tabs from the top of the page do not reach %s:%s", limit, sel, b.String())
	return nil
}

// fromTheTop leaves nothing focused, so that the first Tab goes to the
// page's first stop.
func (tb *tab) fromTheTop() {
	tb.t.Helper()
	if !js[bool](tb, `document.activeElement === document.body`) {
		tb.t.Fatalf("the page starts with %s focused", tb.focused().Desc)
	}
}

// From the top of the page, a reader reaches Lucky Friday's ore tons and
// the saved panel's Save button in few Tabs: a figure table is one stop,
// not one per source (45 and 192 when each was a stop). The focus
// follows the layout at 1280 px: the outlook's levers, left, before its
// guidance, right; the mine cards left to right.
func TestBrowserKeysTabCount(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.fromTheTop()
	seen := tb.tabTo(`input[name="lucky-friday.tons"]`, 60)
	t.Logf("Tabs from the top to Lucky Friday's ore tons: %d", len(seen))
	if len(seen) > 25 {
		t.Errorf("%d Tabs to Lucky Friday's ore tons, want at most 25", len(seen))
	}
	rest := tb.tabTo("#save-scenario", 200)
	t.Logf("Tabs from the top to the saved panel's Save button: %d", len(seen)+len(rest))
	if n := len(seen) + len(rest); n > 90 {
		t.Errorf("%d Tabs to the Save button, want at most 90", n)
	}
	seen = append(seen, rest...)
	for i, s := range seen {
		t.Logf("%3d %s [%s] x=%.0f y=%.0f", i+1, s.Desc, s.Area, s.X, s.Y)
	}
	// The order of the areas' stops, and where each area's first is.
	first, last := map[string]int{}, map[string]int{}
	for i, s := range seen {
		if _, ok := first[s.Area]; !ok {
			first[s.Area] = i
		}
		last[s.Area] = i
	}
	for _, pair := range [][2]string{{"year-levers", "guidance"}, {"lucky-friday", "greens-creek"}, {"greens-creek", "la-camorra"}} {
		a, b := pair[0], pair[1]
		ia, oka := first[a]
		ib, okb := first[b]
		if !oka || !okb {
			t.Errorf("no stop in %s or %s", a, b)
			continue
		}
		if last[a] > ib {
			t.Errorf("a stop of %s (Tab %d) comes after the first of %s (Tab %d)", a, last[a]+1, b, ib+1)
		}
		if seen[ia].X >= seen[ib].X {
			t.Errorf("%s's first stop (x=%.0f) is not left of %s's (x=%.0f), though it comes first", a, seen[ia].X, b, seen[ib].X)
		}
	}
}

// The skip links are the page's first stops, seen when focused, and move
// the focus to the levers and to the results, on the live page and on the
// server's page with JavaScript off.
func TestBrowserKeysSkipLinks(t *testing.T) {
	for _, script := range []bool{true, false} {
		t.Run(map[bool]string{true: "live", false: "no-script"}[script], func(t *testing.T) {
			tb := newTab(t)
			if script {
				tb.open("/")
			} else {
				tb.do("turning JavaScript off", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
					_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
					return err
				}))
				tb.do("navigating to /", chromedp.Navigate(tb.base+"/"))
			}
			for i, c := range []struct{ link, target string }{
				{"Skip to the levers", `input[name="silver"]`},
				{"Skip to the results", "#totals-h"},
			} {
				tb.do("reloading", chromedp.Reload())
				if script {
					tb.waitLive()
				}
				tb.fromTheTop()
				for range i + 1 {
					tb.do("pressing Tab", chromedp.KeyEvent(kb.Tab))
				}
				if got := tb.focused(); got.Desc != "a "+c.link || got.W < 20 {
					t.Fatalf("Tab %d focuses %q, %.0f px wide; want the link %q, in sight", i+1, got.Desc, got.W, c.link)
				}
				tb.do("pressing Enter", chromedp.KeyEvent(kb.Enter))
				tb.poll(c.link+" moves the focus to "+c.target, func() (bool, string) {
					return js[bool](tb, fmt.Sprintf(`document.activeElement === document.querySelector(%q)`, c.target)), "the focus is on " + tb.focused().Desc
				})
				if script && js[string](tb, `location.hash`) != "" {
					t.Errorf("%s: the address took the link's fragment: %s", c.link, js[string](tb, `location.href`))
				}
			}
		})
	}
}

// In a figure table the arrow keys move among its sources and "Why?"s
// (Home and End to the ends), Enter opens the one focused, the table stays
// one stop, which stays where the keys left it through Tab away and back
// and through a switch of quarter that writes every release cell anew; axe
// finds nothing on the page after.
func TestBrowserKeysRoving(t *testing.T) {
	src := axeSource(t)
	tb := newTab(t)
	tb.open("/")
	const table = `document.querySelector("section.totals table.figures")`
	const sums = table + `.querySelectorAll("summary")`
	// at is the index of the focused summary among the table's, -1 if
	// another element has the focus.
	at := func() int {
		return js[int](tb, `[...`+sums+`].indexOf(document.activeElement)`)
	}
	stops := func() string {
		return js[string](tb, `[...`+sums+`].map((s, i) => s.getAttribute("tabindex") === "-1" ? "" : i).filter(i => i !== "").join(",")`)
	}
	n := js[int](tb, sums+`.length`)
	if n < 4 {
		t.Fatalf("the company's table has %d summaries", n)
	}
	tb.do("focusing the results' heading", chromedp.Focus(chromedp.CSS("#totals-h")))
	tb.do("pressing Tab", chromedp.KeyEvent(kb.Tab))
	start := at()
	if start < 0 || stops() != fmt.Sprint(start) {
		t.Fatalf("Tab from the heading focuses %s (summary %d); the table's stops are %q", tb.focused().Desc, start, stops())
	}
	press := func(key, name string, want int) {
		t.Helper()
		tb.do("pressing "+name, chromedp.KeyEvent(key))
		if got := at(); got != want || stops() != fmt.Sprint(want) {
			t.Fatalf("%s: summary %d has the focus and %q the stop, want %d", name, got, stops(), want)
		}
	}
	press(kb.Home, "Home", 0)
	press(kb.ArrowUp, "Up at the first", 0)
	press(kb.ArrowDown, "Down", 1)
	press(kb.ArrowDown, "Down", 2)
	press(kb.End, "End", n-1)
	press(kb.ArrowDown, "Down at the last", n-1)
	press(kb.ArrowUp, "Up", n-2)
	press(kb.Home, "Home", 0)
	press(kb.ArrowDown, "Down", 1)
	press(kb.ArrowDown, "Down", 2)
	tb.do("pressing Enter", chromedp.KeyEvent(kb.Enter))
	if !js[bool](tb, sums+`[2].parentElement.open`) {
		t.Fatal("Enter did not open the focused summary's details")
	}
	tb.do("pressing Enter", chromedp.KeyEvent(kb.Enter))
	if js[bool](tb, sums+`[2].parentElement.open`) {
		t.Fatal("Enter again did not close it")
	}
	tb.do("pressing Tab", chromedp.KeyEvent(kb.Tab))
	if at() >= 0 {
		t.Fatalf("Tab from the table's stop stays in the table: summary %d", at())
	}
	tb.do("pressing Shift+Tab", chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
	if got := at(); got != 2 {
		t.Fatalf("Shift+Tab back into the table focuses summary %d (%s), want 2, where the keys left the stop", got, tb.focused().Desc)
	}
	// A switch of quarter writes every release cell anew.
	row := js[string](tb, sums+`[2].closest("tr").dataset.live`)
	tb.do("switching to Q1 2006", chromedp.Click(chromedp.CSS(`input[name="period"][value="2006q1"]`)))
	tb.waitSearch("?period=2006q1")
	tb.poll("the stop stays where the keys left it", func() (bool, string) {
		ok := stops() == "2" && js[string](tb, sums+`[2].closest("tr").dataset.live`) == row
		return ok, fmt.Sprintf("the table's stops are %q", stops())
	})
	checkAxe(t, tb, src, true)
}
