package view

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// fakeKV is storage in memory that records what is written and deleted,
// and is full (set fails as the browser's does) once it holds room entries.
type fakeKV struct {
	memoryKV
	room  int
	tries int      // calls of set
	sets  []string // keys, in the order set
	dels  []string
}

func newFakeKV(room int, entries map[string]string) *fakeKV {
	m := memoryKV{}
	maps.Copy(m, entries)
	return &fakeKV{memoryKV: m, room: room}
}

func (f *fakeKV) Set(k, v string) error {
	f.tries++
	if _, ok := f.memoryKV[k]; !ok && len(f.memoryKV) >= f.room {
		return ErrStorageFull
	}
	f.sets = append(f.sets, k)
	return f.memoryKV.Set(k, v)
}

func (f *fakeKV) Del(k string) error {
	f.dels = append(f.dels, k)
	return f.memoryKV.Del(k)
}

// scenariosFile is an export file of items, as Export writes one.
func scenariosFile(t *testing.T, items ...exportItem) []byte {
	t.Helper()
	b, err := json.Marshal(exportFile{Format: exportFormat, Version: savedVersion, Scenarios: items})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// numbered is n scenarios named "Silver 1", "Silver 2" ... each with a
// price of its own.
func numbered(n int) []exportItem {
	items := make([]exportItem, n)
	for i := range items {
		items[i] = exportItem{Name: fmt.Sprintf("Silver %d", i+1), Query: fmt.Sprintf("silver=%d", 20+i)}
	}
	return items
}

// existing is what a browser held before an import: two saved scenarios,
// one saved later than the import's clock says it is now, and one that
// this page cannot read.
var existing = map[string]string{
	savedPrefix + "1700000000000": `{"v":1,"name":"Mine","query":"gold=700","saved":"x"}`,
	savedPrefix + "1800000000000": `{"v":1,"name":"Later","query":"gold=800","saved":"x"}`,
	savedPrefix + "corrupt":       `{not json`,
}

const importNow = 1750000000000

func names(list []SavedScenario) []string {
	var out []string
	for _, s := range list {
		out = append(out, s.Name)
	}
	return out
}

// checkKept fails unless every entry of existing is still there, unchanged,
// and the import deleted nothing and wrote only new keys.
func checkKept(t *testing.T, store *fakeKV) {
	t.Helper()
	for k, v := range existing {
		if store.memoryKV[k] != v {
			t.Errorf("%s: %q, was %q", k, store.memoryKV[k], v)
		}
		if slices.Contains(store.sets, k) {
			t.Errorf("%s was written over", k)
		}
	}
	if len(store.dels) > 0 {
		t.Errorf("deleted %q", store.dels)
	}
}

// The status counts what was saved, and the scenarios list after those
// already saved in the file's order, past ten (where "-10" sorts before
// "-2" as a string) and whatever storage's order of keys.
func TestImportSavesInFileOrder(t *testing.T) {
	m := newScenario(t, "").model
	store := newFakeKV(1000, existing)
	items := numbered(12)
	r := ImportFile(store, scenariosFile(t, items...), m, importNow, "when")
	if got, want := r.Status(), "Imported 12 scenarios."; got != want || len(r.Notices) != 0 {
		t.Errorf("status %q, want %q; notices %q", got, want, r.Notices)
	}
	want := []string{"Mine", "Later"}
	for _, it := range items {
		want = append(want, it.Name)
	}
	for range 5 {
		list, _ := LoadSaved(store)
		if got := names(list); !slices.Equal(got, want) {
			t.Fatalf("listed %q, want %q", got, want)
		}
	}
	list, _ := LoadSaved(store)
	if q := list[2+9].Query; q != "silver=29" {
		t.Errorf("the tenth scenario's query is %q", q)
	}
	if len(store.sets) != 12 || !slices.IsSortedFunc(store.sets, func(a, b string) int {
		if savedKeyLess(a, b) {
			return -1
		}
		return 1
	}) {
		t.Errorf("written in the order %q", store.sets)
	}
	checkKept(t, store)

	// One scenario imports as one, and a second import of the same file
	// lists after the first.
	r = ImportFile(store, scenariosFile(t, exportItem{Name: "Again", Query: "zinc=1.5"}), m, importNow, "when")
	if got := r.Status(); got != "Imported 1 scenario." {
		t.Errorf("status %q", got)
	}
	list, _ = LoadSaved(store)
	if last := list[len(list)-1]; last.Name != "Again" || len(list) != 15 {
		t.Errorf("the last of %d is %+v", len(list), last)
	}
}

// Scenarios the page cannot use are skipped with a notice each, and not
// counted: a query that sets no lever (empty, only the page's own keys, or
// a lever at the release's own value) among them. A period alone is a scenario: that quarter's figures. One
// without a name is named from its levers. The query saved is the page's
// own form of it.
func TestImportSkipsWhatItCannotUse(t *testing.T) {
	m := newScenario(t, "").model
	store := newFakeKV(1000, existing)
	file := scenariosFile(t,
		exportItem{Name: "Good", Query: "?lucky-friday.tons=90,000"},
		exportItem{Name: "Empty", Query: ""},
		exportItem{Name: "Only the page's keys", Query: "embed=1&theme=dark"},
		exportItem{Name: "Unknown", Query: "copper=3&nickel=9"},
		exportItem{Name: "Partly unknown", Query: "silver=20&copper=3"},
		exportItem{Name: "", Query: "silver=21"},
		exportItem{Name: "Q1 2006", Query: "period=2006q1"},
		exportItem{Name: "The release's silver", Query: "silver=13.31"},
	)
	r := ImportFile(store, file, m, importNow, "when")
	if got, want := r.Status(), "Imported 3 scenarios. 5 scenarios of the file skipped, as listed below."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	want := []string{
		`Scenario 2 of the file ("Empty") was skipped: its query ("") changes no lever, so it is the release's figures.`,
		`Scenario 3 of the file ("Only the page's keys") was skipped: its query ("embed=1&theme=dark") changes no lever, so it is the release's figures.`,
		`Scenario 4 of the file ("Unknown") was skipped: copper: not a lever of the calculator.`,
		`Scenario 5 of the file ("Partly unknown") was skipped: copper: not a lever of the calculator.`,
		`Scenario 8 of the file ("The release's silver") was skipped: its query ("silver=13.31") changes no lever, so it is the release's figures.`,
	}
	if !slices.Equal(r.Notices, want) {
		t.Errorf("notices\n%q\nwant\n%q", r.Notices, want)
	}
	list, _ := LoadSaved(store)
	if got := names(list); !slices.Equal(got, []string{"Mine", "Later", "Good", "Silver $21.00/oz", "Q1 2006"}) || list[2].Query != "lucky-friday.tons=90000" || list[4].Query != "period=2006q1" {
		t.Errorf("listed %+v", list)
	}
	checkKept(t, store)
}

// Storage filling up midway: the scenarios saved before it stay, the
// status says how many of how many, and nothing saved before is touched.
func TestImportStorageFullMidway(t *testing.T) {
	m := newScenario(t, "").model
	store := newFakeKV(len(existing)+12, existing)
	items := numbered(40)
	r := ImportFile(store, scenariosFile(t, items...), m, importNow, "when")
	if got, want := r.Status(), "Saved 12 of 40: this browser's storage is full."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	list, _ := LoadSaved(store)
	want := []string{"Mine", "Later"}
	for _, it := range items[:12] {
		want = append(want, it.Name)
	}
	if got := names(list); !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
	if store.tries != 13 {
		t.Errorf("%d writes tried, want 13: storage was tried again after it was full", store.tries)
	}
	checkKept(t, store)

	// Full from the start: nothing saved, and said so.
	r = ImportFile(newFakeKV(len(existing), existing), scenariosFile(t, items...), m, importNow, "when")
	if got, want := r.Status(), "Saved 0 of 40: this browser's storage is full."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	// Storage out of reach altogether.
	r = ImportFile(refusingKV{}, scenariosFile(t, items...), m, importNow, "when")
	if got := r.Status(); !strings.HasPrefix(got, "Saved 0 of 40: ") {
		t.Errorf("status %q", got)
	}
}

// A file over the size or count limit is refused whole, with a message
// that names the limit; a name or query over its limit skips its scenario
// with a notice. Each limit itself is allowed.
func TestImportLimits(t *testing.T) {
	m := newScenario(t, "").model
	refused := func(file []byte) string {
		t.Helper()
		store := newFakeKV(1000, nil)
		r := ImportFile(store, file, m, importNow, "when")
		if r.refused == nil || len(store.sets) != 0 {
			t.Errorf("accepted, %d saved", len(store.sets))
			return ""
		}
		return r.Status()
	}

	big := scenariosFile(t, exportItem{Name: "Big", Query: "silver=20"})
	big = append(big, strings.Repeat(" ", MaxImportBytes-len(big)+1)...)
	if got, want := refused(big), "Could not import: the file is 257 KB; this page imports files of up to 256 KB."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if r := ImportFile(newFakeKV(1000, nil), big[:MaxImportBytes], m, importNow, "when"); r.saved != 1 {
		t.Errorf("a file of exactly %d bytes: %q", MaxImportBytes, r.Status())
	}

	if got, want := refused(scenariosFile(t, numbered(maxImportScenarios+1)...)), "Could not import: the file holds 201 scenarios; this page imports up to 200 at once."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if r := ImportFile(newFakeKV(1000, nil), scenariosFile(t, numbered(maxImportScenarios)...), m, importNow, "when"); r.saved != maxImportScenarios {
		t.Errorf("%d scenarios: %q", maxImportScenarios, r.Status())
	}

	// A query is as long as its value's leading zeros make it.
	query := func(n int) string { return "silver=" + strings.Repeat("0", n-len("silver=20")) + "20" }
	file := scenariosFile(t,
		exportItem{Name: strings.Repeat("é", maxImportName), Query: "silver=21"},
		exportItem{Name: strings.Repeat("é", maxImportName+1), Query: "silver=22"},
		exportItem{Name: "Longest query", Query: query(maxImportQuery)},
		exportItem{Name: "Too long a query", Query: query(maxImportQuery + 1)},
	)
	r := ImportFile(newFakeKV(1000, nil), file, m, importNow, "when")
	if r.saved != 2 || len(r.Notices) != 2 ||
		r.Notices[0] != "Scenario 2 of the file was skipped: its name is longer than 200 characters." ||
		r.Notices[1] != `Scenario 4 of the file ("Too long a query") was skipped: its query is longer than 2,000 characters.` {
		t.Errorf("%q %q", r.Status(), r.Notices)
	}
}
