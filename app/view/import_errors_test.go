package view

import (
	"slices"
	"strings"
	"testing"
)

// Anything after the JSON value refuses an import file, and skips a stored
// entry with a notice, leaving it as it is; white space does not. Both are
// read by one rule, so neither takes what the other refuses.
func TestTrailingDataRefused(t *testing.T) {
	m := newScenario(t, "").model
	file := string(scenariosFile(t, exportItem{Name: "One", Query: "silver=20"}))
	const entry = `{"v":1,"name":"a","query":"silver=20"}`
	for _, c := range []struct {
		name, tail string
		refused    bool
	}{
		{"text", "xyz", true},
		{"text after a space", " xyz", true},
		{"a second value", "\n" + file, true},
		{"a brace", "}", true},
		{"a list", "[]", true},
		{"a number", "0", true},
		{"a string", `"x"`, true},
		{"a NUL", "\x00", true},
		{"white space", "\n\t \r\n", false},
		{"nothing", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			store := newFakeKV(1000, nil)
			r := ImportFile(store, []byte(file+c.tail), m, importNow, "when")
			want := "Imported 1 scenario."
			if c.refused {
				want = "Could not import: the file is not a scenarios file (something follows its JSON)."
			}
			if got := r.Status(); got != want {
				t.Errorf("import of a file, then %q:\n got %q\nwant %q", c.tail, got, want)
			}

			stored := memoryKV{savedPrefix + "1700000000000": entry + c.tail}
			list, notices := LoadSaved(stored)
			wantListed, wantNotices := 1, []string(nil)
			if c.refused {
				wantListed, wantNotices = 0, []string{"A saved scenario (1700000000000) was skipped: something follows its JSON. It is kept in this browser as it is."}
			}
			if !slices.Equal(notices, wantNotices) || len(list) != wantListed || stored[savedPrefix+"1700000000000"] != entry+c.tail {
				t.Errorf("a stored entry, then %q:\n got %d listed, notices %q\nwant notices %q", c.tail, len(list), notices, wantNotices)
			}
		})
	}
}

// Each scenario of an import is saved under a key of its own, listed after
// the entries already saved, whatever ids storage holds and in whatever
// order it lists them.
func TestImportAfterStrangeIDs(t *testing.T) {
	m := newScenario(t, "").model
	items := numbered(3)
	for _, c := range []struct {
		name string
		ids  []string // in storage before the import
		want []string // listed after it
	}{
		{"the last millisecond", []string{lastID, "1700000000000"},
			[]string{"1700000000000", lastID, "Silver 1", "Silver 2", "Silver 3"}},
		{"the last millisecond's last places",
			[]string{lastID + "-18446744073709551613", lastID, "x"},
			[]string{lastID, lastID + "-18446744073709551613", "x", "Silver 1", "Silver 2", "Silver 3"}},
		{"the last place", []string{lastID + "-" + lastID, "corrupt"},
			[]string{lastID + "-" + lastID, "corrupt", "Silver 1", "Silver 2", "Silver 3"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			permutations(c.ids, func(ids []string) {
				for _, newestFirst := range []bool{false, true} {
					store := storeOf(ids, newestFirst)
					r := ImportFile(store, scenariosFile(t, items...), m, importNow, "when")
					list, notices := LoadSaved(store)
					if got := names(list); r.saved != len(items) || !slices.Equal(got, c.want) || len(notices) > 0 || len(store.overwritten) > 0 {
						t.Errorf("storage listing %q (newest first: %t), then an import: %q\n got %q, notices %q, overwritten %q\nwant %q", ids, newestFirst, r.Status(), got, notices, store.overwritten, c.want)
					}
				}
			})
		})
	}
}

