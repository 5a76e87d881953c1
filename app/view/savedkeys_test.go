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

// A new entry's millisecond is now, unless an entry already has it or a
// later one: then one after the latest, so no key is reused and the new
// entry lists last.
func TestNewStamp(t *testing.T) {
	keys := []string{savedPrefix + "2000", savedPrefix + "1500-30", savedPrefix + "corrupt", "other:9999"}
	for _, c := range []struct {
		keys      []string
		now, want uint64
	}{
		{nil, 1000, 1000},
		{keys, 3000, 3000},
		{keys, 2000, 2001}, // saved within the same millisecond
		{keys, 1000, 2001}, // the clock set back
		{[]string{savedPrefix + "2000-7"}, 2000, 2001},
	} {
		if got := newStamp(c.keys, c.now); got != c.want {
			t.Errorf("newStamp(%q, %d) = %d, want %d", c.keys, c.now, got, c.want)
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
