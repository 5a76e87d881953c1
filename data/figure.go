package data

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Figure is one printed number of the release: the text as printed and its
// exact value. A dash ("- -") is the release's zero.
type Figure struct {
	Printed string
	Value   decimal.Decimal
}

// Places is how many digits the release printed after the decimal point: the
// precision every identity over this figure is judged at.
func (f Figure) Places() int32 {
	if i := strings.IndexByte(f.Printed, '.'); i >= 0 {
		return int32(len(strings.TrimRight(f.Printed[i+1:], ")")))
	}
	return 0
}

// ParseFigure reads a figure in the release's notation: digits grouped by
// commas, an optional fraction, parentheses for negatives, "- -" for zero.
// Anything else is refused with the rule it breaks.
func ParseFigure(printed string) (Figure, error) {
	if printed == "- -" {
		return Figure{Printed: printed, Value: decimal.Zero}, nil
	}
	s := printed
	neg := false
	if strings.HasPrefix(s, "(") || strings.HasSuffix(s, ")") {
		if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") || len(s) < 3 {
			return Figure{}, fmt.Errorf("%q: unbalanced parentheses", printed)
		}
		s, neg = s[1:len(s)-1], true
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (frac == "" || !allDigits(frac)) {
		return Figure{}, fmt.Errorf("%q: the fraction must be digits", printed)
	}
	if !grouped(whole) {
		return Figure{}, fmt.Errorf("%q: not a number as the release prints one (digits grouped by commas in threes)", printed)
	}
	text := strings.ReplaceAll(whole, ",", "")
	if hasFrac {
		text += "." + frac
	}
	v, err := decimal.NewFromString(text)
	if err != nil {
		return Figure{}, fmt.Errorf("%q: %v", printed, err)
	}
	if neg {
		v = v.Neg()
	}
	return Figure{Printed: printed, Value: v}, nil
}

// Grouped writes |d| to places decimals as the release prints its figures:
// digits grouped by commas in threes ("1,557,041", "4.62"), rounded half
// away from zero. The sign is the caller's to write: the release puts
// negatives in parentheses, the page adds a dollar sign around them.
func Grouped(d decimal.Decimal, places int32) string {
	whole, frac, _ := strings.Cut(d.Abs().StringFixed(places), ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// grouped reports whether s is digits, either plain or in comma-separated
// groups of three after a leading group of one to three.
func grouped(s string) bool {
	if s == "" {
		return false
	}
	if !strings.Contains(s, ",") {
		return allDigits(s)
	}
	groups := strings.Split(s, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
