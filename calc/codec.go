package calc

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Notice is one part of a query that was not applied, and why. Decoding
// never fails as a whole: the rest of the query still applies.
type Notice struct {
	Key   string
	Value string
	Code  Code
	// Message names the key and the rule, for people.
	Message string
}

const periodKey = "period"

// Decode reads a scenario from a URL query ("silver=20&lucky-friday.tons=9e4",
// with or without a leading "?"), and the levers' ranges
// ("range.silver=11:16", see decodeRange). Every part that does not apply
// comes back as one notice: a part without a key or without a value, a bad
// escape, an unknown key, a key given again (its last value applies), a bad
// value, a bad range; everything else applies. Notices come in the order of
// their parts, except that bad values and an unknown period, read once each
// key's last value is known, come last, and bad ranges, judged against the
// values in force, after them. Past MaxNotices they are only counted (see
// Notices).
//
// Keys for which passThrough returns true are left alone without a notice:
// the UI's own keys (embed, theme ...) share the query with the scenario.
//
// A query may be as long as a browser allows, and made of nothing but bad
// parts; Decode keeps no more per part than the notices it keeps, and at
// most one value per lever.
func (m *Model) Decode(query string, passThrough func(key string) bool) (Scenario, []Notice) {
	var notices Notices
	// given is the last value of each lever, of the period and of each
	// lever's range, and the part it came in (its order among the applied
	// values).
	var given [2*numLevers + 1]struct {
		value string
		part  int
		set   bool
	}
	const periodSlot, rangeSlot = numLevers, numLevers + 1
	part := 0
	for raw := range strings.SplitSeq(strings.TrimPrefix(query, "?"), "&") {
		if raw == "" {
			continue
		}
		part++
		rawKey, rawValue, hasValue := strings.Cut(raw, "=")
		key, err := unescape(rawKey)
		if err != nil {
			notices.Add(rawKey, rawValue, BadEscape, func(k, _ string) string {
				return fmt.Sprintf("%q: the key is not a valid URL escape", k)
			})
			continue
		}
		value, err := unescape(rawValue)
		if err != nil {
			notices.Add(key, rawValue, BadEscape, func(k, v string) string {
				return fmt.Sprintf("%s: the value %q is not a valid URL escape", k, v)
			})
			continue
		}
		if passThrough != nil && passThrough(key) {
			continue
		}
		if key == "" {
			notices.Add("", value, MissingKey, func(_, v string) string {
				return fmt.Sprintf("%q: a value without a key", "="+v)
			})
			continue
		}
		if !hasValue {
			notices.Add(key, "", MissingValue, func(k, _ string) string {
				return fmt.Sprintf("%s: has no value (write %s=...)", k, k)
			})
			continue
		}
		slot := periodSlot
		if leverKey, ranged := strings.CutPrefix(key, rangePrefix); ranged {
			l, ok := LeverByKey(leverKey)
			if !ok {
				notices.Add(key, value, UnknownKey, func(k, _ string) string {
					return k + ": a range on " + strings.TrimPrefix(k, rangePrefix) + ", which is not a lever of the calculator"
				})
				continue
			}
			slot = rangeSlot + int(l)
		} else if key != periodKey {
			l, ok := LeverByKey(key)
			if !ok {
				notices.Add(key, value, UnknownKey, func(k, _ string) string {
					return k + ": not a lever of the calculator"
				})
				continue
			}
			slot = int(l)
		}
		if given[slot].set {
			notices.Add(key, value, Duplicate, func(k, _ string) string {
				return k + ": given more than once; the last value applies"
			})
		}
		given[slot].value, given[slot].part, given[slot].set = value, part, true
	}

	var s Scenario
	period := m.Default()
	if g := given[periodSlot]; g.set {
		if p, ok := m.Period(PeriodID(g.value)); ok {
			period = p
			if p != m.Default() {
				s.Period = p.ID
			}
		} else {
			notices.Add(periodKey, g.value, UnknownPeriod, func(_, v string) string {
				return fmt.Sprintf("period: %q is not a period of the release (use %s)", v, m.periodList())
			})
		}
	}
	inOrder := func(first int) []Lever {
		var order []Lever
		for l := range Lever(numLevers) {
			if given[first+int(l)].set {
				order = append(order, l)
			}
		}
		slices.SortFunc(order, func(a, b Lever) int { return given[first+int(a)].part - given[first+int(b)].part })
		return order
	}
	for _, l := range inOrder(0) {
		v, ferr := l.Parse(given[l].value)
		if ferr == nil {
			ferr = s.Set(period, l, v)
		}
		if ferr != nil {
			// The message names the lever in words ("Gold price: ..."):
			// the part of the link goes beside the name, not before it
			// ("Gold price (gold=abc): ...", not "gold: Gold price: ...").
			notices.Add(l.Key(), given[l].value, ferr.Code, func(k, v string) string {
				name := l.Describe()
				return name + " (" + k + "=" + v + ")" + strings.TrimPrefix(ferr.Message, name)
			})
		}
	}
	for _, l := range inOrder(rangeSlot) {
		decodeRange(&s, period, l, given[rangeSlot+int(l)].value, &notices)
	}
	return s, notices.List()
}

// errBadEscape stands for url.QueryUnescape's error, which unescape does not
// build: a query of many bad escapes would build one per part.
var errBadEscape = errors.New("invalid URL escape")

// unescape is url.QueryUnescape, checked first so that a bad escape costs no
// allocation.
func unescape(s string) (string, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])) {
			return "", errBadEscape
		}
	}
	return url.QueryUnescape(s)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// Encode writes a scenario as a URL query: the period if it is not the
// default, then each changed lever in the stable lever order, then each
// range in force in the same order ("range.silver=11:16"). The baseline
// encodes as "". Decode(Encode(s)) equals s.
func (m *Model) Encode(s Scenario) string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	if s.Period != "" && s.Period != m.Default().ID {
		add(periodKey, string(s.Period))
	}
	for _, l := range AllLevers() {
		if v, ok := s.Changed(l); ok {
			add(l.Key(), v.String())
		}
	}
	for _, l := range AllLevers() {
		if low, high, ok := s.Range(l); ok {
			// Each end escaped, the colon not: "range.silver=11:16" reads
			// as it was typed (a query may hold a colon as it is).
			b.WriteString("&" + l.RangeKey() + "=" + url.QueryEscape(low.String()) + ":" + url.QueryEscape(high.String()))
		}
	}
	return strings.TrimPrefix(b.String(), "&")
}

func (m *Model) periodList() string {
	ids := make([]string, len(m.periods))
	for i, p := range m.periods {
		ids[i] = string(p.ID)
	}
	return strings.Join(ids, " or ")
}
