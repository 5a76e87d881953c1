package calc

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// SplitMix64 from seed 0, as its authors' reference gives it, and uniform
// draws below 10^18.
func TestSplitMix64(t *testing.T) {
	g := splitMix64{}
	for i, want := range []uint64{0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f, 0xf88bb8a8724c81ec} {
		if got := g.next(); got != want {
			t.Errorf("draw %d: %#x, want %#x", i, got, want)
		}
	}
	g = splitMix64{state: 1}
	for range 1000 {
		if u := g.uniform(); u >= uniformScale {
			t.Fatalf("uniform draw %d is not below 10^18", u)
		}
	}
}

// formula is the inverse CDF as model.md writes it, in decimals: what at
// must equal.
func formula(a, c, b decimal.Decimal, U uint64) decimal.Decimal {
	if a.Equal(b) {
		return c
	}
	u := decimal.New(int64(U), -uniformPlaces)
	root := func(y decimal.Decimal) decimal.Decimal {
		n := y.Shift(2 * rootPlaces).BigInt()
		return decimal.NewFromBigInt(n.Sqrt(n), -rootPlaces)
	}
	w := b.Sub(a)
	if uw := u.Mul(w); uw.LessThan(c.Sub(a)) {
		return a.Add(root(uw.Mul(c.Sub(a)))).Round(samplePlaces)
	}
	return b.Sub(root(decimal.NewFromInt(1).Sub(u).Mul(w).Mul(b.Sub(c)))).Round(samplePlaces)
}

// The inverse CDF at known points: a at 0, the mode at F(c), values on
// either branch, and no spread when low equals high.
func TestTriangleAt(t *testing.T) {
	d := decimal.RequireFromString
	tri := newTriangle(d("10"), d("12"), d("20")) // F(c) = 0.2
	var s drawScratch
	for _, c := range []struct {
		u    uint64
		want string
	}{
		{0, "10"}, {2e17, "12"}, {5e16, "11"}, // 10 + √(0.05 × 10 × 2) = 11
		{6e17, "14.343145750508"}, // 20 − √(0.4 × 10 × 8) = 20 − √32
		{uniformScale - 1, "19.999999991056"},
	} {
		if got := tri.at(c.u, &s); got.String() != c.want {
			t.Errorf("at(%d) = %s, want %s", c.u, got, c.want)
		}
	}
	flat := newTriangle(d("5"), d("5"), d("5"))
	if got := flat.at(7e17, &s); got.String() != "5" {
		t.Errorf("a range of one value gave %s", got)
	}
}

// at, in integers, is the decimal formula exactly: random triangles (ends
// of up to 12 places, modes of up to 28 like a calibrated recovery, wide
// and narrow, one end at the mode) and random draws, the branch's edge too.
func TestTriangleIsItsFormula(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 3))
	randDec := func(places int) decimal.Decimal {
		return decimal.New(rng.Int64N(1_000_000_000_000_000), -int32(rng.IntN(places+1)))
	}
	var s drawScratch
	for trial := range 300 {
		a, b := randDec(samplePlaces), randDec(samplePlaces)
		if a.GreaterThan(b) {
			a, b = b, a
		}
		c := a.Add(b.Sub(a).Mul(decimal.New(rng.Int64N(1_000_000_000_000), -12))).Round(int32(rng.IntN(29)))
		switch trial % 10 {
		case 0:
			c = a
		case 1:
			c = b
		}
		if c.LessThan(a) || c.GreaterThan(b) {
			continue
		}
		tri := newTriangle(a, c, b)
		us := []uint64{0, uniformScale - 1, rng.Uint64N(uniformScale)}
		if w := b.Sub(a); !w.IsZero() { // about F(c)
			f := c.Sub(a).DivRound(w, uniformPlaces).Shift(uniformPlaces).IntPart()
			us = append(us, uint64(max(f-1, 0)), uint64(f), min(uint64(f)+1, uniformScale-1))
		}
		for _, U := range us {
			t.Run(fmt.Sprint(trial, "/", U), func(t *testing.T) {
				want := formula(a, c, b, U)
				if got := tri.at(U, &s); !got.Equal(want) {
					t.Fatalf("triangle %s, %s, %s at %d: %s, the formula %s", a, c, b, U, got, want)
				}
			})
		}
	}
}

// isqrt is ⌊√y⌋ as math/big's Sqrt gives it: random sizes, perfect squares
// and their neighbours.
func TestIsqrt(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	var z, q big.Int
	check := func(y *big.Int) {
		want := new(big.Int).Sqrt(y)
		if got := isqrt(&z, y, &q); got.Cmp(want) != 0 {
			t.Fatalf("isqrt(%s) = %s, want %s", y, got, want)
		}
	}
	for bits := 0; bits <= 320; bits++ {
		for range 5 {
			y := new(big.Int)
			for range bits/64 + 1 {
				y.Lsh(y, 64).Or(y, new(big.Int).SetUint64(rng.Uint64()))
			}
			y.Rsh(y, uint((bits/64+1)*64-bits)) // bits wide or fewer
			check(y)
			sq := new(big.Int).Mul(y, y)
			check(sq)
			check(new(big.Int).Add(sq, big.NewInt(1)))
			if sq.Sign() > 0 {
				check(new(big.Int).Sub(sq, big.NewInt(1)))
			}
		}
	}
}
