//go:build !wasm

package main

// Editing the levers: typing, the slider's keys, a refused text, the period
// and the reset; the figures follow each edit.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

func TestBrowserTyping(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")

	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")

	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.waitSearch("?silver=20&lucky-friday.tons=90000")
	tb.waitFigures("silver=20&lucky-friday.tons=90000")
	if got := tb.value(`input[name="silver"]`); got != "20" {
		t.Errorf("the silver field shows %q after typing elsewhere, want 20", got)
	}
	// A changed lever offers its reset.
	if !js[bool](tb, `document.querySelector('.lever[data-lever="lucky-friday.tons"] button.reset') !== null`) {
		t.Errorf("no reset button on Lucky Friday ore tons after changing it")
	}
}

// The figures follow an edit in the input event's own task (the live layer,
// app/live), not at go-app's next frame: read as soon as dispatchEvent
// returns, every figure already has -eval's value for the new scenario.
// With the analysis panel open too: its charts follow a frame later.
func TestBrowserFiguresFollowInTheInputsTask(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")
	base := evalFigures(t, "")
	edit := func(silver string) {
		t.Helper()
		got := js[map[string]string](tb, `(() => {
			const field = document.querySelector('input[name="silver"]');
			field.value = "`+silver+`";
			field.dispatchEvent(new Event("input", { bubbles: true }));
			const out = {};
			document.querySelectorAll("[data-metric]").forEach(e => { out[e.dataset.metric] = e.getAttribute("data-value"); });
			return out;
		})()`)
		want := evalFigures(t, "silver="+silver)
		changed := 0
		for metric, v := range want {
			if got[metric] != v {
				t.Errorf("silver %s: %s: %q when the input event returned, -eval %q", silver, metric, got[metric], v)
			}
			if base[metric] != v {
				changed++
			}
		}
		if changed < 15 {
			t.Errorf("silver at $%s changes %d figures; the test needs an edit that moves many", silver, changed)
		}
	}
	edit("17.5")

	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	curve := func() string { return js[string](tb, `(document.querySelector("#curve svg") || {}).innerHTML || ""`) }
	tb.poll("the price curve is drawn", func() (bool, string) { return curve() != "", "no curve yet" })
	before := curve()
	edit("21")
	tb.poll("the price curve follows", func() (bool, string) { return curve() != before, "unchanged" })
}

