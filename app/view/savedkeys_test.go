package view

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Saved scenarios list as they were saved, whatever order storage hands
// the keys in: by millisecond, then by place in an import, "-10" after
// "-2" (as strings it would come first), a shorter, older millisecond
// first, and ids of another form last.
func TestSavedListsInSaveOrder(t *testing.T) {
	ids := []string{"999999999999", "1700000000000", "1700000000000-0", "1700000000000-2", "1700000000000-10", "1700000000001", "1700000000001-1", "corrupt-a", "x"}
	store := memoryKV{}
	for _, id := range ids {
		store[savedPrefix+id] = fmt.Sprintf(`{"v":1,"name":%q,"query":""}`, id)
	}
	for range 5 { // memoryKV's keys come in a new order each time
		list, _ := LoadSaved(store)
		var got []string
		for _, s := range list {
			got = append(got, s.Name)
		}
		if !slices.Equal(got, ids) {
			t.Fatalf("listed %q, want %q", got, ids)
		}
	}
}

// A new entry's id is the millisecond now, unless an entry already has it
// or a later one: then one after the latest, so no key is reused and the
// new entry lists last. After the latest millisecond there is, the ids take
// places after the last of it; after its last place, places after the
// greatest id of another form. Storage may list its keys in any order.
func TestNewIDs(t *testing.T) {
	const last, lastButOne = lastID, "18446744073709551614"
	for _, c := range []struct {
		name   string
		ids    []string // saved
		now    uint64
		n      int
		placed bool
		want   []string
	}{
		{"nothing saved", nil, 1000, 1, false, []string{"1000"}},
		{"saved earlier", []string{"2000", "1500-30", "corrupt"}, 3000, 1, false, []string{"3000"}},
		{"saved within the same millisecond", []string{"2000", "1500-30", "corrupt"}, 2000, 1, false, []string{"2001"}},
		{"the clock set back", []string{"2000", "1500-30", "corrupt"}, 1000, 1, false, []string{"2001"}},
		{"imported within the same millisecond", []string{"2000-7"}, 2000, 1, false, []string{"2001"}},
		{"an import", []string{"2000-7", "1999"}, 1000, 3, true, []string{"2001-0", "2001-1", "2001-2"}},
		{"only ids of another form", []string{"corrupt", "x-1", "-"}, 1000, 1, false, []string{"1000"}},
		{"too large to be a millisecond", []string{"18446744073709551616", "1-18446744073709551616"}, 1000, 1, false, []string{"1000"}},
		{"one before the last millisecond", []string{lastButOne}, 1000, 1, false, []string{last}},
		{"one before the last millisecond, an import", []string{lastButOne}, 1000, 2, true, []string{last + "-0", last + "-1"}},
		{"the last millisecond", []string{last}, 1700000000000, 1, false, []string{last + "-0"}},
		{"the last millisecond, written with a zero before it", []string{"0" + last}, 1700000000000, 1, false, []string{last + "-0"}},
		{"the last millisecond, an import", []string{last, "1700000000000"}, 1700000000000, 3, true, []string{last + "-0", last + "-1", last + "-2"}},
		{"the last millisecond with places", []string{last + "-10", last, last + "-2", lastButOne + "-99"}, 0, 1, false, []string{last + "-11"}},
		{"the last place but one", []string{last + "-" + lastButOne}, 0, 1, false, []string{last + "-" + last}},
		{"the last place", []string{last + "-" + last, last}, 0, 1, false, []string{"-0"}},
		{"the last place, an import", []string{last + "-" + last}, 0, 2, true, []string{"-0", "-1"}},
		{"too few places left for an import", []string{last + "-" + lastButOne, "x"}, 0, 2, true, []string{"x-0", "x-1"}},
		{"the last place, ids of another form", []string{"x", last + "-" + last, "corrupt", "a-b-c"}, 0, 1, false, []string{"x-0"}},
		{"the last place, an import of twelve", []string{last + "-" + last, "x-y"}, 0, 12, true,
			[]string{"x-y-00", "x-y-01", "x-y-02", "x-y-03", "x-y-04", "x-y-05", "x-y-06", "x-y-07", "x-y-08", "x-y-09", "x-y-10", "x-y-11"}},
		{"the last place, another form that ends in a dash", []string{last + "-" + last, "5-"}, 0, 1, false, []string{"5--0"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			permutations(c.ids, func(ids []string) {
				keys := []string{"other:" + last}
				for _, id := range ids {
					keys = append(keys, savedPrefix+id)
				}
				got := newIDs(keys, c.now, c.n, c.placed)
				if !slices.Equal(got, c.want) {
					t.Errorf("saved %q, now %d, %d new:\n got %q\nwant %q", ids, c.now, c.n, got, c.want)
				}
				checkNewIDs(t, keys, got)
			})
		})
	}
}

