package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Limits on typed numbers. They keep every input exact and cheap: decimal
// would happily parse "1e999999999" into a number whose arithmetic takes
// minutes, which in WebAssembly freezes the page.
// MaxPlaces is the most digits a typed number takes after the point.
const (
	maxIntegerDigits = 15
	MaxPlaces        = 12
)

// ParseAmount reads a number as a person types it: an optional sign, an
// optional "$", digits optionally grouped by commas in threes, an optional
// fraction. Spaces around it are ignored. No exponents, no parentheses.
// The error's message starts with name and gives the rule.
func ParseAmount(name, text string) (decimal.Decimal, *FieldError) {
	return parseAmount(name, "a number, such as 1,234.5", text)
}

// parseAmount is ParseAmount, its messages asking for what (such as "a
// price in $/oz, such as 13.31").
func parseAmount(name, what, text string) (decimal.Decimal, *FieldError) {
	bad := func(code Code, rule string) (decimal.Decimal, *FieldError) {
		return decimal.Zero, &FieldError{Field: name, Code: code, Message: name + ": " + rule}
	}
	s := strings.TrimSpace(text)
	if s == "" {
		return bad(NotANumber, "enter "+what)
	}
	neg := false
	switch s[0] {
	case '-', '+':
		neg = s[0] == '-'
		s = s[1:]
	}
	s = strings.TrimPrefix(s, "$")
	whole, frac, hasPoint := strings.Cut(s, ".")
	if whole == "" && (!hasPoint || frac == "") {
		return bad(NotANumber, "enter "+what)
	}
	if hasPoint && !digitsOnly(frac) {
		return bad(NotANumber, "enter "+what+" (digits after the point only)")
	}
	if strings.Contains(whole, ",") {
		if !groupedByThree(whole) {
			return bad(NotANumber, "commas must separate groups of three digits, as in 84,848")
		}
		whole = strings.ReplaceAll(whole, ",", "")
	} else if !digitsOnly(whole) {
		return bad(NotANumber, "enter "+what)
	}
	intDigits := len(strings.TrimLeft(whole, "0"))
	if intDigits > maxIntegerDigits {
		return bad(OutOfRange, "at most 15 digits before the point")
	}
	if len(frac) > MaxPlaces {
		return bad(TooPrecise, "at most 12 digits after the point")
	}
	if whole == "" {
		whole = "0"
	}
	num := whole
	if frac != "" {
		num += "." + frac
	}
	v, err := decimal.NewFromString(num)
	if err != nil { // unreachable by construction; kept so a change above cannot panic
		return bad(NotANumber, "enter "+what)
	}
	if neg {
		v = v.Neg()
	}
	return v, nil
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func groupedByThree(s string) bool {
	groups := strings.Split(s, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || !digitsOnly(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !digitsOnly(g) {
			return false
		}
	}
	return true
}
