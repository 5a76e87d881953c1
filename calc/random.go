package calc

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// splitMix64 is the SplitMix64 generator (Steele, Lea and Flood, 2014; the
// one behind Java's SplittableRandom): a state advanced by a fixed odd
// constant, then mixed. It is written out here, in unsigned integer
// arithmetic that Go defines to wrap alike on every machine, so that a seed
// draws the same numbers on every platform and with every Go version; the
// engine imports no randomness (imports_test.go), and the generator is a
// few lines.
type splitMix64 struct{ state uint64 }

func (g *splitMix64) next() uint64 {
	g.state += 0x9e3779b97f4a7c15
	z := g.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// uniformPlaces is how many decimal places a uniform draw has.
const uniformPlaces = 18

// uniform draws U in [0, 1) with uniformPlaces places, each of its 10^18
// values equally likely: U is a draw's remainder by 10^18, and draws at or
// above 18 × 10^18, the largest multiple of 10^18 below 2^64, are drawn
// again, since the remainders of the few above it would come up once more
// than the others.
func (g *splitMix64) uniform() decimal.Decimal {
	const scale uint64 = 1_000_000_000_000_000_000
	for {
		if x := g.next(); x < 18*scale {
			return decimal.New(int64(x%scale), -uniformPlaces)
		}
	}
}

// rootPlaces is how many decimal places a square root is carried to before
// a sample is rounded to samplePlaces.
const rootPlaces = 20

// samplePlaces is how many decimal places a sampled lever value has: as
// many as a typed one may (maxFractionDigits), so that every sample is a
// scenario someone could type.
const samplePlaces = maxFractionDigits

// triangle is the triangular distribution of low a, mode c and high b
// (a ≤ c ≤ b), with the differences its inverse CDF reads, formed once per
// simulation.
type triangle struct {
	a, c, b            decimal.Decimal
	width, left, right decimal.Decimal // b − a, c − a, b − c
}

func newTriangle(a, c, b decimal.Decimal) triangle {
	return triangle{a: a, c: c, b: b, width: b.Sub(a), left: c.Sub(a), right: b.Sub(c)}
}

// at is the triangle's inverse CDF at u (uniform in [0, 1)). With
// F(c) = (c − a)/(b − a), it is a + √(u(b − a)(c − a)) where u < F(c), and
// b − √((1 − u)(b − a)(b − c)) elsewhere; u < F(c) is tested as
// u(b − a) < c − a, which needs no division. The value is rounded half away
// from zero to samplePlaces; a and b have no more places than that, so it
// stays within [a, b].
func (t triangle) at(u decimal.Decimal) decimal.Decimal {
	if t.width.IsZero() {
		return t.c // no doubt about the value
	}
	if uw := u.Mul(t.width); uw.LessThan(t.left) {
		return t.a.Add(sqrtFloor(uw.Mul(t.left))).Round(samplePlaces)
	}
	return t.b.Sub(sqrtFloor(one.Sub(u).Mul(t.width).Mul(t.right))).Round(samplePlaces)
}

// sqrtFloor is √y, y ≥ 0, cut down to rootPlaces places: the integer square
// root of y × 10^(2 × rootPlaces), whose floor math/big computes exactly
// (by Newton's iteration on integers), so that it is the same everywhere.
func sqrtFloor(y decimal.Decimal) decimal.Decimal {
	n := y.Shift(2 * rootPlaces).BigInt() // truncated: the floor, as y ≥ 0
	return decimal.NewFromBigInt(new(big.Int).Sqrt(n), -rootPlaces)
}
