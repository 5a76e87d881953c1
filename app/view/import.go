package view

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// An import is read whole into memory and each of its scenarios becomes an
// entry in localStorage, which browsers keep small (a few megabytes a site):
// the limits stop one file from filling it or the list, while leaving room
// far beyond what anyone compares. A query setting every lever to many
// places is well under maxImportQuery; a name longer than maxImportName is
// pasted text, not a label.
const (
	MaxImportBytes     = 256 << 10
	maxImportScenarios = 200
	maxImportName      = 200 // characters
	maxImportQuery     = 2000
)

// ImportReport is what an import did, for the status line and the notices.
type ImportReport struct {
	refused error // the file as a whole: nothing was saved
	inFile  int   // scenarios in the file
	usable  int   // of them, those that passed the checks
	saved   int   // of those, the first saved, in the file's order
	stopped error // why the rest of the usable ones were not saved
	Notices []string
}

// ImportFile saves the usable scenarios of an export file as new entries,
// in the file's order after every entry already saved. It never writes
// over or deletes an entry: when storage refuses one (full, most likely),
// those saved before it stay and the rest are not tried, so what is saved
// is always the file's first scenarios.
func ImportFile(s KV, b []byte, m *calc.Model, now uint64, when string) ImportReport {
	items, inFile, notices, err := importScenarios(b, m)
	r := ImportReport{refused: err, inFile: inFile, usable: len(items), Notices: notices}
	if err != nil || len(items) == 0 {
		return r
	}
	keys, err := s.Keys()
	if err != nil {
		r.stopped = err
		return r
	}
	ids := newIDs(keys, now, len(items), true)
	for i, it := range items {
		if _, err := saveScenario(s, ids[i], it.Name, it.Query, when); err != nil {
			r.stopped = err
			break
		}
		r.saved++
	}
	return r
}

// Status says how many scenarios were saved: those actually saved, not
// those in the file.
func (r ImportReport) Status() string {
	if r.refused != nil {
		return "Could not import: " + r.refused.Error() + "."
	}
	var s string
	if r.stopped != nil {
		s = fmt.Sprintf("Saved %d of %d: %v.", r.saved, r.usable, r.stopped)
	} else {
		s = "Imported " + plural(r.saved, "scenario") + "."
	}
	if skipped := r.inFile - r.usable; skipped > 0 {
		s += " " + plural(skipped, "scenario") + " of the file skipped, as listed below."
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return count(n) + " " + noun + "s"
}

// count writes a whole number as the page does, with commas.
func count(n int) string { return Number(decimal.NewFromInt(int64(n)), 0) }

// ImportTooBig is the refusal of a file over maxImportBytes; the page says
// it before reading such a file at all.
func ImportTooBig(size int) error {
	return fmt.Errorf("the file is %s KB; this page imports files of up to %d KB", count((size+1023)/1024), MaxImportBytes>>10)
}

// notScenarios is the refusal of a file of JSON of another shape than
// Export writes.
func notScenarios(what string) error {
	return errors.New("the file is JSON, but not a scenarios file: " + what)
}

// importScenarios reads an export file: its usable scenarios, each with the
// query as the page itself would write it, how many scenarios it holds,
// and a notice for each one skipped. A file that is not one, too big, with
// too many scenarios or with anything after its JSON is an error.
func importScenarios(b []byte, m *calc.Model) (items []exportItem, inFile int, notices []string, err error) {
	if len(b) > MaxImportBytes {
		return nil, 0, nil, ImportTooBig(len(b))
	}
	// JSON is UTF-8 text, which may start with a byte order mark (some
	// editors write one). encoding/json would read a byte that is not
	// UTF-8 as U+FFFD, changing a name without a word.
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if !utf8.Valid(b) {
		return nil, 0, nil, fmt.Errorf("the file is not a scenarios file (not UTF-8 text)")
	}
	// The scenarios are read one by one, so that a value of the wrong type
	// in one is told by the scenario's place.
	var f struct {
		Format    string            `json:"format"`
		Version   int               `json:"version"`
		Scenarios []json.RawMessage `json:"scenarios"`
	}
	if err := decodeJSON(b, &f); err != nil {
		if field, what, ok := wrongType(err); ok {
			return nil, 0, nil, notScenarios(its(field) + " is " + what)
		}
		if errors.Is(err, errAfterJSON) {
			return nil, 0, nil, fmt.Errorf("the file is not a scenarios file (%v)", err)
		}
		return nil, 0, nil, fmt.Errorf("the file is not a scenarios file (not JSON)")
	}
	if f.Format != exportFormat {
		return nil, 0, nil, fmt.Errorf("the file is not a scenarios file (format %q)", f.Format)
	}
	if f.Version != savedVersion {
		return nil, 0, nil, fmt.Errorf("the file is in version %d; this page reads version %d", f.Version, savedVersion)
	}
	if n := len(f.Scenarios); n > maxImportScenarios {
		return nil, 0, nil, fmt.Errorf("the file holds %d scenarios; this page imports up to %d at once", n, maxImportScenarios)
	}
	for i, raw := range f.Scenarios {
		var it exportItem
		if err := decodeJSON(raw, &it); err != nil {
			// raw is one JSON value: only a type can be wrong in it.
			field, what, _ := wrongType(err)
			which := "scenario " + strconv.Itoa(i+1)
			if field != "" {
				which = "the " + strconv.Quote(field) + " of " + which
			}
			return nil, 0, nil, notScenarios(which + " is " + what)
		}
		// A notice names the scenario by its place in the file, and by
		// its name too when it has one that fits the notice.
		which := "Scenario " + strconv.Itoa(i+1) + " of the file"
		tooLong := utf8.RuneCountInString(it.Name) > maxImportName
		if strings.TrimSpace(it.Name) != "" && !tooLong {
			which += " (" + strconv.Quote(it.Name) + ")"
		}
		skip := func(why string) { notices = append(notices, which+" was skipped: "+why+".") }
		if tooLong {
			skip("its name is longer than " + count(maxImportName) + " characters")
			continue
		}
		if len(it.Query) > maxImportQuery {
			skip("its query is longer than " + count(maxImportQuery) + " characters")
			continue
		}
		sc, bad := m.Decode(it.Query, IsUIKey)
		if len(bad) > 0 {
			skip(bad[0].Message)
			continue
		}
		if sc.IsBaseline() && sc.Period == "" {
			skip("its query (" + strconv.Quote(it.Query) + ") changes no lever, so it is the release's figures")
			continue
		}
		// Without a name, a scenario is named as Save names one.
		if strings.TrimSpace(it.Name) == "" {
			it.Name = ScenarioName(m, sc)
		}
		items = append(items, exportItem{Name: it.Name, Query: m.Encode(sc)})
	}
	return items, len(f.Scenarios), notices, nil
}
