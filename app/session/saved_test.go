package session

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// savedSession is the page of query with the scenarios given as name and
// query saved in this browser, in that order.
func savedSession(t *testing.T, query string, saved ...[2]string) (*Session, memoryKV) {
	t.Helper()
	kv := memoryKV{}
	for i, e := range saved {
		kv[fmt.Sprintf("hecla-calc:scenario:%d", i+1)] = fmt.Sprintf(`{"v":1,"name":%q,"query":%q,"saved":"x"}`, e[0], e[1])
	}
	s := newSession(t, query)
	if !s.UseStore(kv) {
		t.Fatal("the store was not taken")
	}
	return s, kv
}

// byName acts on the saved scenario called name, as its button does.
func byName(verb string, act func(*Session, string) Change, name string) step {
	return step{verb + " " + name, func(s *Session) Change {
		for _, e := range s.saved.List {
			if e.Name == name {
				return act(s, e.Key)
			}
		}
		return Change{}
	}}
}

func openSaved(name string) step { return byName("open", (*Session).Open, name) }

func noticeKeys(s *Session) string {
	var keys []string
	for _, n := range s.Notices() {
		keys = append(keys, n.Key)
	}
	return strings.Join(keys, ",")
}

// Opening a saved scenario is a new history entry at its address, with
// the notices of its parts not applied, whatever notices it replaces:
// "Copy link" then shares the scenario on screen.
func TestOpenSaved(t *testing.T) {
	saved := [][2]string{{"Control", "silver=20"}, {"OneBad", "silver=19&x=1"}, {"Clean", "gold=701"}}
	for _, tc := range []struct {
		name, query string
		steps       []step
		address     []string // each step's
		notices     []string // the notices' keys after each step
	}{
		{"one after another", "", []step{openSaved("Control"), openSaved("OneBad"), openSaved("Clean")},
			[]string{"push ?silver=20", "push ?silver=19", "push ?gold=701"}, []string{"", "x", ""}},
		{"from a link with a key the page does not know", "x=1", []step{openSaved("Control")},
			[]string{"push ?silver=20"}, []string{""}},
		{"the scenario shown already", "silver=20", []step{openSaved("Control")}, []string{"none"}, []string{""}},
		{"an embed's page keys stay", "theme=dark", []step{openSaved("Clean")}, []string{"push ?theme=dark&gold=701"}, []string{""}},
		{"an entry gone", "", []step{byName("open", (*Session).Open, "Gone")}, []string{"none"}, []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := savedSession(t, tc.query, saved...)
			for i, st := range tc.steps {
				ch := st.do(s)
				if got := address(ch); got != tc.address[i] {
					t.Errorf("%s: the address %s, want %s", st.name, got, tc.address[i])
				}
				if got := noticeKeys(s); got != tc.notices[i] {
					t.Errorf("%s: notices for %q, want %q", st.name, got, tc.notices[i])
				}
			}
		})
	}
}

