package calc

import "github.com/shopspring/decimal"

// The rounding policy, in one place.
//
// Addition, subtraction and multiplication of decimals are exact. Division is
// not: a quotient such as a recovery of 852,113 / 929,085.6 has no finite
// decimal form, so every division is carried to divPlaces places after the
// point (half away from zero). Products of such quotients would grow by 28
// places at each step (a tax on a sale on a royalty on a recovery reaches
// 116), making every later operation slower for digits nobody can use, so
// the few products of quotients in an evaluation are cut back to divPlaces
// as they are formed (work). The error all this leaves, below 1e-18 of a
// dollar or an ounce across a whole evaluation, is then removed from each
// output by rounding it once to outputPlaces places; quotients that are
// outputs themselves (costs per ounce, EPS, break-even prices) are divided
// straight to outputPlaces. That is why the baseline comes out
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

// divOut divides straight to the output precision, for quotients that are
// outputs.
func divOut(a, b decimal.Decimal) decimal.Decimal { return a.DivRound(b, outputPlaces) }

// work cuts a product of quotients back to divPlaces.
func work(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() >= -divPlaces {
		return d
	}
	return d.Round(divPlaces)
}

// out rounds an output once to the engine's output precision; a figure
// already that short is returned as it is, without the cost of rescaling.
func out(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() >= -outputPlaces {
		return d
	}
	return d.Round(outputPlaces)
}

var (
	zero    = decimal.Zero
	one     = decimal.NewFromInt(1)
	hundred = decimal.NewFromInt(100)
	// poundsPerTon converts short tons of lead and zinc to pounds for pricing.
	poundsPerTon = decimal.NewFromInt(2000)
)
