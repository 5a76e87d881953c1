package session

import "github.com/hecla-calc/calculator/app/view"

// A pinned scenario stays beside the current one while the levers move:
// the comparison shows both and the change, absolute or in percent. It is
// fixed, so its figures are never evaluated again.

// Pin is the pinned scenario as the page lays it out.
type Pin struct {
	On      bool
	Name    string
	Percent bool // the change in percent, not in dollars
}

func (s *Session) Pinned() Pin { return s.pin }

// PinScenario pins the current scenario as it is.
func (s *Session) PinScenario() Change {
	s.pinned = s.view.Result
	s.pin.On, s.pin.Name = true, view.ScenarioName(s.model, s.scenario)
	s.recompute()
	return Change{Figures: true, Layout: true}
}

func (s *Session) Unpin() Change {
	s.pinned, s.pin.On = nil, false
	s.recompute()
	return Change{Figures: true, Layout: true}
}

// ShowChangeInPercent shows the comparison's change in percent, or in
// dollars.
func (s *Session) ShowChangeInPercent(percent bool) Change {
	s.pin.Percent = percent
	s.recomputeFigures()
	return Change{Figures: true, Layout: true, Analysis: s.analysis.due}
}
