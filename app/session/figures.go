package session

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// apply makes sc the scenario, in its quarter, and every field show its
// value.
func (s *Session) apply(sc calc.Scenario) {
	s.scenario = sc
	s.period, _ = s.model.Period(sc.PeriodOr(s.model.Default().ID))
	if s.cache.consts != nil {
		s.cache.consts = s.period.Constants()
	}
	clear(s.errs)
	for _, l := range s.period.Levers() {
		s.texts[l] = view.LeverText(l, sc.Value(s.period, l))
	}
	s.rangeTexts()
	s.recompute()
}

// recompute evaluates the scenario once and formats every figure, and the
// analysis panel's charts when it is open.
func (s *Session) recompute() {
	s.recomputeFigures()
	s.updateAnalysis()
}

// recomputeFigures is recompute but for the analysis panel, which it marks
// due: the charts (the sensitivities, price curves and attribution, an
// evaluation each of dozens of scenarios) keep what they show until
// UpdateAnalysis.
func (s *Session) recomputeFigures() {
	s.follow()
	charts := s.view.Analysis
	s.view = view.NewPage(view.Input{Release: s.rel, Model: s.model, Period: s.period, S: s.scenario,
		Base: s.baseline(), Source: s.source, Field: s.Field})
	s.view.Analysis = charts
	s.analysis.due = s.analysis.open
	if s.pinned != nil {
		s.view.Pin = view.PinRows(s.pinned, s.view.Result, s.pin.Percent)
	}
	s.layOutSide()
	s.layOutTools()
	if s.announce == "" {
		s.announce = s.view.Summary
	}
	s.view.Announce = view.Announcement{Text: s.announce}
}

// UpdateAnalysis works out the analysis panel's charts, if they are due.
func (s *Session) UpdateAnalysis() Change {
	if !s.updateAnalysis() {
		return Change{}
	}
	return Change{Figures: true}
}

func (s *Session) updateAnalysis() bool {
	if !s.analysis.due {
		return false
	}
	s.analysis.due = false
	a := view.NewAnalysis(s.rel, s.model, s.period, s.scenario, s.view.Result, s.analysis.output, s.analysis.mine)
	a.QuartersOutput, a.Quarters = s.quartersBridge()
	s.view.Analysis = &a
	return true
}

// Announce has the polite live region read the figures as they stand, if
// n, a Change's Announce, is the last change's: typing has paused.
func (s *Session) Announce(n int) Change {
	if n != s.edits {
		return Change{}
	}
	s.announce = s.view.Summary
	if s.view.Announce.Text == s.announce {
		return Change{}
	}
	s.view.Announce = view.Announcement{Text: s.announce}
	return Change{Figures: true}
}

// discrete is a change of the whole scenario (a deck, a reset, a quarter, a
// saved scenario): its own history entry, and the end of any edit.
func (s *Session) discrete(ch Change) Change {
	s.edit.on = false
	s.pushNext = true
	return s.changed(ch)
}

// changed follows a change of scenario, once the figures are recomputed:
// the address, which a new history entry if an edit's first change or a
// discrete change asked for one, and the announcement once typing pauses.
func (s *Session) changed(ch Change) Change {
	if s.toolbar.Copied != "" {
		s.toolbar.Copied = "" // it was this scenario's link
		ch.Layout = true
	}
	query := view.JoinQuery(s.uiQuery, s.model.Encode(s.scenario))
	push := s.pushNext
	s.pushNext = false
	if query != s.address.RawQuery {
		ch.Address, ch.Query = Replace, query
		if push {
			ch.Address = Push
		}
		s.address.RawQuery = query
	}
	s.edits++
	ch.Announce = s.edits
	ch.Analysis = s.analysis.due
	ch.Sample = s.sampling()
	if s.asideChanged() {
		ch.Layout = true // the range's row says it is set aside, or no more
	}
	return ch
}

// follow gives each later quarter's price that follows its metal's price
// the text of the price it follows, as that moves; not a field being
// edited, nor one whose refused text is showing.
func (s *Session) follow() {
	for _, l := range s.period.Levers() {
		if _, _, ok := l.QuarterPrice(); !ok {
			continue
		}
		if _, set := s.scenario.Changed(l); set || s.errs[l] != "" || (s.edit.on && s.edit.lever == l) {
			continue
		}
		s.texts[l] = view.LeverText(l, s.scenario.Value(s.period, l))
	}
}