// checkNewIDs fails unless ids are new, in order, and each lists after
// every saved key of the page's form, and after every saved key when it is
// of another form itself.
func checkNewIDs(t *testing.T, keys, ids []string) {
	t.Helper()
	for i, id := range ids {
		k := savedPrefix + id
		if slices.Contains(keys, k) {
			t.Errorf("%q is saved already", id)
		}
		if i > 0 && !savedKeyLess(savedPrefix+ids[i-1], k) {
			t.Errorf("%q does not list after %q", id, ids[i-1])
		}
		_, _, own := savedID(id)
		for _, saved := range keys {
			was, isSaved := strings.CutPrefix(saved, savedPrefix)
			if _, _, wasOwn := savedID(was); isSaved && (wasOwn || !own) && !savedKeyLess(saved, k) {
				t.Errorf("%q does not list after %q", id, was)
			}
		}
	}
}

// Two saves in one millisecond keep both scenarios, in order.
func TestSaveNewTwiceInOneMillisecond(t *testing.T) {
	store := memoryKV{}
	for _, name := range []string{"First", "Second"} {
		if _, err := SaveNew(store, 1700000000000, name, "silver=20", "when"); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := LoadSaved(store)
	if len(list) != 2 || list[0].Name != "First" || list[1].Name != "Second" || !strings.HasSuffix(list[1].Key, ":1700000000001") {
		t.Errorf("listed %+v", list)
	}
}

// lastID is the id of the latest millisecond there can be: one hand edit
// puts it in storage, and one after it is 0.
const lastID = "18446744073709551615"

// orderedKV is storage in memory that lists its keys in the order they
// were first set, or the reverse, and records each set of a key it already
// holds.
type orderedKV struct {
	memoryKV
	order       []string
	newestFirst bool
	overwritten []string
}

func (o *orderedKV) Keys() ([]string, error) {
	keys := slices.Clone(o.order)
	if o.newestFirst {
		slices.Reverse(keys)
	}
	return keys, nil
}

func (o *orderedKV) Set(k, v string) error {
	if _, ok := o.memoryKV[k]; ok {
		o.overwritten = append(o.overwritten, k)
	} else {
		o.order = append(o.order, k)
	}
	return o.memoryKV.Set(k, v)
}

func (o *orderedKV) Del(k string) error {
	o.order = slices.DeleteFunc(o.order, func(s string) bool { return s == k })
	return o.memoryKV.Del(k)
}

// storeOf is storage holding a readable entry, named for its id, under
// each of ids, listed in that order (or the reverse), and each key set
// later listed last (or first).
func storeOf(ids []string, newestFirst bool) *orderedKV {
	o := &orderedKV{memoryKV: memoryKV{}, newestFirst: newestFirst}
	for _, id := range ids {
		o.Set(savedPrefix+id, fmt.Sprintf(`{"v":1,"name":%q,"query":"silver=20"}`, id))
	}
	return o
}

// permutations calls f with every order of s, each a slice of its own.
func permutations(s []string, f func([]string)) {
	var walk func(done, rest []string)
	walk = func(done, rest []string) {
		if len(rest) == 0 {
			f(slices.Clone(done))
			return
		}
		for i := range rest {
			walk(append(done, rest[i]), slices.Concat(rest[:i], rest[i+1:]))
		}
	}
	walk(nil, s)
}

// Two saves in a row keep both entries, listed after those already saved,
// whatever ids storage holds and in whatever order it lists them.
func TestSaveTwiceAfterStrangeIDs(t *testing.T) {
	for _, c := range []struct {
		name string
		ids  []string // in storage before the saves
		want []string // listed after the saves
	}{
		{"the last millisecond", []string{lastID}, []string{lastID, "First", "Second"}},
		{"the last millisecond, saved and imported",
			[]string{lastID + "-2", lastID, "1700000000000", lastID + "-10"},
			[]string{"1700000000000", lastID, lastID + "-2", lastID + "-10", "First", "Second"}},
		{"the last millisecond's last place",
			[]string{lastID + "-" + lastID, "1700000000000", lastID},
			[]string{"1700000000000", lastID, lastID + "-" + lastID, "First", "Second"}},
		{"the last place, and ids of another form",
			[]string{"x", lastID + "-" + lastID, "corrupt", "x-0"},
			[]string{lastID + "-" + lastID, "corrupt", "x", "x-0", "First", "Second"}},
		{"one before the last millisecond",
			[]string{"18446744073709551614", "1700000000000-3"},
			[]string{"1700000000000-3", "18446744073709551614", "First", "Second"}},
		{"too large to be a millisecond",
			[]string{"18446744073709551616", "1800000000000"},
			[]string{"1800000000000", "First", "Second", "18446744073709551616"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			permutations(c.ids, func(ids []string) {
				for _, newestFirst := range []bool{false, true} {
					store := storeOf(ids, newestFirst)
					for _, name := range []string{"First", "Second"} {
						if _, err := SaveNew(store, 1700000000000, name, "silver=20", "when"); err != nil {
							t.Fatal(err)
						}
					}
					list, notices := LoadSaved(store)
					if got := names(list); !slices.Equal(got, c.want) || len(notices) > 0 || len(store.overwritten) > 0 {
						t.Errorf("storage listing %q (newest first: %t), then two saves:\n got %q, notices %q, overwritten %q\nwant %q", ids, newestFirst, got, notices, store.overwritten, c.want)
					}
				}
			})
		})
	}
}
