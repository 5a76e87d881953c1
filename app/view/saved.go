package view

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Saved scenarios live in the browser's localStorage, one entry per
// scenario under savedPrefix, so that one entry the page cannot read
// (damaged, or written by an older version) costs only itself: it is
// skipped with a notice and left exactly as it is, never deleted.

const (
	savedPrefix  = "hecla-calc:scenario:"
	savedVersion = 1
	exportFormat = "hecla-calc-scenarios"
)

// KV is the part of localStorage the saved scenarios use. set returns
// errStorageFull when the browser's quota for the site is used up.
type KV interface {
	Keys() ([]string, error)
	Get(key string) (string, error)
	Set(key, value string) error
	Del(key string) error
}

var ErrStorageFull = errors.New("this browser's storage is full")

// savedEntry is the stored form, version savedVersion.
type savedEntry struct {
	V     int    `json:"v"`
	Name  string `json:"name"`
	Query string `json:"query"`
	Saved string `json:"saved"` // when, as the browser's ISO time
}

type SavedScenario struct {
	Key string
	savedEntry
}

// LoadSaved lists the saved scenarios in the order they were saved, and a
// notice for each entry it skipped.
func LoadSaved(s KV) ([]SavedScenario, []string) {
	keys, err := s.Keys()
	if err != nil {
		return nil, []string{"Saved scenarios are not available in this browser: " + err.Error()}
	}
	sortSavedKeys(keys)
	var list []SavedScenario
	var notices []string
	for _, k := range keys {
		if !strings.HasPrefix(k, savedPrefix) {
			continue
		}
		raw, err := s.Get(k)
		if err == nil {
			var e savedEntry
			if e, err = parseSaved(raw); err == nil {
				list = append(list, SavedScenario{Key: k, savedEntry: e})
				continue
			}
		}
		notices = append(notices, fmt.Sprintf("A saved scenario (%s) was skipped: %v. It is kept in this browser as it is.", strings.TrimPrefix(k, savedPrefix), err))
	}
	return list, notices
}

func parseSaved(raw string) (savedEntry, error) {
	var e savedEntry
	if err := decodeJSON([]byte(raw), &e); err != nil {
		if field, what, ok := wrongType(err); ok {
			return e, errors.New(its(field) + " is " + what)
		}
		if errors.Is(err, errAfterJSON) {
			return e, err
		}
		return e, fmt.Errorf("it is not readable JSON")
	}
	switch {
	case e.V != savedVersion:
		return e, fmt.Errorf("it is in format version %d, this page reads version %d", e.V, savedVersion)
	case strings.TrimSpace(e.Name) == "":
		return e, fmt.Errorf("it has no name")
	}
	return e, nil
}

// SaveNew stores a new entry, listed after every saved one, under a key no
// entry has; now is the time in milliseconds.
func SaveNew(s KV, now uint64, name, query, when string) (SavedScenario, error) {
	keys, err := s.Keys()
	if err != nil {
		return SavedScenario{}, err
	}
	return saveScenario(s, newIDs(keys, now, 1, false)[0], name, query, when)
}

// saveScenario stores an entry under the key of id (savedkeys.go).
func saveScenario(s KV, id, name, query, when string) (SavedScenario, error) {
	e := SavedScenario{Key: savedPrefix + id, savedEntry: savedEntry{V: savedVersion, Name: name, Query: query, Saved: when}}
	return e, WriteSaved(s, e)
}

func WriteSaved(s KV, e SavedScenario) error {
	b, err := json.Marshal(e.savedEntry)
	if err != nil {
		return err
	}
	return s.Set(e.Key, string(b))
}

// exportItem is one scenario in an export file.
type exportItem struct {
	Name  string `json:"name"`
	Query string `json:"query"`
}

type exportFile struct {
	Format    string       `json:"format"`
	Version   int          `json:"version"`
	Scenarios []exportItem `json:"scenarios"`
}

// ExportScenarios writes the saved scenarios as a JSON file.
func ExportScenarios(list []SavedScenario) []byte {
	f := exportFile{Format: exportFormat, Version: savedVersion, Scenarios: []exportItem{}}
	for _, s := range list {
		f.Scenarios = append(f.Scenarios, exportItem{Name: s.Name, Query: s.Query})
	}
	b, _ := json.MarshalIndent(f, "", "  ") // strings only: cannot fail
	return append(b, '\n')
}

// ResultsCSV is every output of a scenario as the engine computes it, with
// its context: the quarter and the scenario's query on top, then each
// figure's unit, the model's baseline (the release's levers), the figure as
// the release prints it where it does (in the same unit: thousands made
// dollars) and the change from the model's baseline; empty where a figure
// does not exist or is not printed.
func ResultsCSV(p *calc.Period, query string, cur, base Outputs, src func(metric string) Source) string {
	var b strings.Builder
	b.WriteString("quarter," + csvCell(p.Label+" ("+string(p.ID)+")") + "\n")
	b.WriteString("scenario," + csvCell("?"+query) + "\n\n")
	b.WriteString("metric,unit,scenario,model baseline,release (printed),change\n")
	for _, name := range calc.OutputNames() {
		v, o := cur[name], base[name]
		cells := []string{name, metricUnit(name), "", "", "", ""}
		if v.Valid {
			cells[2] = v.Decimal.String()
		}
		if o.Valid {
			cells[3] = o.Decimal.String()
		}
		if bs := src(name); bs.printed {
			d := bs.figure.Value
			if bs.unit == data.USDThousands || bs.unit == data.OzThousands {
				d = d.Shift(3)
			}
			cells[4] = d.String()
		}
		if v.Valid && o.Valid {
			cells[5] = v.Decimal.Sub(o.Decimal).String()
		}
		b.WriteString(strings.Join(cells, ",") + "\n")
	}
	return b.String()
}

// metricUnit is the unit of an output's decimal, in words.
func metricUnit(metric string) string {
	if rest, ok := strings.CutPrefix(metric, yearPrefix); ok {
		return metricUnit(rest)
	}
	if rest, ok := strings.CutPrefix(metric, "sensitivity."); ok {
		metal, output, _ := strings.Cut(rest, ".")
		return metricUnit(output) + " per step of the " + metal + " price"
	}
	switch {
	case strings.HasSuffix(metric, "lead-produced"), strings.HasSuffix(metric, "zinc-produced"):
		return "short tons"
	case strings.HasSuffix(metric, "-produced"):
		return "troy ounces"
	case strings.HasSuffix(metric, "-per-oz"), strings.HasSuffix(metric, "."+calc.MetricBreakEven):
		return "dollars per ounce"
	case strings.HasSuffix(metric, "."+calc.MetricProduced):
		return "troy ounces"
	case strings.HasSuffix(metric, "."+calc.MetricEPS):
		return "dollars per share"
	}
	return "dollars"
}

// csvCell quotes a cell that holds a comma, a quote or a line break.
func csvCell(s string) string {
	if !strings.ContainsAny(s, ",\"\n\r") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
