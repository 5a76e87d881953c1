package view

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// memoryKV is a kv in memory.
type memoryKV = fixture.KV

// refusingKV is storage the browser will not let the page use.
type refusingKV struct{}

func (refusingKV) Keys() ([]string, error)    { return nil, errors.New("the browser refused storage") }
func (refusingKV) Get(string) (string, error) { return "", errors.New("refused") }
func (refusingKV) Set(string, string) error   { return errors.New("refused") }
func (refusingKV) Del(string) error           { return errors.New("refused") }

// Unreadable and older entries are skipped with a notice and left exactly
// as they were; readable ones list in the order they were saved.
func TestLoadSavedSkipsAndKeeps(t *testing.T) {
	store := memoryKV{
		savedPrefix + "1700000000000": `{"v":1,"name":"Silver at $20","query":"silver=20","saved":"2026-11-26T00:00:00Z"}`,
		savedPrefix + "1600000000000": `{"v":1,"name":"Base","query":"","saved":"2026-11-25T00:00:00Z"}`,
		savedPrefix + "corrupt":       `{not json`,
		savedPrefix + "old":           `{"v":0,"name":"Old","query":"silver=5"}`,
		savedPrefix + "nameless":      `{"v":1,"name":" ","query":""}`,
		"someone-else":                `whatever`,
	}
	before := map[string]string{}
	for k, v := range store {
		before[k] = v
	}
	list, notices := LoadSaved(store)
	if len(list) != 2 || list[0].Name != "Base" || list[1].Name != "Silver at $20" || list[1].Query != "silver=20" {
		t.Fatalf("list %+v", list)
	}
	if len(notices) != 3 {
		t.Fatalf("notices %q", notices)
	}
	for _, want := range []string{"corrupt", "nameless", "old"} {
		found := false
		for _, n := range notices {
			found = found || (strings.Contains(n, want) && strings.Contains(n, "kept"))
		}
		if !found {
			t.Errorf("no notice for %s in %q", want, notices)
		}
	}
	if !strings.Contains(strings.Join(notices, " "), "format version 0") {
		t.Errorf("the old entry's notice does not say its version: %q", notices)
	}
	for k, v := range before {
		if store[k] != v {
			t.Errorf("%s changed or deleted", k)
		}
	}
	if _, n := LoadSaved(refusingKV{}); len(n) != 1 || !strings.Contains(n[0], "not available") {
		t.Errorf("refused storage: %q", n)
	}
}

func TestSaveRenameExportImport(t *testing.T) {
	m := newScenario(t, "").model
	store := memoryKV{}
	s, err := saveScenario(store, "1700000000001", "Silver at $20", "silver=20", "2026-11-26T00:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	s.Name = "Silver twenty"
	if err := WriteSaved(store, s); err != nil {
		t.Fatal(err)
	}
	list, notices := LoadSaved(store)
	if len(notices) != 0 || len(list) != 1 || list[0].Name != "Silver twenty" {
		t.Fatalf("after rename: %+v %q", list, notices)
	}
	file := ExportScenarios(list)
	items, n, notices, err := importScenarios(file, m)
	if err != nil || n != 1 || len(notices) != 0 || len(items) != 1 || items[0] != (exportItem{Name: "Silver twenty", Query: "silver=20"}) {
		t.Fatalf("round trip: %+v %d %q %v\n%s", items, n, notices, err, file)
	}
	mixed := `{"format":"hecla-calc-scenarios","version":1,"scenarios":[
		{"name":"Good","query":"gold=700"},{"name":"","query":"gold=1"},{"name":"Bad","query":"copper=3"}]}`
	items, n, notices, err = importScenarios([]byte(mixed), m)
	if err != nil || n != 3 || len(items) != 2 || items[1].Name != "Gold $1.00/oz" || len(notices) != 1 || !strings.Contains(notices[0], "copper") {
		t.Errorf("mixed file: %+v %d %q %v", items, n, notices, err)
	}
	for _, bad := range []string{`not json`, `{"format":"other","version":1}`, `{"format":"hecla-calc-scenarios","version":2}`} {
		if _, _, _, err := importScenarios([]byte(bad), m); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

// The CSV names its quarter and scenario, and holds every output as the
// engine computes it with its unit, the model's baseline, the figure as the
// release prints it (in dollars: 2006's silver gross profit printed 9,986
// thousand beside the model's 9,987) and the change.
func TestResultsCSV(t *testing.T) {
	sc := newScenario(t, "period=2006q1&silver=20")
	r := sc.period.Evaluate(sc.s)
	csv := ResultsCSV(sc.period, sc.model.Encode(sc.s), OutputsOf(r, sc.period.Views(sc.s, r)), BaselineOutputs(sc.period), sc.source)
	lines := strings.Split(strings.TrimSuffix(csv, "\n"), "\n")
	if lines[0] != "quarter,First quarter 2006 (2006q1)" || lines[1] != "scenario,?period=2006q1&silver=20" ||
		lines[3] != "metric,unit,scenario,model baseline,release (printed),change" || len(lines) != 4+len(calc.OutputNames()) {
		t.Fatalf("%d lines, head %q", len(lines), lines[:4])
	}
	for _, want := range []string{
		"silver.gross-profit,dollars,",
		",9987000,9986000,",
		"greens-creek.break-even-price,dollars per ounce,,",
		"lucky-friday.produced,troy ounces,",
		"lucky-friday.gross-profit,dollars,",
		"company.eps,dollars per share,",
		"company.lead-produced,short tons,",
		"sensitivity.silver.company.eps,dollars per share per step of the silver price,",
		"fy2007.company.silver-produced,troy ounces,,,,\n", // 2006: no outlook
	} {
		if !strings.Contains(csv, want) {
			t.Errorf("no %q in\n%s", want, csv)
		}
	}
	for _, l := range lines[4:] {
		if strings.HasPrefix(l, "lucky-friday.gross-profit,") && strings.Count(l, ",") == 5 && strings.Split(l, ",")[4] != "" {
			t.Errorf("a figure the release does not print has a printed cell: %q", l)
		}
	}
}

// A stored entry with a value of the wrong type is skipped with a notice
// that names the value and the type expected, and left as it is.
func TestLoadSavedWrongTypes(t *testing.T) {
	for _, c := range []struct{ name, entry, want string }{
		{"a name a number", `{"v":1,"name":5,"query":"silver=20"}`, `its "name" is a number, where text is expected`},
		{"the version text", `{"v":"1","name":"a","query":"silver=20"}`, `its "v" is text, where a whole number is expected`},
		{"a query a list", `{"v":1,"name":"a","query":["silver=20"]}`, `its "query" is a list, where text is expected`},
		{"a list", `[{"v":1,"name":"a","query":"silver=20"}]`, `it is a list, where an object is expected`},
		{"not JSON", `{"v":1,"name":"a",}`, `it is not readable JSON`},
	} {
		t.Run(c.name, func(t *testing.T) {
			store := memoryKV{savedPrefix + "1700000000000": c.entry}
			list, notices := LoadSaved(store)
			want := []string{"A saved scenario (1700000000000) was skipped: " + c.want + ". It is kept in this browser as it is."}
			if !slices.Equal(notices, want) || len(list) != 0 || store[savedPrefix+"1700000000000"] != c.entry {
				t.Errorf("entry %s\n got %d listed, notices %q\nwant %q", c.entry, len(list), notices, want)
			}
		})
	}
}