func TestBrowserSlider(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")

	const slider = "#lever-silver-slider"
	attr := func(name string) decimal.Decimal {
		s := js[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute(%q) || ""`, slider, name))
		d, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatalf("%s %s=%q: %v", slider, name, s, err)
		}
		return d
	}
	pos, err := decimal.NewFromString(tb.value(slider))
	if err != nil {
		t.Fatal(err)
	}
	lo, hi, step := attr("min"), attr("max"), attr("step")
	// The slider's rule: a position of lo..hi across zero to twice the
	// release's figure, rounded to the places the release prints it with.
	silver := calc.PriceLever(calc.Silver)
	base := e2eModel.Default().BaselineLever(silver)
	valueAt := func(p decimal.Decimal) decimal.Decimal {
		top := base.Mul(decimal.NewFromInt(2))
		return top.Mul(p.Sub(lo)).Div(hi.Sub(lo)).Round(-base.Exponent())
	}
	if got := valueAt(pos); !got.Equal(base) {
		t.Fatalf("the slider starts at position %s, which is %s, not the release's %s", pos, got, base)
	}
	after := pos.Add(step.Mul(decimal.NewFromInt(2)))
	want := valueAt(after).String()
	if want != "13.58" { // the same rule by hand: 26.62 × 51% = 13.5762
		t.Fatalf("derived %s for position %s, not 13.58: the slider's min, max or step changed", want, after)
	}

	tb.do("pressing ArrowRight twice on "+slider,
		chromedp.Focus(chromedp.CSS(slider)),
		chromedp.KeyEvent(kb.ArrowRight),
		chromedp.KeyEvent(kb.ArrowRight),
	)
	tb.waitValue(`input[name="silver"]`, want)
	tb.waitSearch("?silver=" + want)
	q := strings.TrimPrefix(js[string](tb, `location.search`), "?")
	tb.waitFigures(q)
	gp := evalFigures(t, q)["company.gross-profit"]
	for _, f := range tb.figures() {
		if f.Metric == "company.gross-profit" && f.Value != gp {
			t.Errorf("company.gross-profit %q, -eval %q of %q", f.Value, gp, q)
		}
	}
	if got := tb.value(slider); got != after.String() {
		t.Errorf("the slider sits at %s, want %s", got, after)
	}

	tb.do("pressing Home on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.Home))
	tb.waitValue(`input[name="silver"]`, "0")
	tb.waitSearch("?silver=0")
	tb.waitFigures("silver=0")

	// Page Up moves it by 10% of the release's figure (13.31 × 10% is
	// 1.331, to the release's cents), as the README says; Page Down back.
	tb.do("pressing PageUp on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.PageUp))
	tb.waitValue(`input[name="silver"]`, "1.33")
	tb.waitSearch("?silver=1.33")
	tb.waitFigures("silver=1.33")
	tb.do("pressing PageDown on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.PageDown))
	tb.waitValue(`input[name="silver"]`, "0")
}

func TestBrowserInvalidInput(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	const field = `input[name="lucky-friday.tons"]`
	const errSel = `.lever[data-lever="lucky-friday.tons"] .field-error`

	tb.typeInto(field, "12x")
	tb.poll("a field error appears for Lucky Friday ore tons", func() (bool, string) {
		msg := js[string](tb, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, errSel))
		return strings.Contains(msg, "Lucky Friday ore tons"), fmt.Sprintf("the message is %q", msg)
	})
	if got := tb.value(field); got != "12x" {
		t.Errorf("the field shows %q, want what was typed, 12x", got)
	}
	if got := js[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-invalid")`, field)); got != "true" {
		t.Errorf("aria-invalid=%q, want true", got)
	}
	describedBy := js[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-describedby")`, field))
	errID := js[string](tb, fmt.Sprintf(`document.querySelector(%q).id`, errSel))
	if errID == "" || !slices.Contains(strings.Fields(describedBy), errID) {
		t.Errorf("aria-describedby=%q does not name the error (id %q)", describedBy, errID)
	}
	// Key by key, "1" and "12" were valid on the way, but nothing
	// half-typed stays in force: the value before this edit does.
	tb.waitFigures("")
	tb.waitSearch("")

	tb.typeInto(field, "-5")
	tb.poll("the message says it cannot be negative", func() (bool, string) {
		msg := js[string](tb, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, errSel))
		return strings.Contains(msg, "Lucky Friday ore tons") && strings.Contains(msg, "cannot be negative") && strings.Contains(msg, "in force: 84,848 tons"),
			fmt.Sprintf("the message is %q", msg)
	})
	tb.waitFigures("")
	tb.waitSearch("")
}

func TestBrowserPeriodAndReset(t *testing.T) {
	t.Run("period", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		tb.do("choosing Q1 2006", chromedp.Click(chromedp.CSS(`input[name="period"][value="2006q1"]`)))
		tb.waitSearch("?period=2006q1")
		tb.waitFigures("period=2006q1")
		if !js[bool](tb, `document.querySelector('input[name="period"][value="2006q1"]').checked`) ||
			js[bool](tb, `document.querySelector('input[name="period"][value="2007q1"]').checked`) {
			t.Error("Q1 2006 is not the one checked period")
		}
	})
	t.Run("reset", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/?silver=20&gold=700")
		tb.waitFigures("silver=20&gold=700")
		tb.do("clicking #reset-all", chromedp.Click(chromedp.CSS("#reset-all")))
		tb.waitSearch("")
		tb.waitFigures("")
		silver := e2eModel.Default().BaselineLever(calc.PriceLever(calc.Silver)).String()
		if got := tb.value(`input[name="silver"]`); got != silver {
			t.Errorf("the silver field shows %q after reset, want the release's %s", got, silver)
		}
	})
}
