package session

import (
	"slices"

	"github.com/hecla-calc/calculator/app/view"
)

// Undoing a deletion: a saved scenario deleted by mistake comes back as it
// was, under its own key (so at its place in the list, which is the keys'
// order), with its stored text unchanged, and side by side where it stood.

// deletion is what Undo needs of a deleted saved scenario: the entry, and
// its column and place side by side (side -1 if it stood in none).
type deletion struct {
	entry view.SavedScenario
	side  int
	col   sideEntry
}

// deletion records entry e, about to be deleted.
func (s *Session) deletion(e view.SavedScenario) *deletion {
	d := &deletion{entry: e, side: slices.IndexFunc(s.side, func(c sideEntry) bool { return c.key == e.Key })}
	if d.side >= 0 {
		d.col = s.side[d.side]
	}
	return d
}

// UndoDelete puts back the saved scenario the last action deleted; after
// any other action there is nothing to undo.
func (s *Session) UndoDelete() Change {
	d := s.deleted
	if d == nil || s.store == nil {
		return Change{}
	}
	name := "\u201c" + d.entry.Name + "\u201d"
	s.reloadSaved() // another tab may have written since
	if _, taken := s.find(d.entry.Key); taken {
		s.say("Could not restore " + name + ": another saved scenario has taken its place.")
		return Change{Layout: true}
	}
	if err := view.WriteSaved(s.store, d.entry); err != nil {
		s.say("Could not restore " + name + ": " + err.Error())
		return Change{Layout: true}
	}
	s.reloadSaved()
	if d.side >= 0 && len(s.side) < view.MaxSideBySide {
		s.side = slices.Insert(s.side, min(d.side, len(s.side)), d.col)
		s.layOutSide()
	}
	s.say("Restored " + name + ".")
	return Change{Layout: true}
}
