package session

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// The toolbar's and the notices' actions: the quarter, reset, the link.

// SwitchQuarter moves to quarter id, keeping every lever the reader
// changed at the value they gave it, and says so; the others take the new
// quarter's release figures. ResetAll returns to the release.
func (s *Session) SwitchQuarter(id calc.PeriodID) Change {
	p, ok := s.model.Period(id)
	if !ok {
		return Change{}
	}
	sc, kept := view.SwitchPeriod(s.model, s.scenario, p)
	s.apply(sc)
	s.toolbar.PeriodNote = view.PeriodNote(p, sc, kept)
	return s.discrete(Change{Figures: true, Layout: true})
}

// ResetAll puts every lever back to this quarter's release figure.
func (s *Session) ResetAll() Change {
	noted := s.toolbar.PeriodNote != ""
	s.apply(calc.Scenario{Period: s.scenario.Period})
	s.toolbar.PeriodNote = ""
	return s.discrete(Change{Figures: true, Layout: noted})
}

// DismissNotices hides the notices of what was not applied.
func (s *Session) DismissNotices() Change {
	if len(s.notices) == 0 {
		return Change{}
	}
	s.notices = nil
	return Change{Layout: true}
}

// CopyStarted: the page asked the clipboard to take the link.
func (s *Session) CopyStarted() Change {
	s.toolbar.Copied, s.toolbar.CopyFailed = "Copying the link…", false
	return Change{Layout: true}
}

// Copied: the clipboard took it.
func (s *Session) Copied() Change {
	s.toolbar.Copied = "Link copied."
	return Change{Layout: true}
}

// CopyRefused: the clipboard refused the link (or there is none), so the
// page shows it, selected, to copy by hand.
func (s *Session) CopyRefused() Change {
	s.toolbar.Copied = "The browser did not let the page copy the link: it is selected below, to copy with Ctrl+C (⌘C on a Mac)."
	s.toolbar.CopyFailed = true
	return Change{Layout: true}
}

// ApplyDeck sets the four metal prices to the deck key's (view.Decks).
func (s *Session) ApplyDeck(key string) Change {
	prices, ok := view.DeckPrices(s.model, s.period, key)
	if !ok {
		return Change{}
	}
	for metal, v := range prices {
		l := calc.PriceLever(metal)
		if err := s.scenario.Set(s.period, l, v); err == nil {
			s.texts[l] = view.LeverText(l, v)
			delete(s.errs, l)
		}
	}
	s.recompute()
	return s.discrete(Change{Figures: true})
}
