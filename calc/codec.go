package calc

import (
	"fmt"
	"net/url"
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
// with or without a leading "?"). Unknown keys, bad values and repeated keys
// come back as notices in the order they appear; everything else applies.
// When a key repeats, its last value applies.
//
// Keys for which passThrough returns true are left alone without a notice:
// the UI's own keys (embed, theme ...) share the query with the scenario.
func (m *Model) Decode(query string, passThrough func(key string) bool) (Scenario, []Notice) {
	var notices []Notice
	note := func(key, value string, code Code, format string, args ...any) {
		notices = append(notices, Notice{Key: key, Value: value, Code: code, Message: fmt.Sprintf(format, args...)})
	}
	type pair struct{ key, value string }
	var pairs []pair
	seen := map[string]int{}
	for _, part := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
		if part == "" {
			continue
		}
		rawKey, rawValue, hasValue := strings.Cut(part, "=")
		key, err := url.QueryUnescape(rawKey)
		if err != nil {
			note(rawKey, rawValue, BadEscape, "%q: the key is not a valid URL escape", rawKey)
			continue
		}
		value, err := url.QueryUnescape(rawValue)
		if err != nil {
			note(key, rawValue, BadEscape, "%s: the value %q is not a valid URL escape", key, rawValue)
			continue
		}
		if passThrough != nil && passThrough(key) {
			continue
		}
		if !hasValue {
			note(key, "", MissingValue, "%s: has no value (write %s=...)", key, key)
			continue
		}
		if n := seen[key]; n > 0 {
			note(key, value, Duplicate, "%s: given more than once; the last value applies", key)
			pairs[n-1].key = "" // superseded
		}
		pairs = append(pairs, pair{key, value})
		seen[key] = len(pairs)
	}

	var s Scenario
	period := m.Default()
	if i := seen[periodKey]; i > 0 {
		v := pairs[i-1].value
		if p, ok := m.Period(PeriodID(v)); ok {
			period = p
			if p != m.Default() {
				s.Period = p.ID
			}
		} else {
			note(periodKey, v, UnknownPeriod, "period: %q is not a period of the release (use %s)", v, m.periodList())
		}
	}
	for _, pr := range pairs {
		if pr.key == "" || pr.key == periodKey {
			continue
		}
		l, ok := LeverByKey(pr.key)
		if !ok {
			note(pr.key, pr.value, UnknownKey, "%s: not a lever of the calculator", pr.key)
			continue
		}
		v, ferr := l.Parse(pr.value)
		if ferr == nil {
			ferr = s.Set(period, l, v)
		}
		if ferr != nil {
			note(pr.key, pr.value, ferr.Code, "%s: %s", pr.key, ferr.Message)
		}
	}
	return s, notices
}

// Encode writes a scenario as a URL query: the period if it is not the
// default, then each changed lever in the stable lever order. The baseline
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
	for _, l := range Levers() {
		if v, ok := s.Changed(l); ok {
			add(l.Key(), v.String())
		}
	}
	return b.String()
}

func (m *Model) periodList() string {
	ids := make([]string, len(m.periods))
	for i, p := range m.periods {
		ids[i] = string(p.ID)
	}
	return strings.Join(ids, " or ")
}
