package session

import (
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// Typed key by key, a text that passes through valid values on the way to
// an invalid one leaves in force the value the lever had when the edit
// began, never a prefix typed on the way; the message says which value,
// and the address follows what is in force.
func TestEdit(t *testing.T) {
	recovery := calc.MineLever(calc.LaCamorra, calc.Recovery)
	lfRecovery := calc.MineLever(calc.LuckyFriday, calc.Recovery)
	for _, tc := range []struct {
		name, query string
		steps       []step
		lever       calc.Lever
		want        string // the scenario in force after the steps, as a query
		text        string // what the lever's field holds then
		message     string // a part of its message ("" for none)
	}{
		{"silver 1e3", "", typeKeys(silver, "1e3"), silver, "", "1e3", "in force: $13.31 per oz, its value before this edit"},
		{"recovery 105", "", typeKeys(recovery, "105"), recovery, "", "105", "La Camorra recovery cannot be above 100%; in force: "},
		{"recovery 90.5%", "", typeKeys(lfRecovery, "90.5%"), lfRecovery, "lucky-friday.recovery=90.5", "90.5%", ""},
		{"from a changed value", "silver=20", typeKeys(silver, "1x"), silver, "silver=20", "1x", "in force: $20.00 per oz"},
		{"tons 12x", "", typeKeys(tons, "12x"), tons, "", "12x", "Lucky Friday ore tons: enter a number of tons, such as 84,848; in force: 84,848 tons"},
		{"tons 90,000", "silver=20", typeKeys(tons, "90,000"), tons, "silver=20&lucky-friday.tons=90000", "90,000", ""},
		{"a second edit starts from the first's value", "",
			slices.Concat(typeKeys(silver, "20"), []step{leave(silver)}, typeKeys(silver, "2x")),
			silver, "silver=20", "2x", "in force: $20.00 per oz"},
		{"a script's input, with no focus first", "", []step{edit(silver, "25")}, silver, "silver=25", "25", ""},
		{"a valid text clears the message", "", []step{edit(tons, "-5"), edit(tons, "90000")}, tons, "lucky-friday.tons=90000", "90000", ""},
		{"the slider", "", []step{{"silver slider at 75", func(s *Session) Change { return s.Slide(silver, dec("75")) }}},
			silver, "silver=19.97", "19.97", ""},
		{"reset", "silver=20&gold=700", []step{{"reset silver", func(s *Session) Change { return s.ResetLever(silver) }}},
			silver, "gold=700", "13.31", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.query)
			run(s, tc.steps)
			checkInForce(t, s, tc.steps, tc.lever, tc.want, tc.message)
			if text, _ := s.Field(tc.lever); text != tc.text {
				t.Errorf("%s: the field holds %q, want %q", names(tc.steps), text, tc.text)
			}
			if l := s.view.Prices[0]; l.Text != s.texts[silver] || l.Err != s.errs[silver] {
				t.Errorf("%s: the view's silver field %q %q, the session's %q %q", names(tc.steps), l.Text, l.Err, s.texts[silver], s.errs[silver])
			}
		})
	}
}

// An edit is one history entry however many keys it takes: its first
// change pushes one, the rest replace it; a key that changes nothing in
// force leaves the address alone.
func TestEditAddress(t *testing.T) {
	for _, tc := range []struct {
		name  string
		steps []step
		want  []string // each step's address
	}{
		{"1e3", typeKeys(silver, "1e3"), []string{"none", "push ?silver=1", "replace ?", "none"}},
		{"25, left, then 3", slices.Concat(typeKeys(silver, "25"), []step{leave(silver)}, typeKeys(silver, "3")),
			[]string{"none", "push ?silver=2", "replace ?silver=25", "none", "none", "push ?silver=3"}},
		{"two levers", slices.Concat(typeKeys(silver, "2"), typeKeys(gold, "7")),
			[]string{"none", "push ?silver=2", "none", "push ?silver=2&gold=7"}},
		{"a script's input, then the field's own edit", slices.Concat([]step{edit(silver, "13.31?"), edit(silver, "13.31")}, typeKeys(silver, "2")),
			[]string{"none", "none", "none", "push ?silver=2"}},
		{"the release's own value", typeKeys(silver, "13.31"), []string{"none", "push ?silver=1", "replace ?silver=13", "none", "replace ?silver=13.3", "replace ?"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, "")
			var got []string
			for _, ch := range run(s, tc.steps) {
				got = append(got, address(ch))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s:\n got  %q\n want %q", names(tc.steps), got, tc.want)
			}
		})
	}
}

