package calc

import "github.com/shopspring/decimal"

// The rounding policy, in one place.
//
// Addition, subtraction and multiplication of decimals are exact. Division is
// not: a quotient such as a recovery of 852,113 / 929,085.6 has no finite
// decimal form, so every division is carried to divPlaces places after the
// point (half away from zero). The error that leaves, below 1e-20 of a dollar
// or an ounce across a whole evaluation, is then removed from each output by
// rounding it once to outputPlaces places. That is why the baseline comes out
// as the release prints it ("16422000", not "16421999.99999999999999999997")
// and why outputs are still "unrounded" at every scale a reader can see: a
// trillionth of a cent or an ounce. Display rounding (cents for silver, whole
// dollars for gold) happens later, once, in the UI.
const (
	divPlaces    = 28
	outputPlaces = 12
)

// div divides with the package's precision. Callers guarantee b is not zero;
// where zero is possible the caller decides what the quotient means.
func div(a, b decimal.Decimal) decimal.Decimal { return a.DivRound(b, divPlaces) }

// out rounds an output once to the engine's output precision.
func out(d decimal.Decimal) decimal.Decimal { return d.Round(outputPlaces) }

var (
	zero    = decimal.Zero
	one     = decimal.NewFromInt(1)
	hundred = decimal.NewFromInt(100)
	// poundsPerTon converts short tons of lead and zinc to pounds for pricing.
	poundsPerTon = decimal.NewFromInt(2000)
)
