package calc

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// rootPlaces is how many decimal places a square root is cut down to
// before a sample is rounded to samplePlaces.
const rootPlaces = 20

// samplePlaces is how many decimal places a sampled lever value has: as
// many as a typed one may (MaxPlaces), so that every sample is a
// scenario someone could type.
const samplePlaces = MaxPlaces

// triangle is the triangular distribution of low a, mode c and high b
// (a ≤ c ≤ b; a and b of at most samplePlaces places, as SetRange checks),
// made ready once per simulation for at, its inverse CDF at u = U / 10^18.
// With F(c) = (c − a)/(b − a), that is
//
//	x = a + √(u(b − a)(c − a))          where u < F(c)
//	x = b − √((1 − u)(b − a)(b − c))    elsewhere,
//
// u < F(c) tested as u(b − a) < c − a, which needs no division; the root is
// cut down to rootPlaces places and x rounded half away from zero to
// samplePlaces, which keeps it within [a, b]. Every step is exact, so it is
// done in integers: each branch's radicand times 10^(2 × rootPlaces) is U
// (or 10^18 − U) times a product of the differences' coefficients, scaled
// by a power of ten, and a draw is two products, an integer square root and
// one division, where decimals would allocate at every step.
// TestTriangleIsItsFormula holds at to the formula in decimals.
type triangle struct {
	c    decimal.Decimal // the value when a = b
	flat bool
	// testW, testL: u(b − a) < c − a as U × testW < testL.
	testW, testL *big.Int
	left, right  radicand
	a20, b20     *big.Int // a and b × 10^rootPlaces
	// cut is 10^(rootPlaces − samplePlaces), half its half.
	cut, half *big.Int
}

// radicand is one branch's radicand × 10^(2 × rootPlaces), for V = U or
// 10^18 − U: V × prod × 10^k, or ⌊V × prod / 10^−k⌋ where k < 0.
type radicand struct {
	prod, pow *big.Int
	divide    bool
}

// drawScratch holds the integers of a draw, reused from draw to draw.
type drawScratch struct{ x, y, z, q big.Int }

func newTriangle(a, c, b decimal.Decimal) triangle {
	t := triangle{c: c, flat: a.Equal(b)}
	if t.flat {
		return t
	}
	w, l, r := b.Sub(a), c.Sub(a), b.Sub(c)
	ew, el := w.Exponent()-uniformPlaces, l.Exponent() // u(b − a) = U × w's coefficient × 10^ew
	e := min(ew, el)
	t.testW = scaled(w.Coefficient(), int(ew-e))
	t.testL = scaled(l.Coefficient(), int(el-e))
	t.left = newRadicand(w, l)
	t.right = newRadicand(w, r)
	t.a20 = a.Shift(rootPlaces).BigInt() // whole: a has at most samplePlaces places
	t.b20 = b.Shift(rootPlaces).BigInt()
	t.cut = pow10(rootPlaces - samplePlaces)
	t.half = new(big.Int).Rsh(t.cut, 1)
	return t
}

// newRadicand is u × w × d × 10^(2 × rootPlaces) as a radicand of V.
func newRadicand(w, d decimal.Decimal) radicand {
	k := int(w.Exponent()+d.Exponent()) - uniformPlaces + 2*rootPlaces
	r := radicand{prod: new(big.Int).Mul(w.Coefficient(), d.Coefficient()), divide: k < 0}
	r.pow = pow10(max(k, -k))
	return r
}

// uniformPlaces is how many places U / 10^18 has.
const uniformPlaces = 18

// at is the value at u = U / 10^18.
func (t *triangle) at(U uint64, s *drawScratch) decimal.Decimal {
	if t.flat {
		return t.c // no doubt about the value
	}
	x := &s.x
	if s.y.SetUint64(U).Mul(&s.y, t.testW).Cmp(t.testL) < 0 {
		x.Add(t.a20, t.left.root(U, s))
	} else {
		x.Sub(t.b20, t.right.root(uniformScale-U, s))
	}
	// Half away from zero, x ≥ 0: ⌊(x + cut/2) / cut⌋ at samplePlaces.
	x.Add(x, t.half).Quo(x, t.cut)
	return decimal.NewFromBigInt(x, -samplePlaces)
}

// root is ⌊√(radicand of V)⌋, in s.z.
func (r radicand) root(V uint64, s *drawScratch) *big.Int {
	y := s.y.SetUint64(V)
	y.Mul(y, r.prod)
	if r.divide {
		y.Quo(y, r.pow) // ⌊⌋: y ≥ 0
	} else {
		y.Mul(y, r.pow)
	}
	return isqrt(&s.z, y, &s.q)
}

// isqrt sets z to ⌊√y⌋, y ≥ 0, by Newton's iteration z ← ⌊(z + ⌊y/z⌋)/2⌋
// from an estimate above the root, until it stops falling (Brent and
// Zimmermann, Modern Computer Arithmetic, 1.13). The estimate is the root of
// y's top 61 or 62 bits, plus one, shifted back: within a part in 2^30 of
// the root, where big.Int.Sqrt starts from a power of two, so that two or
// three divisions reach it instead of six or seven. q is scratch.
func isqrt(z, y, q *big.Int) *big.Int {
	n := y.BitLen()
	if n <= 62 {
		return z.SetUint64(isqrt64(y.Uint64()))
	}
	shift := uint(n-62+1) &^ 1 // even, leaving 61 or 62 bits
	z.SetUint64(isqrt64(q.Rsh(y, shift).Uint64()) + 1)
	z.Lsh(z, shift/2) // (⌊√top⌋ + 1) × 2^(shift/2) > √y
	for {
		q.Quo(y, z)
		q.Add(q, z).Rsh(q, 1)
		if q.Cmp(z) >= 0 {
			return z
		}
		z.Set(q)
	}
}

// isqrt64 is ⌊√x⌋ by the same iteration, from 2^32, above any uint64's root.
func isqrt64(x uint64) uint64 {
	if x < 2 {
		return x
	}
	g := uint64(1) << 32
	for {
		next := (g + x/g) / 2
		if next >= g {
			return g
		}
		g = next
	}
}

// scaled is c × 10^k, k ≥ 0, in c.
func scaled(c *big.Int, k int) *big.Int { return c.Mul(c, pow10(k)) }

// pow10 is 10^k as a new big.Int.
func pow10(k int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil) }