// What was typed in a field before the page was live is one edit, judged
// whole when the page goes live, from the address's value: a refused text
// leaves that value in force, with a message, and the keys typed after it
// in the field the page gives the focus back continue the same edit.
func TestTakeTyped(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		steps       []step
		lever       calc.Lever
		want        string // in force, as a query
		message     string // a part of the field's message ("" for none)
	}{
		{"9e4", "", []step{typed(tons, "9e4", false)}, tons, "", "in force: 84,848 tons, its value before this edit"},
		{"90000", "", []step{typed(tons, "90000", false)}, tons, "lucky-friday.tons=90000", ""},
		{"silver 1e3", "", []step{typed(silver, "1e3", true)}, silver, "", "in force: $13.31 per oz"},
		{"from the address's value", "lucky-friday.tons=90000", []step{typed(tons, "9e4", false)}, tons, "lucky-friday.tons=90000", "in force: 90,000 tons"},
		{"9 before live, e4 after, the focus given back", "", []step{typed(tons, "9", true), focus(tons), edit(tons, "9e4")}, tons, "", "in force: 84,848 tons"},
		{"9 before live, left, then e4: an edit of its own", "", []step{typed(tons, "9", false), focus(tons), edit(tons, "9e4")}, tons, "lucky-friday.tons=9", "in force: 9 tons"},
		{"once given back, a focus is a new edit", "", []step{typed(tons, "9", true), focus(tons), leave(tons), focus(tons), edit(tons, "9e4")}, tons, "lucky-friday.tons=9", "in force: 9 tons"},
		{"not from a value taken since", "", []step{edit(tons, "9"), leave(tons), typed(tons, "9e4", false)}, tons, "", "in force: 84,848 tons"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.query)
			run(s, tc.steps)
			checkInForce(t, s, tc.steps, tc.lever, tc.want, tc.message)
		})
	}
}

// A refused text changes no figure: the last valid value stays in force,
// and the message names the lever and the rule.
func TestRefusedTextKeepsTheFigures(t *testing.T) {
	s := newSession(t, "silver=20")
	before := figure(t, &s.view, "company.gross-profit").Value
	for _, tc := range []struct{ text, rule string }{
		{"12x", "enter a number"},
		{"-5", "cannot be negative"},
		{"1e9", "enter a number"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ch := s.Edit(tons, tc.text)
			_, msg := s.Field(tons)
			if !strings.Contains(msg, "Lucky Friday ore tons") || !strings.Contains(msg, tc.rule) {
				t.Errorf("%q: message %q, want one naming the lever and the rule %q", tc.text, msg, tc.rule)
			}
			if got := figure(t, &s.view, "company.gross-profit").Value; got != before {
				t.Errorf("%q: gross profit %s, want %s", tc.text, got, before)
			}
			if !ch.Figures || ch.Address != None || ch.Layout {
				t.Errorf("%q: %+v, want the field's text and message shown, the address and the layout as they are", tc.text, ch)
			}
		})
	}
}

// checkInForce fails the test unless, after steps, the scenario in force
// and the address are want (a query), and lever's message has message
// ("" for none).
func checkInForce(t *testing.T, s *Session, steps []step, lever calc.Lever, want, message string) {
	t.Helper()
	_, msg := s.Field(lever)
	if got := inForce(s); got != want {
		t.Errorf("%s: in force %q, want %q", names(steps), got, want)
	}
	if (message == "") != (msg == "") || !strings.Contains(msg, message) {
		t.Errorf("%s: message %q, want one with %q", names(steps), msg, message)
	}
	if got := shown(s); got != want {
		t.Errorf("%s: the address shows %q, want what is in force, %q", names(steps), got, want)
	}
}
