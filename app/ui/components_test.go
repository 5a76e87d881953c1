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
	c.s.FromURL(&url.URL{Path: "/", RawQuery: query})
	c.live.Update(c.s.View())
	return c
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
	var f view.Figure
	for _, g := range c.s.View().Company {
		if g.Metric == "company.gross-profit" {
			f = g
		}
	}
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

// A refused text's field, as the page writes it: invalid, described by its
// message, which follows it.
func TestLeverFieldHTML(t *testing.T) {
	c := newCalculator(t, "")
	tons := calc.MineLever(calc.LuckyFriday, calc.Tons)
	c.s.Edit(tons, "1e9")
	lever := c.s.View().Mines[0].Levers[0]
	_, message := c.s.Field(tons)
	id := "lever-lucky-friday.tons"
	field := findElem(t, leverHTML(lever), "input")
	for k, v := range map[string]string{"type": "text", "id": id, "name": "lucky-friday.tons", "inputmode": "decimal", "autocomplete": "off",
		"spellcheck": "false", "value": "1e9", "aria-invalid": "true", "aria-describedby": id + "-error " + id + "-base"} {
		if got, _ := dom.Attr(field, k); got != v {
			t.Errorf("the field has %s=%q, want %q", k, got, v)
		}
	}
	msg := findElem(t, leverHTML(lever), "p")
	if got, _ := dom.Attr(msg, "id"); got != id+"-error" || dom.Text(msg) != message || message == "" {
		t.Errorf("the message is #%s %q, want #%s %q", got, dom.Text(msg), id+"-error", message)
	}
}

// The notices name the link's keys that did not apply.
func TestNoticeBar(t *testing.T) {
	c := newCalculator(t, "copper=3&silver=20&period=2006q1")
	h := mount(t, func() app.UI { return c.noticeBar() })
	if err := app.Match(app.Elem("li").DataSet("key", "copper"), h, 0, 1, 0); err != nil {
		t.Error(err)
	}
}

// The pinned comparison is headed by the pinned scenario's name.
func TestPinPanelCaption(t *testing.T) {
	c := newCalculator(t, "silver=20")
	c.s.PinScenario()
	c.live.Update(c.s.View())
	caption := dom.Text(findElem(t, app.HTMLString(c.pinPanel()), "caption"))
	if want := "Pinned: \u201cSilver $20.00/oz\u201d beside the current scenario"; !strings.HasPrefix(caption, want) {
		t.Errorf("caption %q, want it to start %q", caption, want)
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
