//go:build !wasm

package main

// The contract: every [data-metric] figure the page shows is what -eval
// prints for the same query, live, pre-rendered and without JavaScript.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// shownFigure is one [data-metric] element of the page.
type shownFigure struct {
	Metric   string `json:"metric"`
	Value    string `json:"value"`
	HasValue bool   `json:"hasValue"`
	Text     string `json:"text"`
}

func (tb *tab) figures() []shownFigure {
	tb.t.Helper()
	return js[[]shownFigure](tb, `Array.from(document.querySelectorAll("[data-metric]"), e => ({
		metric: e.getAttribute("data-metric"),
		value: e.getAttribute("data-value") || "",
		hasValue: e.hasAttribute("data-value"),
		text: e.textContent,
	}))`)
}

// evalFigures is what -eval prints for query: each output's unrounded
// decimal, "" for null.
func evalFigures(t *testing.T, query string) map[string]string {
	t.Helper()
	testServer(t) // loads the model
	var buf bytes.Buffer
	if err := writeEval(&buf, e2eModel, query); err != nil {
		t.Fatalf("-eval %q: %v", query, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatalf("-eval %q: not JSON: %v\n%s", query, err, buf.String())
	}
	out := map[string]string{}
	for _, name := range calc.OutputNames() {
		v, ok := raw[name]
		if !ok {
			t.Fatalf("-eval %q: no %q", query, name)
		}
		var s *string
		if err := json.Unmarshal(v, &s); err != nil {
			t.Fatalf("-eval %q: %s is %s, not a string or null", query, name, v)
		}
		if s != nil {
			out[name] = *s
		}
	}
	return out
}

// diffFigures lists how the page's figures differ from -eval's: the set of
// names must be calc.OutputNames() exactly, and each value -eval's string.
// A figure that does not exist (null) must have data-value="", present
// and empty, as the contract says; only the 2007 outlook, which does not
// exist outside the first quarter of 2007, is then left off the page.
func diffFigures(want map[string]string, got []shownFigure) []string {
	var diffs []string
	seen := map[string]bool{}
	for _, f := range got {
		seen[f.Metric] = true
		w, known := want[f.Metric]
		switch {
		case !slices.Contains(calc.OutputNames(), f.Metric):
			diffs = append(diffs, fmt.Sprintf("%s: on the page, not an output of the contract", f.Metric))
		case !known && (!f.HasValue || f.Value != ""):
			diffs = append(diffs, fmt.Sprintf("%s: page %q (attribute present: %v), -eval null: want data-value=\"\"", f.Metric, f.Value, f.HasValue))
		case known && (!f.HasValue || f.Value != w):
			diffs = append(diffs, fmt.Sprintf("%s: page %q (text %q), -eval %q", f.Metric, f.Value, f.Text, w))
		}
	}
	for _, name := range calc.OutputNames() {
		_, exists := want[name]
		if !seen[name] && (exists || !strings.HasPrefix(name, "fy2007.")) {
			diffs = append(diffs, fmt.Sprintf("%s: missing from the page", name))
		}
	}
	return diffs
}

// waitFigures waits until every figure on the page is -eval's for query.
func (tb *tab) waitFigures(query string) {
	tb.t.Helper()
	want := evalFigures(tb.t, query)
	tb.poll(fmt.Sprintf("the page's figures equal -eval %q", query), func() (bool, string) {
		d := diffFigures(want, tb.figures())
		return len(d) == 0, strings.Join(d, "\n")
	})
}

func TestBrowserScenarioURL(t *testing.T) {
	for _, q := range []string{
		"silver=20&lucky-friday.tons=90000&la-camorra.grade=0.6",
		"period=2006q1&zinc=2",
	} {
		t.Run(q, func(t *testing.T) {
			tb := newTab(t)
			tb.open("/?" + q)
			tb.waitFigures(q)
			tb.waitSearch("?" + q) // already in the encoder's form, so unchanged
		})
	}
}

func TestBrowserNotices(t *testing.T) {
	tb := newTab(t)
	tb.open("/?copper=3&silver=20")
	text := js[string](tb, `(document.querySelector(".notices") || {}).textContent || ""`)
	if !strings.Contains(text, "copper") {
		t.Fatalf("the notices %q do not name copper", text)
	}
	tb.waitFigures("silver=20")
	tb.do("clicking #dismiss-notices", chromedp.Click(chromedp.CSS("#dismiss-notices")))
	tb.poll("the notices go away", func() (bool, string) {
		return js[bool](tb, `document.querySelector(".notices") === null`), "the notices are still there"
	})
	tb.waitFigures("silver=20")
}

// TestE2EPrerenderedHTML reads the server's HTML as a crawler or a browser
// without JavaScript gets it: no browser involved.
func TestE2EPrerenderedHTML(t *testing.T) {
	base := testServer(t)
	const q = "silver=20"
	res, body := servetest.Get(t, base+"/?"+q)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /?%s: %s", q, res.Status)
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var got []shownFigure
	var periods []string // the period radios HTML reads as checked
	silverValue, silverFound := "", false
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if m, ok := dom.Attr(n, "data-metric"); ok {
			v, has := dom.Attr(n, "data-value")
			got = append(got, shownFigure{Metric: m, Value: v, HasValue: has, Text: dom.Text(n)})
		}
		if _, open := dom.Attr(n, "open"); open && n.Data == "details" {
			id, _ := dom.Attr(n, "id")
			t.Errorf("pre-rendered, <details id=%q> is open (an attribute open=\"false\" is open): every panel starts closed", id)
		}
		if n.Data == "input" {
			name, _ := dom.Attr(n, "name")
			if name == "silver" {
				silverValue, silverFound = dom.Attr(n, "value")
			}
			if _, on := dom.Attr(n, "checked"); on && name == "period" {
				v, _ := dom.Attr(n, "value")
				periods = append(periods, v)
			}
		}
	}
	if len(periods) != 1 || periods[0] != "2007q1" {
		t.Errorf("pre-rendered, the period radios checked are %q, want only 2007q1 (an attribute checked=\"false\" is checked)", periods)
	}
	if d := diffFigures(evalFigures(t, q), got); len(d) > 0 {
		t.Errorf("pre-rendered figures differ from -eval %q:\n%s", q, strings.Join(d, "\n"))
	}
	if !silverFound || silverValue != "20" {
		t.Errorf(`input[name="silver"] value %q (present: %v), want 20`, silverValue, silverFound)
	}
	for _, f := range got {
		if f.Metric == "company.gross-profit" && f.Text != "$25,418" {
			t.Errorf("company.gross-profit reads %q, want $25,418 (thousands, grouped)", f.Text)
		}
	}
}

// TestBrowserNoScript: with JavaScript off, the page still shows the URL's
// figures, pre-rendered.
func TestBrowserNoScript(t *testing.T) {
	tb := newTab(t)
	tb.do("turning JavaScript off", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	const q = "silver=20"
	tb.do("navigating to /?"+q, chromedp.Navigate(tb.base+"/?"+q))
	// No script ran: app.js would have removed the loader.
	if !js[bool](tb, `document.getElementById("app-wasm-loader") !== null`) {
		t.Fatal("the loader is gone, so scripts ran: JavaScript is not off")
	}
	if d := diffFigures(evalFigures(t, q), tb.figures()); len(d) > 0 {
		t.Errorf("figures without JavaScript differ from -eval %q:\n%s", q, strings.Join(d, "\n"))
	}
	if got := tb.value(`input[name="silver"]`); got != "20" {
		t.Errorf("the silver field shows %q, want 20", got)
	}
}
