package ui

import (
	"github.com/hecla-calc/calculator/internal/dom"
	"net/url"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// host mounts any piece of UI in go-app's test engine, and can have it
// rendered again and compared, as go-app does after an event.
type host struct {
	app.Compo
	ui     func() app.UI
	engine app.TestEngine
	ctx    app.Context
}

func (h *host) Render() app.UI { return h.ui() }

// OnPreRender is where a component gets its context outside a browser.
func (h *host) OnPreRender(ctx app.Context) { h.ctx = ctx }

// redraw renders the host again and updates what it mounted.
func (h *host) redraw() {
	h.ctx.Dispatch(nil)
	h.engine.ConsumeAll()
}

func mount(tb testing.TB, ui func() app.UI) *host {
	tb.Helper()
	h := &host{ui: ui, engine: app.NewTestEngine()}
	if err := h.engine.Load(h); err != nil {
		tb.Fatal(err)
	}
	h.engine.ConsumeAll()
	return h
}

// newCalculator is the page as the browser has it after loading query.
func newCalculator(t *testing.T, query string) *calculator {
	t.Helper()
	c := &calculator{}
	c.OnInit()
	if c.loadErr != "" {
		t.Fatal(c.loadErr)
	}
	c.fromURL(&url.URL{Path: "/", RawQuery: query})
	return c
}

func viewFigure(t *testing.T, v *view.Page, metric string) view.Figure {
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

// Every output of the contract is on the pre-rendered page exactly once,
// as a data-metric; the 2007 outlook's only on the first quarter of 2007,
// whose release the guidance is.
func TestPageShowsEveryOutput(t *testing.T) {
	for _, query := range []string{"", "period=2006q1"} {
		doc := prerendered(t, livePage(t, query))
		seen := map[string]int{}
		for n := range doc.Descendants() {
			if m, ok := dom.Attr(n, "data-metric"); ok {
				seen[m]++
			}
		}
		want := 0
		for _, name := range calc.OutputNames() {
			shown := query == "" || !strings.HasPrefix(name, "fy2007.")
			if shown {
				want++
			}
			if n := seen[name]; (shown && n != 1) || (!shown && n != 0) {
				t.Errorf("%q: %s shown %d times", query, name, n)
			}
		}
		if len(seen) != want {
			t.Errorf("%q: %d outputs on the page, %d in the contract", query, len(seen), want)
		}
	}
}

// A figure's cell carries data-metric and the unrounded data-value, and shows
// the release's formatting.
func TestFigureRowCarriesTheContract(t *testing.T) {
	c := newCalculator(t, "silver=20")
	f := viewFigure(t, &c.view, "company.gross-profit")
	out := findElem(t, "<table><tbody><tr>"+rowHTML(f)+"</tr></tbody></table>", "output")
	for k, v := range map[string]string{"aria-live": "off", "data-metric": "company.gross-profit", "data-value": "25417810.805759263113"} {
		if got, _ := dom.Attr(out, k); got != v {
			t.Errorf("the figure's output has %s=%q, want %q", k, got, v)
		}
	}
	if got := dom.Text(out); got != "$25,418" {
		t.Errorf("the figure reads %q, want $25,418", got)
	}
	if f.Baseline != "$16,422" || f.Change != "+$8,996" || f.Percent != "+54.8%" || f.Tone != view.ToneBetter {
		t.Errorf("got baseline %q change %q %q tone %s", f.Baseline, f.Change, f.Percent, f.Tone)
	}
}

// Costs per ounce: silver to the cent, gold to the dollar, negatives in
// parentheses; a cost that rises is worse news.
func TestPerOunceFormatting(t *testing.T) {
	c := newCalculator(t, "silver=20")
	cases := map[string][2]string{ // metric -> text, baseline text
		"silver.total-cash-cost-per-oz":       {"$(0.93)", "$(1.12)"},
		"greens-creek.total-cash-cost-per-oz": {"$(4.36)", "$(4.62)"},
		"la-camorra.total-cash-cost-per-oz":   {"$475", "$475"},
		"lucky-friday.produced":               {"852,113", "852,113"},
		"company.eps":                         {"$0.14", "$0.07"},
	}
	for metric, want := range cases {
		f := viewFigure(t, &c.view, metric)
		if f.Text != want[0] || f.Baseline != want[1] {
			t.Errorf("%s: %q (release %q), want %q (%q)", metric, f.Text, f.Baseline, want[0], want[1])
		}
	}
	if f := viewFigure(t, &c.view, "silver.total-cash-cost-per-oz"); f.Tone != view.ToneWorse || f.Change != "+$0.19" {
		t.Errorf("silver cash cost up by %q, tone %s; want +$0.19, worse", f.Change, f.Tone)
	}
	if f := viewFigure(t, &c.view, "greens-creek.break-even-price"); f.Value != "" || f.Note != "profitable at every price" {
		t.Errorf("Greens Creek break-even: value %q note %q", f.Value, f.Note)
	}
}

// Typing a valid value recomputes; an invalid one shows its rule and leaves
// the last valid figures in force.
func TestEditKeepsLastValidValue(t *testing.T) {
	c := newCalculator(t, "")
	silver := calc.PriceLever(calc.Silver)
	tons := calc.MineLever(calc.LuckyFriday, calc.Tons)
	if !c.edit(silver, "20") || c.view.Query != "silver=20" {
		t.Fatalf("silver 20: query %q", c.view.Query)
	}
	before := viewFigure(t, &c.view, "company.gross-profit").Value
	for _, bad := range []struct{ text, rule string }{
		{"12x", "enter a number"},
		{"-5", "cannot be negative"},
		{"1e9", "enter a number"},
	} {
		if c.edit(tons, bad.text) {
			t.Fatalf("%q accepted", bad.text)
		}
		msg := c.errs[tons]
		if !strings.Contains(msg, "Lucky Friday ore tons") || !strings.Contains(msg, bad.rule) {
			t.Errorf("%q: message %q does not name the lever and the rule %q", bad.text, msg, bad.rule)
		}
		if got := viewFigure(t, &c.view, "company.gross-profit").Value; got != before {
			t.Errorf("%q changed the figures: %s, was %s", bad.text, got, before)
		}
	}
	lever := c.view.Mines[0].Levers[0]
	id := "lever-lucky-friday.tons"
	field := findElem(t, leverHTML(lever), "input")
	for k, v := range map[string]string{"type": "text", "id": id, "name": "lucky-friday.tons", "inputmode": "decimal", "autocomplete": "off",
		"spellcheck": "false", "value": "1e9", "aria-invalid": "true", "aria-describedby": id + "-error " + id + "-base"} {
		if got, _ := dom.Attr(field, k); got != v {
			t.Errorf("the field has %s=%q, want %q", k, got, v)
		}
	}
	msg := findElem(t, leverHTML(lever), "p")
	if got, _ := dom.Attr(msg, "id"); got != id+"-error" || dom.Text(msg) != c.errs[tons] {
		t.Errorf("the message is #%s %q, want #%s %q", got, dom.Text(msg), id+"-error", c.errs[tons])
	}
	if !c.edit(tons, "90,000") || c.errs[tons] != "" || c.view.Query != "silver=20&lucky-friday.tons=90000" {
		t.Errorf("90,000: query %q, error %q", c.view.Query, c.errs[tons])
	}
}

// The slider's position maps to twice the release's figure, at the
// precision the release prints the lever.
func TestSliderPositions(t *testing.T) {
	c := newCalculator(t, "")
	for _, tc := range []struct {
		lever calc.Lever
		pos   string
		want  string
	}{
		{calc.PriceLever(calc.Silver), "50", "13.31"},
		{calc.PriceLever(calc.Silver), "51", "13.58"},
		{calc.PriceLever(calc.Silver), "100", "26.62"},
		{calc.PriceLever(calc.Gold), "0", "0"},
		{calc.MineLever(calc.LaCamorra, calc.Grade), "75", "0.887"},
		{calc.MineLever(calc.LuckyFriday, calc.Recovery), "100", "100"},
	} {
		got := view.SliderValue(c.period, tc.lever, dec(tc.pos))
		if !got.Equal(dec(tc.want)) {
			t.Errorf("%s at %s: %s, want %s", tc.lever.Key(), tc.pos, got, tc.want)
		}
	}
	silver := c.view.Prices[0]
	if silver.Slider != "50" || silver.ValueText != "$13.31 per oz" {
		t.Errorf("silver slider at %q, %q", silver.Slider, silver.ValueText)
	}
}

// A bad URL names what it did not apply; the period switch resets levers.
func TestURLNoticesAndPeriod(t *testing.T) {
	c := newCalculator(t, "copper=3&silver=20&period=2006q1")
	if len(c.notices) != 1 || c.notices[0].Key != "copper" {
		t.Fatalf("notices %+v", c.notices)
	}
	if c.view.Period != calc.Q1of2006 || c.texts[calc.PriceLever(calc.Silver)] != "20" {
		t.Errorf("period %s, silver field %q", c.view.Period, c.texts[calc.PriceLever(calc.Silver)])
	}
	h := mount(t, func() app.UI { return c.noticeBar() })
	if err := app.Match(app.Elem("li").DataSet("key", "copper"), h, 0, 1, 0); err != nil {
		t.Error(err)
	}
	c.apply(calc.Scenario{})
	if c.view.Period != calc.Q1of2007 || c.texts[calc.PriceLever(calc.Silver)] != "13.31" {
		t.Errorf("after switching: period %s, silver field %q", c.view.Period, c.texts[calc.PriceLever(calc.Silver)])
	}
}

// findElem is the first element named tag in a fragment of HTML.
func findElem(t *testing.T, fragment, tag string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == tag {
			return n
		}
	}
	t.Fatalf("no <%s> in %s", tag, fragment)
	return nil
}