// The saved scenarios' list follows each action on it, and the status says
// what was done.
func TestSavedScenarios(t *testing.T) {
	type want struct {
		list, status string
	}
	save := func(name string) step {
		return step{fmt.Sprintf("save as %q", name), func(s *Session) Change {
			s.TypeSaveName(name)
			return s.Save(1700000000000, "2026-11-26T00:00:00Z")
		}}
	}
	rename := func(from, to string) step {
		return step{"rename " + from + " to " + to, func(s *Session) Change {
			byName("rename", (*Session).StartRename, from).do(s)
			s.TypeRename(to)
			return s.Rename()
		}}
	}
	for _, tc := range []struct {
		name  string
		steps []step
		want  want
	}{
		{"save named", []step{edit(silver, "20"), save("  Silver twenty ")}, want{"Control=silver=20|Silver twenty=silver=20", "Saved “Silver twenty”."}},
		{"save unnamed", []step{edit(silver, "20"), save("")}, want{"Control=silver=20|Silver $20.00/oz=silver=20", "Saved “Silver $20.00/oz”."}},
		{"rename", []step{rename("Control", "Base case")}, want{"Base case=silver=20", "Renamed to “Base case”."}},
		{"rename to nothing", []step{rename("Control", "  ")}, want{"Control=silver=20", ""}},
		{"delete", []step{byName("delete", (*Session).Delete, "Control")}, want{"", "Deleted “Control”."}},
		{"open", []step{openSaved("Control")}, want{"Control=silver=20", "Opened “Control”."}},
		{"import", []step{{"import two", func(s *Session) Change {
			return s.Import([]byte(`{"format":"hecla-calc-scenarios","version":1,"scenarios":[{"name":"A","query":"gold=700"},{"name":"B","query":"silver=9"}]}`), 1700000000000, "x")
		}}}, want{"Control=silver=20|A=gold=700|B=silver=9", "Imported 2 scenarios."}},
		{"import too big", []step{{"import 300 KB", func(s *Session) Change { return s.ImportTooBig(300 << 10) }}},
			want{"Control=silver=20", "Could not import: the file is 300 KB; this page imports files of up to 256 KB."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := savedSession(t, "", [2]string{"Control", "silver=20"})
			chs := run(s, tc.steps)
			var list []string
			for _, e := range s.Saved().List {
				list = append(list, e.Name+"="+e.Query)
			}
			got := want{strings.Join(list, "|"), s.Saved().Status}
			if got != tc.want {
				t.Errorf("%s:\n got  %+v\n want %+v", names(tc.steps), got, tc.want)
			}
			if last := chs[len(chs)-1]; !last.Layout {
				t.Errorf("%s: %+v, want the panel laid out anew", names(tc.steps), last)
			}
		})
	}
}

// An embed keeps no saved scenarios: its storage is the host page's site's.
func TestEmbedKeepsNoStore(t *testing.T) {
	s := newSession(t, "embed=1")
	if s.UseStore(memoryKV{}) || s.Saved().Available {
		t.Error("an embed took the store")
	}
	s = newSession(t, "")
	if !s.UseStore(memoryKV{}) || s.UseStore(memoryKV{}) {
		t.Error("the page took no store, or took a second")
	}
	if !slices.Equal(s.Notices(), []calc.Notice(nil)) {
		t.Errorf("notices %v", s.Notices())
	}
}

// The status line says what the last action did, that alone: an export
// after a rename no longer says "Renamed to …", and an Undo is offered
// only right after a deletion.
func TestStatusIsTheLastActions(t *testing.T) {
	s, _ := savedSession(t, "", [2]string{"Control", "silver=20"}, [2]string{"Other", "gold=700"})
	type want struct {
		status string
		undo   bool
	}
	for _, st := range []struct {
		step
		want want
	}{
		{byName("start renaming", (*Session).StartRename, "Control"), want{"", false}},
		{step{"rename to Base case", func(s *Session) Change { s.TypeRename("Base case"); return s.Rename() }}, want{"Renamed to “Base case”.", false}},
		{step{"export scenarios", func(s *Session) Change { return s.Exported("hecla-scenarios.json") }}, want{"Exported hecla-scenarios.json.", false}},
		{byName("delete", (*Session).Delete, "Other"), want{"Deleted “Other”.", true}},
		{toggle("Base case"), want{"", false}},
		{byName("open", (*Session).Open, "Base case"), want{"Opened “Base case”.", false}},
		{step{"export refused", func(s *Session) Change { return s.ExportFailed(errors.New("the download was blocked")) }}, want{"Could not export: the download was blocked", false}},
		{step{"close side by side", (*Session).CloseSide}, want{"", false}},
		{step{"import too big", func(s *Session) Change { return s.ImportTooBig(300 << 10) }}, want{"Could not import: the file is 300 KB; this page imports files of up to 256 KB.", false}},
		{step{"save", func(s *Session) Change { s.TypeSaveName("Third"); return s.Save(1700000000000, "x") }}, want{"Saved “Third”.", false}},
	} {
		if ch := st.do(s); !ch.Layout {
			t.Errorf("%s: %+v, want the panel laid out anew", st.name, ch)
		}
		if got := (want{s.Saved().Status, s.Saved().Undo}); got != st.want {
			t.Errorf("after %s: status %+v, want %+v", st.name, got, st.want)
		}
	}
}
