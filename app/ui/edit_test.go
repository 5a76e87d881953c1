package ui

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// Typed key by key, a text that passes through valid values on the way to
// an invalid one leaves in force the value the lever had when the edit
// began, never a prefix typed on the way; the message says which value.
func TestEditKeyByKey(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		lever       calc.Lever
		keys        string
		want        string // the query in force after the last key
		message     string // a part of the last message ("" for none)
	}{
		{"silver 1e3", "", calc.PriceLever(calc.Silver), "1e3", "", "in force: $13.31 per oz, its value before this edit"},
		{"recovery 105", "", calc.MineLever(calc.LaCamorra, calc.Recovery), "105", "", "La Camorra recovery cannot be above 100%; in force: "},
		{"recovery 91.72%", "", calc.MineLever(calc.LuckyFriday, calc.Recovery), "90.5%", "lucky-friday.recovery=90.5", ""},
		{"from a changed value", "silver=20", calc.PriceLever(calc.Silver), "1x", "silver=20", "in force: $20.00 per oz"},
		{"tons 12x", "", calc.MineLever(calc.LuckyFriday, calc.Tons), "12x", "", "Lucky Friday ore tons: enter a number of tons, such as 84,848; in force: 84,848 tons"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCalculator(t, tc.query)
			c.beginEdit(tc.lever)
			for i := 1; i <= len(tc.keys); i++ {
				c.edit(tc.lever, tc.keys[:i])
			}
			if got := c.model.Encode(c.scenario); got != tc.want {
				t.Errorf("after typing %q: the scenario is %q, want %q", tc.keys, got, tc.want)
			}
			if msg := c.errs[tc.lever]; (tc.message == "") != (msg == "") || !strings.Contains(msg, tc.message) {
				t.Errorf("after typing %q: message %q, want one with %q", tc.keys, msg, tc.message)
			}
			if c.texts[tc.lever] != tc.keys {
				t.Errorf("the field holds %q, want what was typed, %q", c.texts[tc.lever], tc.keys)
			}
		})
	}
}

// A switch of quarter keeps every changed lever and says which.
func TestSwitchPeriodKeepsChanges(t *testing.T) {
	c := newCalculator(t, "silver=20&lucky-friday.tons=90000")
	p, _ := c.model.Period(calc.Q1of2006)
	s, kept := view.SwitchPeriod(c.model, c.scenario, p)
	if got := c.model.Encode(s); got != "period=2006q1&silver=20&lucky-friday.tons=90000" {
		t.Errorf("moved to Q1 2006: %q", got)
	}
	note := view.PeriodNote(p, s, kept)
	for _, want := range []string{"Silver price $20.00 per oz", "Lucky Friday ore tons 90,000 tons", "Reset all"} {
		if !strings.Contains(note, want) {
			t.Errorf("the note %q does not say %q", note, want)
		}
	}
	back, kept := view.SwitchPeriod(c.model, s, c.model.Default())
	if got := c.model.Encode(back); got != "silver=20&lucky-friday.tons=90000" || len(kept) != 2 {
		t.Errorf("back to Q1 2007: %q, kept %v", got, kept)
	}
}
