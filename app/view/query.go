package view

import (
	"net/url"
	"slices"
	"strings"
)

// UIPart keeps the page's own keys of a raw query, as they were written:
// the last part of each key, the one that applies, in the query's order.
// So the address bar holds one part per key, however many the link had.
func UIPart(raw string) string {
	var last [len(UIKeys)]string
	var at [len(UIKeys)]int // the part's place in the query; 0: not given
	n := 0
	for part := range strings.SplitSeq(raw, "&") {
		n++
		key, _, _ := strings.Cut(part, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			if i := UIKeyIndex(k); i >= 0 {
				last[i], at[i] = part, n
			}
		}
	}
	var order []int
	for i := range UIKeys {
		if at[i] > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return at[a] - at[b] })
	keep := make([]string, len(order))
	for j, i := range order {
		keep[j] = last[i]
	}
	return strings.Join(keep, "&")
}

func JoinQuery(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "&" + b
}

// UIKeys are the page's own keys of the query, beside the scenario's.
var UIKeys = [...]string{"embed", "show", "levers", "theme", "transparent"}

// IsUIKey tells the scenario decoder which keys are the page's own.
func IsUIKey(key string) bool { return UIKeyIndex(key) >= 0 }

func UIKeyIndex(key string) int {
	for i, k := range UIKeys {
		if k == key {
			return i
		}
	}
	return -1
}
