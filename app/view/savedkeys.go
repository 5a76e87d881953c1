package view

import (
	"sort"
	"strconv"
	"strings"
)

// A saved entry's id is the millisecond it was saved ("1700000000000"), and
// for an import the scenario's place in the file after it
// ("1700000000000-12"). Ids compare as numbers: as strings, an import's
// "-10" would list before its "-2". Ids of any other form (none is written,
// but storage is the user's) list after these, as strings.

// savedID reads an id as its millisecond and place; ok is false for an id
// of another form.
func savedID(id string) (ms, place uint64, ok bool) {
	head, tail, hasPlace := strings.Cut(id, "-")
	ms, err := strconv.ParseUint(head, 10, 64)
	if err == nil && hasPlace {
		place, err = strconv.ParseUint(tail, 10, 64)
	}
	return ms, place, err == nil
}

// savedKeyLess orders keys as their scenarios were saved; a save without a
// place ("ms") comes before an import's first ("ms-0").
func savedKeyLess(a, b string) bool {
	ia, ib := strings.TrimPrefix(a, savedPrefix), strings.TrimPrefix(b, savedPrefix)
	ma, pa, oka := savedID(ia)
	mb, pb, okb := savedID(ib)
	switch {
	case oka && okb && ma != mb:
		return ma < mb
	case oka && okb && pa != pb:
		return pa < pb
	case oka != okb:
		return oka
	}
	return a < b
}

// sortSavedKeys sorts through sort.Interface: sort.Slice and slices.SortFunc
// would each bring code of their own into app.wasm.
func sortSavedKeys(keys []string) { sort.Sort(savedKeys(keys)) }

type savedKeys []string

func (k savedKeys) Len() int           { return len(k) }
func (k savedKeys) Less(i, j int) bool { return savedKeyLess(k[i], k[j]) }
func (k savedKeys) Swap(i, j int)      { k[i], k[j] = k[j], k[i] }

// newStamp is the millisecond a new entry's id starts with: now, or one
// after the latest saved entry's when that is later. Two saves within one
// millisecond, or a clock set back, would otherwise reuse a key, and setItem
// would overwrite that entry, or list the new one before older ones.
func newStamp(keys []string, now uint64) uint64 {
	next := now
	for _, k := range keys {
		id, isSaved := strings.CutPrefix(k, savedPrefix)
		if ms, _, ok := savedID(id); isSaved && ok && ms >= next {
			next = ms + 1
		}
	}
	return next
}