// A file of JSON with a value of the wrong type is refused as JSON that is
// not a scenarios file, naming the value and the type expected; a file that
// is not JSON at all says so.
func TestImportWrongTypes(t *testing.T) {
	m := newScenario(t, "").model
	const head = `{"format":"hecla-calc-scenarios","version":1,"scenarios":`
	const notScenarios = "Could not import: the file is JSON, but not a scenarios file: "
	for _, c := range []struct{ name, file, want string }{
		{"scenarios a number", `{"scenarios": 5}`, notScenarios + `its "scenarios" is a number, where a list is expected.`},
		{"scenarios an object", head + `{}}`, notScenarios + `its "scenarios" is an object, where a list is expected.`},
		{"a name a number", head + `[{"name":"Good","query":"silver=20"},{"name":5,"query":"silver=21"}]}`,
			notScenarios + `the "name" of scenario 2 is a number, where text is expected.`},
		{"a query an object", head + `[{"name":"a","query":{"silver":20}}]}`, notScenarios + `the "query" of scenario 1 is an object, where text is expected.`},
		{"a scenario a number", head + `[5]}`, notScenarios + `scenario 1 is a number, where an object is expected.`},
		{"the version text", `{"format":"hecla-calc-scenarios","version":"1","scenarios":[]}`, notScenarios + `its "version" is text, where a whole number is expected.`},
		{"the version a fraction", `{"format":"hecla-calc-scenarios","version":1.5,"scenarios":[]}`, notScenarios + `its "version" is the number 1.5, where a whole number is expected.`},
		{"the format true", `{"format":true}`, notScenarios + `its "format" is true or false, where text is expected.`},
		{"a list", `[{"name":"a","query":"silver=20"}]`, notScenarios + `it is a list, where an object is expected.`},
		{"text", `"scenarios"`, notScenarios + `it is text, where an object is expected.`},
		{"a value missing", `{"scenarios": }`, "Could not import: the file is not a scenarios file (not JSON)."},
		{"cut short", head + `[{"name":"a"`, "Could not import: the file is not a scenarios file (not JSON)."},
		{"empty", ``, "Could not import: the file is not a scenarios file (not JSON)."},
	} {
		t.Run(c.name, func(t *testing.T) {
			store := newFakeKV(1000, nil)
			r := ImportFile(store, []byte(c.file), m, importNow, "when")
			if got := r.Status(); got != c.want || len(store.sets) != 0 {
				t.Errorf("file %s\n got %q, %d saved\nwant %q", c.file, got, len(store.sets), c.want)
			}
		})
	}
}

// A file that is not UTF-8 text is refused as such, and one over the limit
// by its own size; a byte order mark before the JSON is read past, and a
// name in UTF-8 is kept as it is.
func TestImportNotUTF8(t *testing.T) {
	m := newScenario(t, "").model
	named := func(name string) string {
		return `{"format":"hecla-calc-scenarios","version":1,"scenarios":[{"name":"` + name + `","query":"silver=20"}]}`
	}
	// sized is file padded with spaces to n bytes.
	sized := func(file string, n int) string { return file + strings.Repeat(" ", n-len(file)) }
	const notUTF8 = "Could not import: the file is not a scenarios file (not UTF-8 text)."
	for _, c := range []struct{ name, file, want, saved string }{
		{"120 KB, most of it bytes that are not UTF-8", sized(named(strings.Repeat("\xff", 116<<10)), 120<<10), notUTF8, ""},
		{"one byte that is not UTF-8 in a name", named("Caf\xe9"), notUTF8, ""},
		{"Latin-1 text", named("Silver at 20 \xa3"), notUTF8, ""},
		{"a byte that is not UTF-8 after the JSON", named("a") + "\n\x80", notUTF8, ""},
		{"300 KB, not UTF-8", sized(named(strings.Repeat("\xff", 290<<10)), 300<<10), "Could not import: the file is 300 KB; this page imports files of up to 256 KB.", ""},
		{"UTF-8", named("Café ü 銀"), "Imported 1 scenario.", "Café ü 銀"},
		{"UTF-8 after a byte order mark", "\uFEFF" + named("Café"), "Imported 1 scenario.", "Café"},
		{"not UTF-8 after a byte order mark", "\uFEFF" + named("Caf\xe9"), notUTF8, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			store := newFakeKV(1000, nil)
			r := ImportFile(store, []byte(c.file), m, importNow, "when")
			list, _ := LoadSaved(store)
			var saved string
			if len(list) == 1 {
				saved = list[0].Name
			}
			if got := r.Status(); got != c.want || saved != c.saved || len(list) > 1 {
				head := c.file[:min(len(c.file), 120)]
				t.Errorf("file of %d bytes, %q...\n got %q, saved %q\nwant %q, saved %q", len(c.file), head, got, names(list), c.want, c.saved)
			}
		})
	}
}
