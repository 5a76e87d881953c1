package session

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// listed is the saved list as "name=query|…".
func listed(s *Session) string {
	var list []string
	for _, e := range s.Saved().List {
		list = append(list, e.Name+"="+e.Query)
	}
	return strings.Join(list, "|")
}

// sideNames are the names of the saved scenarios side by side, in order.
func sideNames(s *Session) string {
	var names []string
	for _, key := range s.Saved().Side {
		e, _ := s.find(key)
		names = append(names, e.Name)
	}
	return strings.Join(names, ",")
}

// Undo after a deletion puts the scenario back at its place in the list,
// its stored entry byte for byte, side by side where it stood; after any
// other action there is nothing to undo.
func TestUndoDelete(t *testing.T) {
	saved := [][2]string{{"A", "silver=20"}, {"B", "gold=700"}, {"C", "lead=0.8"}}
	s, kv := savedSession(t, "", saved...)
	stored := maps.Clone(kv)
	for _, n := range []string{"A", "B", "C"} {
		toggle(n).do(s)
	}
	byName("delete", (*Session).Delete, "B").do(s)
	if got := listed(s); got != "A=silver=20|C=lead=0.8" {
		t.Fatalf("after deleting B: %s", got)
	}
	if got := sideNames(s); got != "A,C" {
		t.Errorf("after deleting B, side by side: %s", got)
	}
	if ch := s.UndoDelete(); !ch.Layout {
		t.Errorf("undo: %+v, want the panel laid out anew", ch)
	}
	if got := listed(s); got != "A=silver=20|B=gold=700|C=lead=0.8" {
		t.Errorf("after undo: %s, want B back between A and C", got)
	}
	if !maps.Equal(kv, stored) {
		t.Errorf("after undo the storage holds %v, want %v", kv, stored)
	}
	if got := sideNames(s); got != "A,B,C" {
		t.Errorf("after undo, side by side: %s, want A,B,C", got)
	}
	if sv := s.Saved(); sv.Status != "Restored “B”." || sv.Undo {
		t.Errorf("after undo: status %q, undo %v", sv.Status, sv.Undo)
	}
	if ch := s.UndoDelete(); ch != (Change{}) {
		t.Errorf("a second undo: %+v, want nothing", ch)
	}

	byName("delete", (*Session).Delete, "A").do(s)
	byName("open", (*Session).Open, "C").do(s)
	if s.Saved().Undo {
		t.Error("an Undo is offered after an Open")
	}
	s.UndoDelete()
	if got := listed(s); got != "B=gold=700|C=lead=0.8" {
		t.Errorf("undo after another action: %s, want A still deleted", got)
	}
	if slices.Contains(s.Saved().Side, "hecla-calc:scenario:1") {
		t.Error("A stands side by side again")
	}
}
