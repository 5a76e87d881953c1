package session

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// fieldEdit is the edit under way in a lever's field, from its focus to its
// blur: the lever, and its value and whether it was changed when the edit
// began. While the field's text is refused, that value is in force, so
// nothing half-typed ever is.
type fieldEdit struct {
	on     bool
	lever  calc.Lever
	from   decimal.Decimal
	wasSet bool
	// refocus: the page gives the field the focus back (TakeTyped), and
	// that focus continues this edit.
	refocus bool
}

// Focus begins an edit of lever l's field, or its slider: its value now is
// the one a refused text leaves in force, and the edit's first change is
// a new history entry.
func (s *Session) Focus(l calc.Lever) Change {
	if s.edit.on && s.edit.lever == l && s.edit.refocus {
		s.edit.refocus = false
		return Change{}
	}
	s.begin(l, s.scenario)
	return Change{}
}

// Leave ends the edit of lever l's field, which lost the focus.
func (s *Session) Leave(l calc.Lever) Change {
	if s.edit.on && s.edit.lever == l {
		s.edit.on = false
	}
	return Change{}
}

// begin starts an edit of lever l from its value in from.
func (s *Session) begin(l calc.Lever, from calc.Scenario) {
	s.edit = fieldEdit{on: true, lever: l, from: from.Value(s.period, l)}
	_, s.edit.wasSet = from.Changed(l)
	s.pushNext = true
}

// Edit puts text in lever l's field, as typed, and if it is a valid value,
// into the scenario. A refused text shows its message, and the lever's
// value from before the edit is in force; an input with no focus first (a
// script's) is an edit of its own.
func (s *Session) Edit(l calc.Lever, text string) Change {
	if !s.edit.on || s.edit.lever != l {
		s.begin(l, s.scenario)
	}
	return s.take(l, text)
}

// Slide moves lever l's slider to position (0 to 100): its value is the
// slider's, at the precision the release prints the lever.
func (s *Session) Slide(l calc.Lever, position decimal.Decimal) Change {
	return s.Edit(l, view.SliderValue(s.period, l, position).String())
}

// TakeTyped takes text, typed in lever l's field before the page was live,
// as one edit from the lever's value in the address's scenario: the whole
// text is judged at once, and a refused one leaves that value in force,
// never a prefix typed on the way nor a value taken since. focused says
// the field had the focus, which the page gives back: the keys typed after
// it continue this edit.
func (s *Session) TakeTyped(l calc.Lever, text string, focused bool) Change {
	s.begin(l, s.loaded)
	s.edit.refocus = focused
	return s.take(l, text)
}

func (s *Session) take(l calc.Lever, text string) Change {
	s.texts[l] = text
	ch := Change{Figures: true} // the field's text and message are the view's
	if s.set(l, text) {
		ch = s.changed(ch)
	}
	ch.Analysis = s.analysis.due
	return ch
}

// set puts text's value in force, and reports whether the scenario
// changed.
func (s *Session) set(l calc.Lever, text string) bool {
	v, err := l.Parse(text)
	if err == nil {
		err = s.scenario.Set(s.period, l, v)
	}
	if err != nil {
		s.errs[l] = err.Message + "; in force: " + view.FormatLever(l, s.edit.from) + ", its value before this edit."
		if s.restore(l) {
			return true
		}
		s.recomputeFigures()
		return false
	}
	delete(s.errs, l)
	s.recomputeFigures()
	return true
}

// restore puts lever l back to its value when the edit began, and reports
// whether the scenario changed.
func (s *Session) restore(l calc.Lever) bool {
	_, set := s.scenario.Changed(l)
	if set == s.edit.wasSet && s.scenario.Value(s.period, l).Equal(s.edit.from) {
		return false
	}
	if s.edit.wasSet {
		if err := s.scenario.Set(s.period, l, s.edit.from); err != nil {
			return false // it was in force before: cannot be refused
		}
	} else {
		s.scenario.Reset(l)
	}
	s.recomputeFigures()
	return true
}

// ResetLever puts lever l back to the quarter's release figure, or a later
// quarter's price back to following the scenario's.
func (s *Session) ResetLever(l calc.Lever) Change {
	s.scenario.Reset(l)
	s.texts[l] = view.LeverText(l, s.scenario.Value(s.period, l))
	delete(s.errs, l)
	s.recomputeFigures()
	return s.discrete(Change{Figures: true})
}

// TakeThousands puts in force the amount lever l's value likely meant if
// typed in the release's thousands (view.ThousandsSuggestion), as the
// question beside its field offers: a step of history of its own, as a
// reset is.
func (s *Session) TakeThousands(l calc.Lever) Change {
	meant, ok := view.ThousandsSuggestion(l, s.period.BaselineLever(l), s.scenario.Value(s.period, l))
	if !ok || s.errs[l] != "" {
		return Change{}
	}
	if err := s.scenario.Set(s.period, l, meant); err != nil {
		return Change{}
	}
	s.texts[l] = view.LeverText(l, meant)
	s.recomputeFigures()
	return s.discrete(Change{Figures: true})
}
