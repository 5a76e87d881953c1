package view

import (
	"sort"
	"strconv"
	"strings"
)

// A saved entry's id is the millisecond it was saved ("1700000000000"), and
// for an import the scenario's place in the file after it
// ("1700000000000-12"). Ids compare as numbers: as strings, an import's
// "-10" would list before its "-2". Ids of any other form list after
// these, as strings: storage is the user's, and the page writes one only
// when the ids of its own form have run out (newIDs).

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

// lastMs is the latest millisecond an id can hold: a hand edit can put it
// in storage, and one after it is 0.
const lastMs = ^uint64(0)

// newIDs is the ids of n new entries, in order, each listed after every
// saved entry with an id of the page's form and none of them an id in
// keys. Their millisecond is now, or one after the latest saved when that
// is later: two saves within one millisecond, or a clock set back, would
// otherwise reuse a key, and setItem would overwrite that entry, or list
// the new one before older ones. A save's one id is the millisecond alone
// (placed is false); an import's scenarios add their places.
//
// An id of the latest millisecond there is (stored by hand: the page never
// comes near it) cannot be followed by a later one, so the ids take places
// after the latest of that millisecond's; where those run out as well,
// they take the greatest id of another form and add places to it, zero
// padded so that they list in order as strings (each such save makes the
// next id longer, a price paid only after a hand edit). Each way, a new id
// orders after every id it must follow, so no saved id can be equal to it.
func newIDs(keys []string, now uint64, n int, placed bool) []string {
	var (
		dated     bool   // some id is of the page's form
		ms, place uint64 // the latest of those: its millisecond, its last place
		hasPlace  bool   // an id of that millisecond has a place
		other     string // the greatest id of another form
	)
	for _, k := range keys {
		id, isSaved := strings.CutPrefix(k, savedPrefix)
		if !isSaved {
			continue
		}
		m, p, ok := savedID(id)
		withPlace := strings.Contains(id, "-")
		switch {
		case !ok:
			other = max(other, id)
		case !dated || m > ms:
			dated, ms, place, hasPlace = true, m, p, withPlace
		case m == ms && withPlace && (!hasPlace || p > place):
			place, hasPlace = p, true
		}
	}
	ids := make([]string, n)
	switch {
	case !dated || ms < lastMs:
		stamp := now
		if dated && ms >= now {
			stamp = ms + 1
		}
		for i := range ids {
			ids[i] = strconv.FormatUint(stamp, 10)
			if placed {
				ids[i] += "-" + strconv.Itoa(i)
			}
		}
	case !hasPlace || place <= lastMs-uint64(n):
		first := uint64(0)
		if hasPlace {
			first = place + 1
		}
		for i := range ids {
			ids[i] = strconv.FormatUint(ms, 10) + "-" + strconv.FormatUint(first+uint64(i), 10)
		}
	default:
		// other+"-"+place is of another form too: other's first part or
		// its place is not a number, and stays so.
		width := len(strconv.Itoa(n - 1))
		for i := range ids {
			p := strconv.Itoa(i)
			ids[i] = other + "-" + strings.Repeat("0", width-len(p)) + p
		}
	}
	return ids
}
