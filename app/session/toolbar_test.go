package session

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

func quarter(id calc.PeriodID) step {
	return step{"quarter " + string(id), func(s *Session) Change { return s.SwitchQuarter(id) }}
}

func deck(key string) step {
	return step{"deck " + key, func(s *Session) Change { return s.ApplyDeck(key) }}
}

var resetAll = step{"reset all", (*Session).ResetAll}

// The toolbar's and the decks' changes of the whole scenario: each is a
// history entry of its own; a switch of quarter keeps every changed lever
// and says which, until "Reset all".
func TestWholeScenarioChanges(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		steps       []step
		address     string // the last step's
		want        string // in force, as a query
		note        []string
		layout      bool // the last step's
	}{
		{"to Q1 2006", "silver=20&lucky-friday.tons=90000", []step{quarter(calc.Q1of2006)},
			"push ?period=2006q1&silver=20&lucky-friday.tons=90000", "period=2006q1&silver=20&lucky-friday.tons=90000",
			[]string{"Silver price $20.00 per oz", "Lucky Friday ore tons 90,000 tons", "Reset all"}, true},
		{"and back", "silver=20&lucky-friday.tons=90000", []step{quarter(calc.Q1of2006), quarter(calc.Q1of2007)},
			"push ?silver=20&lucky-friday.tons=90000", "silver=20&lucky-friday.tons=90000", []string{"Silver price $20.00 per oz"}, true},
		{"no such quarter", "silver=20", []step{quarter("2008q1")}, "none", "silver=20", nil, false},
		{"a range moves with its lever", "silver=20&range.silver=18:22", []step{quarter(calc.Q1of2006)},
			"push ?period=2006q1&silver=20&range.silver=18:22", "period=2006q1&silver=20&range.silver=18:22", []string{"Silver price $20.00 per oz"}, true},
		{"a range not holding the quarter's price stays behind", "range.silver=11:16&range.gold=500:700", []step{quarter(calc.Q1of2006)},
			"push ?period=2006q1&range.gold=500:700", "period=2006q1&range.gold=500:700", nil, true},
		{"reset all keeps the quarter", "silver=20", []step{quarter(calc.Q1of2006), resetAll}, "push ?period=2006q1", "period=2006q1", nil, true},
		{"reset all, nothing noted", "silver=20", []step{resetAll}, "push ?", "", nil, false},
		{"deck 2006q1", "lucky-friday.tons=90000", []step{deck("2006q1")},
			"push ?silver=9.69&gold=554&lead=0.56&zinc=1.02&lucky-friday.tons=90000", "silver=9.69&gold=554&lead=0.56&zinc=1.02&lucky-friday.tons=90000", nil, false},
		{"deck low", "lucky-friday.tons=90000", []step{deck("low")},
			"push ?silver=10.648&gold=520&lead=0.648&zinc=1.256&lucky-friday.tons=90000", "silver=10.648&gold=520&lead=0.648&zinc=1.256&lucky-friday.tons=90000", nil, false},
		{"deck high", "lucky-friday.tons=90000", []step{deck("high")},
			"push ?silver=15.972&gold=780&lead=0.972&zinc=1.884&lucky-friday.tons=90000", "silver=15.972&gold=780&lead=0.972&zinc=1.884&lucky-friday.tons=90000", nil, false},
		{"deck 2007q1", "lucky-friday.tons=90000&silver=20", []step{deck("2007q1")}, "push ?lucky-friday.tons=90000", "lucky-friday.tons=90000", nil, false},
		{"no such deck", "", []step{deck("2008q1")}, "none", "", nil, false},
		{"a deck clears the link's status", "", []step{{"copy link", (*Session).Copied}, deck("high")},
			"push ?silver=15.972&gold=780&lead=0.972&zinc=1.884", "silver=15.972&gold=780&lead=0.972&zinc=1.884", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.query)
			chs := run(s, tc.steps)
			last := chs[len(chs)-1]
			if got := address(last); got != tc.address {
				t.Errorf("%s: the address %s, want %s", names(tc.steps), got, tc.address)
			}
			if got := inForce(s); got != tc.want {
				t.Errorf("%s: in force %q, want %q", names(tc.steps), got, tc.want)
			}
			note := s.Toolbar().PeriodNote
			for _, want := range tc.note {
				if !strings.Contains(note, want) {
					t.Errorf("%s: the note %q does not say %q", names(tc.steps), note, want)
				}
			}
			if tc.note == nil && note != "" {
				t.Errorf("%s: a note %q, want none", names(tc.steps), note)
			}
			if last.Layout != tc.layout {
				t.Errorf("%s: %+v, want Layout %v", names(tc.steps), last, tc.layout)
			}
		})
	}
}

// The link's status is this scenario's: an edit clears it, and only then
// is the layout the page's to redraw.
func TestCopyLinkStatus(t *testing.T) {
	s := newSession(t, "")
	for _, tc := range []struct {
		step   step
		copied string
		failed bool
		layout bool
	}{
		{step{"copy", (*Session).CopyStarted}, "Copying the link…", false, true},
		{step{"copied", (*Session).Copied}, "Link copied.", false, true},
		{edit(silver, "20"), "", false, true},
		{edit(silver, "21"), "", false, false},
		{step{"refused", (*Session).CopyRefused}, "The browser did not let the page copy the link", true, true},
		{step{"copy again", (*Session).CopyStarted}, "Copying the link…", false, true},
	} {
		ch := tc.step.do(s)
		tb := s.Toolbar()
		if !strings.HasPrefix(tb.Copied, tc.copied) || (tc.copied == "") != (tb.Copied == "") || tb.CopyFailed != tc.failed || ch.Layout != tc.layout {
			t.Errorf("%s: status %q, failed %v, layout %v; want %q, %v, %v", tc.step.name, tb.Copied, tb.CopyFailed, ch.Layout, tc.copied, tc.failed, tc.layout)
		}
	}
}
