package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// memoryKV is a kv in memory.
type memoryKV map[string]string

func (m memoryKV) keys() ([]string, error) {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks, nil
}
func (m memoryKV) get(k string) (string, error) { return m[k], nil }
func (m memoryKV) set(k, v string) error        { m[k] = v; return nil }
func (m memoryKV) del(k string) error           { delete(m, k); return nil }

// refusingKV is storage the browser will not let the page use.
type refusingKV struct{}

func (refusingKV) keys() ([]string, error)    { return nil, errors.New("the browser refused storage") }
func (refusingKV) get(string) (string, error) { return "", errors.New("refused") }
func (refusingKV) set(string, string) error   { return errors.New("refused") }
func (refusingKV) del(string) error           { return errors.New("refused") }

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
	list, notices := loadSaved(store)
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
	if _, n := loadSaved(refusingKV{}); len(n) != 1 || !strings.Contains(n[0], "not available") {
		t.Errorf("refused storage: %q", n)
	}
}

func TestSaveRenameExportImport(t *testing.T) {
	m := newCalculator(t, "").model
	store := memoryKV{}
	s, err := saveScenario(store, "1700000000001", "Silver at $20", "silver=20", "2026-11-26T00:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	s.Name = "Silver twenty"
	if err := writeSaved(store, s); err != nil {
		t.Fatal(err)
	}
	list, notices := loadSaved(store)
	if len(notices) != 0 || len(list) != 1 || list[0].Name != "Silver twenty" {
		t.Fatalf("after rename: %+v %q", list, notices)
	}
	file := exportScenarios(list)
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

// The CSV holds every output as the engine computes it, the release's
// figure beside it and the change.
func TestResultsCSV(t *testing.T) {
	c := newCalculator(t, "silver=20")
	csv := resultsCSV(c.view.result, c.view.baseline)
	lines := strings.Split(strings.TrimSuffix(csv, "\n"), "\n")
	if lines[0] != "metric,scenario,release,change" || len(lines) != 1+len(calc.MetricNames()) {
		t.Fatalf("%d lines, header %q", len(lines), lines[0])
	}
	for _, want := range []string{
		"company.gross-profit,25417810.805759263113,16422000,8995810.805759263113",
		"greens-creek.break-even-price,,,",
		"lucky-friday.produced,852113,852113,0",
	} {
		if !strings.Contains(csv, want+"\n") {
			t.Errorf("no line %q", want)
		}
	}
}
