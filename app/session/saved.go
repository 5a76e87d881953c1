package session

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
)

// Saved is the saved scenarios' panel as the page lays it out.
type Saved struct {
	Available  bool // the browser's storage is attached: not while pre-rendering, nor in an embed
	List       []view.SavedScenario
	Notices    []string // the entries skipped, and an import's
	Name       string   // the save form's text
	Renaming   string   // the key of the entry being renamed
	RenameText string
	// Status says what the last action on the panel did, and that alone
	// (say); Undo, that it was a deletion Undo takes back.
	Status string
	Undo   bool
	Side   []string // the keys of the saved scenarios side by side, in the order added
}

func (s *Session) Saved() Saved { return s.saved }

// UseStore gives the session the browser's storage and lists its saved
// scenarios; it reports whether it took it. An embed keeps none: its
// storage belongs to the host page's site, and it must work with none.
func (s *Session) UseStore(kv view.KV) bool {
	if s.embed.On || s.store != nil {
		return false
	}
	s.store = kv
	s.saved.Available = true
	s.reloadSaved()
	return true
}

func (s *Session) reloadSaved() {
	s.saved.List, s.saved.Notices = view.LoadSaved(s.store)
	s.keepSide()
}

// find is the entry under key.
func (s *Session) find(key string) (view.SavedScenario, bool) {
	for _, e := range s.saved.List {
		if e.Key == key {
			return e, true
		}
	}
	return view.SavedScenario{}, false
}

// TypeSaveName puts text in the save form's field.
func (s *Session) TypeSaveName(text string) Change {
	s.saved.Name = text
	return Change{Layout: true} // the field's value is the page's
}

// Save saves the current scenario under the name typed, or one made from
// its levers; now and when are the time in milliseconds and as ISO text.
func (s *Session) Save(now uint64, when string) Change {
	if s.store == nil {
		return Change{}
	}
	name := strings.TrimSpace(s.saved.Name)
	if name == "" {
		name = view.ScenarioName(s.model, s.scenario)
	}
	if _, err := view.SaveNew(s.store, now, name, s.view.Query, when); err != nil {
		s.say("Could not save: " + err.Error())
		return Change{Layout: true}
	}
	s.saved.Name = ""
	s.say("Saved \u201c" + name + "\u201d.")
	s.reloadSaved()
	return Change{Layout: true}
}

// Open makes the saved scenario under key the current one, with a notice
// for each of its parts not applied, as a link's: a new history entry,
// whatever notices come or go with it.
func (s *Session) Open(key string) Change {
	e, ok := s.find(key)
	if !ok {
		return Change{}
	}
	sc, notices := s.model.Decode(e.Query, view.IsUIKey)
	s.notices = notices
	s.apply(sc)
	s.say("Opened \u201c" + e.Name + "\u201d.")
	return s.discrete(Change{Figures: true, Layout: true})
}

// Delete deletes the saved scenario under key, and offers to undo it
// until the next action (undo.go).
func (s *Session) Delete(key string) Change {
	e, ok := s.find(key)
	if !ok {
		return Change{}
	}
	if err := s.store.Del(e.Key); err != nil {
		s.say("Could not delete: " + err.Error())
		return Change{Layout: true}
	}
	d := s.deletion(e)
	s.reloadSaved()
	s.say("Deleted \u201c" + e.Name + "\u201d.")
	s.deleted, s.saved.Undo = d, true
	return Change{Layout: true}
}

// StartRename shows the saved scenario under key with a field for its new
// name.
func (s *Session) StartRename(key string) Change {
	e, ok := s.find(key)
	if !ok {
		return Change{}
	}
	s.saved.Renaming, s.saved.RenameText = e.Key, e.Name
	s.say("")
	return Change{Layout: true}
}

// TypeRename puts text in the new name's field.
func (s *Session) TypeRename(text string) Change {
	s.saved.RenameText = text
	return Change{Layout: true}
}

// Rename gives the entry being renamed the name typed, unless it is blank.
func (s *Session) Rename() Change {
	s.say("")
	for _, e := range s.saved.List {
		if e.Key != s.saved.Renaming || strings.TrimSpace(s.saved.RenameText) == "" {
			continue
		}
		e.Name = strings.TrimSpace(s.saved.RenameText)
		if err := view.WriteSaved(s.store, e); err != nil {
			s.say("Could not rename: " + err.Error())
			return Change{Layout: true}
		}
		s.say("Renamed to \u201c" + e.Name + "\u201d.")
	}
	s.saved.Renaming = ""
	s.reloadSaved()
	return Change{Layout: true}
}

// say makes text the panel's status, in place of whatever the last action
// said: a status describes the last action only. Any action but a
// deletion takes away its Undo.
func (s *Session) say(text string) {
	s.saved.Status, s.saved.Undo, s.deleted = text, false, nil
}
