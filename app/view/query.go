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
// seek and grid are the analyst's tools' choices (app/session, tools.go).
var UIKeys = [...]string{"embed", "show", "levers", "theme", "transparent", "seek", "grid", "grid.x", "grid.y"}

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

// SetUIPart is the page keys ui with key's part set to value, in place of
// any it had, or left out if value is "": the tools' choices follow the
// reader's so a link keeps them.
func SetUIPart(ui, key, value string) string {
	var keep []string
	for part := range strings.SplitSeq(ui, "&") {
		k, _, _ := strings.Cut(part, "=")
		if u, err := url.QueryUnescape(k); part == "" || (err == nil && u == key) {
			continue
		}
		keep = append(keep, part)
	}
	if value != "" {
		keep = append(keep, url.QueryEscape(key)+"="+queryValue(value))
	}
	return strings.Join(keep, "&")
}

// queryValue escapes a value for a query, keeping the colons and commas
// the tools' values are made of legible.
func queryValue(v string) string {
	return strings.NewReplacer("%3A", ":", "%2C", ",").Replace(url.QueryEscape(v))
}

// UIValue is key's value in the page keys ui, unescaped; "" if it has none.
func UIValue(ui, key string) string {
	for part := range strings.SplitSeq(ui, "&") {
		k, v, _ := strings.Cut(part, "=")
		if u, err := url.QueryUnescape(k); err == nil && u == key {
			if value, err := url.QueryUnescape(v); err == nil {
				return value
			}
		}
	}
	return ""
}
