package chart

import (
	"strings"
	"unicode/utf8"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/shopspring/decimal"
)

// Text is measured by estimate: an SVG's text has no size until a browser
// lays it out, and the geometry is worked out before that.

var (
	// chartCharWidth estimates one character's width at the charts' 12-unit
	// text, generous so labels do not run into each other.
	chartCharWidth = decimal.NewFromInt(7)
	// chartMaxLabel is the longest row label drawn whole; longer ones are
	// cut with an ellipsis and given a tooltip (the table has them whole).
	chartMaxLabel = 34
)

// textWidth estimates the drawn width of s.
func textWidth(s string) decimal.Decimal {
	return chartInt(utf8.RuneCountInString(s)).Mul(chartCharWidth)
}

// widest is the estimated width of the widest string.
func widest(ss ...string) decimal.Decimal {
	w := chartZero
	for _, s := range ss {
		w = decimal.Max(w, textWidth(s))
	}
	return w
}

// countOf is "1 lever", "20 levers".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return view.Number(chartInt(n), 0) + " " + many
}

// cutLabel shortens a label to chartMaxLabel characters; the bool says
// whether it was cut.
func cutLabel(s string) (string, bool) {
	if utf8.RuneCountInString(s) <= chartMaxLabel {
		return s, false
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:chartMaxLabel-1])) + "…", true
}
