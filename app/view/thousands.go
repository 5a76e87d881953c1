package view

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Other operating expenses are typed in whole dollars, but the release's
// table prints them in thousands (8,865 for $8,865,000), so a reader may
// well type the table's figure. Such an entry is a value the field takes,
// and is put in force, not refused; but beside the field a question offers
// the amount it likely meant, one click away.

var (
	// thousandsBelow: an entry under it looks like thousands where the
	// release's figure is in the millions.
	thousandsBelow = decimal.NewFromInt(100_000)
	inMillions     = decimal.NewFromInt(1_000_000)
	aThousand      = decimal.NewFromInt(1000)
)

// ThousandsSuggestion is the amount a value v of lever l likely meant,
// typed in thousands: only for other operating expenses, whose release
// figure base is in the millions, and for v above zero and under 100,000
// whose thousands are whole dollars.
func ThousandsSuggestion(l calc.Lever, base, v decimal.Decimal) (decimal.Decimal, bool) {
	if l.Kind() != calc.OtherOpex || base.LessThan(inMillions) || v.Sign() <= 0 || !v.LessThan(thousandsBelow) {
		return decimal.Decimal{}, false
	}
	meant := v.Mul(aThousand)
	if whole := meant.Round(0); whole.Equal(meant) {
		return whole, true
	}
	return decimal.Decimal{}, false
}

// thousandsHint gives lever lv its question where its value in force, cur
// (a changed one, not refused), looks like thousands.
func thousandsHint(lv *Lever, base, cur decimal.Decimal) {
	lv.Hints = lv.Lever.Kind() == calc.OtherOpex
	if !lv.Changed || lv.Err != "" {
		return
	}
	if meant, ok := ThousandsSuggestion(lv.Lever, base, cur); ok {
		lv.Hint = "Did you mean " + FormatLever(lv.Lever, meant) + "? The field takes whole dollars."
		lv.Suggest = "Use " + FormatLever(lv.Lever, meant)
	}
}
