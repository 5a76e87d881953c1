package ui

import (
	"github.com/hecla-calc/calculator/internal/dom"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestPriceDecks(t *testing.T) {
	c := newCalculator(t, "lucky-friday.tons=90000")
	for _, tc := range []struct{ deck, query string }{
		{"2006q1", "silver=9.69&gold=554&lead=0.56&zinc=1.02&lucky-friday.tons=90000"},
		{"low", "silver=10.648&gold=520&lead=0.648&zinc=1.256&lucky-friday.tons=90000"},
		{"high", "silver=15.972&gold=780&lead=0.972&zinc=1.884&lucky-friday.tons=90000"},
		{"2007q1", "lucky-friday.tons=90000"},
	} {
		if !c.applyDeck(tc.deck) || c.view.Query != tc.query {
			t.Errorf("deck %s: query %q, want %q", tc.deck, c.view.Query, tc.query)
		}
	}
	if c.applyDeck("2008q1") {
		t.Error("an unknown deck applied")
	}
}

// A pinned scenario stays while the levers move; the change is current
// minus pinned, and the table is headed by the pinned scenario's name.
func TestPinnedComparison(t *testing.T) {
	c := newCalculator(t, "silver=20")
	c.onPin(app.Context{}, app.Event{})
	c.edit(calc.PriceLever(calc.Silver), "25")
	var gp view.PinRow
	for _, r := range c.view.Pin {
		if r.Label == "Gross profit" {
			gp = r
		}
	}
	var want view.CompareRow
	for _, r := range view.NewCompare("", c.view.Result, evaluateQuery(t, c, "silver=20")).Rows {
		if r.Label == "Gross profit" {
			want = r
		}
	}
	if gp.Label == "" || gp.Change.Text != want.Change || !strings.HasPrefix(gp.Change.Text, "+$") || gp.Pinned != "$25,418" {
		t.Errorf("pinned comparison %+v, want change %s from $25,418", gp, want.Change)
	}
	caption := dom.Text(findElem(t, app.HTMLString(c.pinPanel()), "caption"))
	if want := "Pinned: \u201cSilver $20.00/oz\u201d beside the current scenario"; !strings.HasPrefix(caption, want) {
		t.Errorf("caption %q, want it to start %q", caption, want)
	}
}

func evaluateQuery(t *testing.T, c *calculator, q string) *calc.Result {
	t.Helper()
	s, _ := c.model.Decode(q, nil)
	r, err := c.model.Evaluate(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Every release figure on the page says where the release prints it.
func TestSources(t *testing.T) {
	c := newCalculator(t, "period=2006q1")
	cases := map[string]string{
		"company.gross-profit":                "printed 11,733",
		"greens-creek.total-cash-cost-per-oz": "printed (1.28)",
		"la-camorra.cost-of-sales":            "printed 13,829",
		"silver.produced":                     "printed 1,240,886",
		"lucky-friday.sales":                  "Not printed in the release",
	}
	for metric, want := range cases {
		if got := viewFigure(t, &c.view, metric).Source; !strings.Contains(got, want) {
			t.Errorf("%s: source %q, want %q", metric, got, want)
		}
	}
	for _, name := range calc.MetricNames() {
		if viewFigure(t, &c.view, name).Source == "" {
			t.Errorf("%s has no source", name)
		}
	}
}

// The assumptions panel's constants are made when it opens (or is
// pre-rendered), and follow the period; its findings are there from the
// first view, whose release cells link to them.
func TestAssumptionsPrepared(t *testing.T) {
	c := newCalculator(t, "")
	if c.consts != nil {
		t.Fatal("constants worked out before the panel opened")
	}
	c.prepareAssumptions()
	if len(c.findings) != 3+4+1 || c.findings[len(c.findings)-1].Text != "183 identities checked, 4 rounding, 3 discrepancies." {
		t.Errorf("findings %v", c.findings)
	}
	if len(c.consts) == 0 || c.consts[0].Scope != "lucky-friday" {
		t.Fatalf("constants %v", c.consts)
	}
	first := c.consts[0].Value
	c.apply(calc.Scenario{Period: calc.Q1of2006})
	if c.consts[0].Value.Equal(first) {
		t.Error("the constants did not follow the period")
	}
}
