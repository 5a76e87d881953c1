package calc

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// decodeRange applies one "range.<lever>=LOW:HIGH" part of a query, once the
// levers' values are in force: each end is read as the lever's field reads
// it ("80,000:90,000"; for recovery "90%:95%"), then SetRange's rules hold.
// A part that does not apply is one notice, which names the lever's range,
// quotes the part and says the rule.
func decodeRange(s *Scenario, p *Period, l Lever, value string, notices *Notices) {
	name := l.describe() + " range"
	note := func(code Code, rule string) {
		notices.Add(l.RangeKey(), value, code, func(k, v string) string {
			return name + " (" + k + "=" + v + ")" + rule
		})
	}
	texts := strings.Split(value, ":")
	if len(texts) != 2 {
		note(BadRange, ": write LOW:HIGH, the lowest and the highest value you expect, around its value in force ("+
			s.Value(p, l).String()+")")
		return
	}
	var ends [2]decimal.Decimal
	for i, which := range [...]string{"low", "high"} {
		v, err := l.Parse(texts[i])
		if err != nil {
			// err.Message is "<lever>: <rule>" or "<lever> cannot be ...".
			note(err.Code, ": its "+which+" "+strconv.Quote(texts[i])+strings.TrimPrefix(err.Message, l.describe()))
			return
		}
		ends[i] = v
	}
	if err := s.SetRange(p, l, ends[0], ends[1]); err != nil {
		note(err.Code, strings.TrimPrefix(err.Message, name))
	}
}
