package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/shopspring/decimal"
)

// Figures are shown as the release prints them: thousands separators,
// parentheses for negatives, a dollar sign on money, cents for silver per
// ounce and whole dollars for gold per ounce. Rounding is half away from zero
// (decimal's StringFixed) and happens here, once.

// NotAvailable stands for a figure that does not exist (a cost per ounce
// without production).
const NotAvailable = "n/a"

// grouped writes d to places decimals with commas between thousands and the
// sign left to the caller.
func grouped(d decimal.Decimal, places int32) (digits string, negative bool) {
	digits = data.Grouped(d, places)
	// A figure that rounds to zero is shown without a sign: $(0.00) would
	// claim a loss the rounding hid.
	negative = d.Sign() < 0 && strings.Trim(digits, "0.,") != ""
	return digits, negative
}

// Number formats a plain quantity: 1,557,041 or (1,234).
func Number(d decimal.Decimal, places int32) string {
	digits, neg := grouped(d, places)
	if neg {
		return "(" + digits + ")"
	}
	return digits
}

// Money formats dollars as the release does: $1,234.56 and $(1.12).
func Money(d decimal.Decimal, places int32) string {
	digits, neg := grouped(d, places)
	if neg {
		return "$(" + digits + ")"
	}
	return "$" + digits
}

// perOzPlaces is the release's precision for a metal's cost per ounce:
// cents for silver, whole dollars for gold.
func perOzPlaces(m calc.Metal) int32 {
	if m == calc.Gold {
		return 0
	}
	return 2
}
