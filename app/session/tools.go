package session

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The analyst's tools (the goal seek, seek.go; the two-driver table,
// grid.go) follow the scenario while open, and keep their choices in the
// address's page keys, beside the scenario's.

// readTools takes the tools' choices from the address's page keys.
func (s *Session) readTools() []calc.Notice {
	return calc.JoinNotices(s.readSeek(view.UIValue(s.uiQuery, "seek")), s.readGrid())
}

// layOutTools works out the open tools' tables for the scenario.
func (s *Session) layOutTools() {
	s.layOutSeek()
	s.layOutGrid()
	s.layOutRanges()
}

// toolChanged follows a change of a tool's choices: its table, and the
// address, in place of the current entry (the scenario is the same).
func (s *Session) toolChanged() Change {
	s.syncToolQuery()
	s.layOutTools()
	ch := Change{Figures: true, Layout: true, Sample: s.sampling()}
	if query := view.JoinQuery(s.uiQuery, s.model.Encode(s.scenario)); query != s.address.RawQuery {
		ch.Address, ch.Query = Replace, query
		s.address.RawQuery = query
	}
	return ch
}

// syncToolQuery writes the tools' choices into the address's page part.
func (s *Session) syncToolQuery() {
	ui := view.SetUIPart(s.uiQuery, "seek", s.seekQuery())
	for _, k := range []string{"grid", "grid.x", "grid.y"} {
		ui = view.SetUIPart(ui, k, s.gridQuery(k))
	}
	s.uiQuery = ui
}

// setLevers makes each lever's value the scenario's, as a tool's answer
// applied: one history entry.
func (s *Session) setLevers(values map[calc.Lever]decimal.Decimal) Change {
	sc := s.scenario
	for l, v := range values {
		if err := sc.Set(s.period, l, v); err != nil {
			return Change{}
		}
	}
	s.scenario = sc
	for l, v := range values {
		s.texts[l] = view.LeverText(l, v)
		delete(s.errs, l)
	}
	s.recompute()
	return s.discrete(Change{Figures: true})
}
