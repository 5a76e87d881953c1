package session

import (
	"slices"
	"strconv"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// Scenarios side by side: the release, the current scenario and up to
// view.MaxSideBySide saved ones, as columns. The saved ones are evaluated
// once, when chosen; the current column follows every edit.

// sideEntry is a saved scenario chosen for the side by side, evaluated.
type sideEntry struct {
	key string
	col view.SideScenario
}

// ToggleSide puts the saved scenario under key beside the others, or takes
// it away if it is there already. A fifth is refused with a word on why.
func (s *Session) ToggleSide(key string) Change {
	if i := slices.IndexFunc(s.side, func(e sideEntry) bool { return e.key == key }); i >= 0 {
		s.side = slices.Delete(s.side, i, i+1)
		s.layOutSide()
		s.say("")
		return Change{Layout: true}
	}
	e, ok := s.find(key)
	if !ok {
		return Change{}
	}
	if len(s.side) == view.MaxSideBySide {
		s.say("At most " + strconv.Itoa(view.MaxSideBySide) + " saved scenarios stand side by side: take one away first.")
		return Change{Layout: true}
	}
	col, ok := s.sideScenario(e)
	if !ok {
		s.say("\u201c" + e.Name + "\u201d could not be evaluated.")
		return Change{Layout: true}
	}
	s.side = append(s.side, sideEntry{key: key, col: col})
	s.say("")
	s.layOutSide()
	return Change{Layout: true}
}

// CloseSide takes every saved scenario away from the side by side.
func (s *Session) CloseSide() Change {
	s.say("")
	s.side = nil
	s.layOutSide()
	return Change{Layout: true}
}

// ExportSideBySide is the side by side as CSV; "" while it shows nothing.
func (s *Session) ExportSideBySide() string {
	if len(s.side) == 0 {
		return ""
	}
	return view.SideBySideCSV(s.currentSide(), s.sideColumns())
}

func (s *Session) sideScenario(e view.SavedScenario) (view.SideScenario, bool) {
	sc, _ := s.model.Decode(e.Query, view.IsUIKey)
	r, err := s.model.Evaluate(sc)
	if err != nil {
		return view.SideScenario{}, false
	}
	p, _ := s.model.Period(r.Period)
	base, err := s.model.Evaluate(calc.Scenario{Period: sc.Period})
	if err != nil {
		return view.SideScenario{}, false
	}
	return view.SideScenario{Key: e.Key, Name: e.Name, Period: p, Scenario: sc, Result: r, Base: base}, true
}

// keepSide follows the saved list: a deleted scenario leaves the side by
// side, a renamed one keeps its place under its new name.
func (s *Session) keepSide() {
	kept := s.side[:0]
	for _, e := range s.side {
		if saved, ok := s.find(e.key); ok {
			e.col.Name = saved.Name
			kept = append(kept, e)
		}
	}
	s.side = kept
	s.layOutSide()
}

func (s *Session) currentSide() view.SideScenario {
	return view.SideScenario{Key: "current", Name: "Current scenario", Period: s.period, Scenario: s.scenario,
		Result: s.view.Result, Base: s.view.Baseline}
}

func (s *Session) sideColumns() []view.SideScenario {
	cols := make([]view.SideScenario, len(s.side))
	for i, e := range s.side {
		cols[i] = e.col
	}
	return cols
}

// layOutSide makes the view's side by side, and the saved panel's list of
// the scenarios in it.
func (s *Session) layOutSide() {
	s.saved.Side = nil
	for _, e := range s.side {
		s.saved.Side = append(s.saved.Side, e.key)
	}
	if len(s.side) == 0 || s.view.Result == nil {
		s.view.Side = nil
		return
	}
	s.view.Side = view.NewSideBySide(s.currentSide(), s.sideColumns(), s.source)
}
