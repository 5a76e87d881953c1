package calc

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// A column keeps values as 128-bit counts of 10^-12 and sums them in 192
// bits: both must give back exactly what big integers give, for values of
// either sign, up to the 127 bits a count may take.
func TestInt128AndSum192AreExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var sc scaler
	for trial := range 200 {
		var sum sum192
		want := new(big.Int)
		n := 1 + rng.IntN(50)
		for range n {
			bits := 1 + rng.IntN(126)
			c := new(big.Int).SetUint64(rng.Uint64())
			c.Lsh(c, 64).Or(c, new(big.Int).SetUint64(rng.Uint64()))
			c.Rsh(c, uint(128-bits))
			if rng.IntN(2) == 0 {
				c.Neg(c)
			}
			// The same count at an exponent of -12 to 0.
			k := rng.IntN(13)
			q, r := new(big.Int).QuoRem(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil), new(big.Int))
			c.Sub(c, r)
			d := decimal.NewFromBigInt(q, int32(k-outputPlaces))
			x, ok := sc.to128(d)
			if !ok {
				t.Fatalf("trial %d: %s did not fit", trial, d)
			}
			if got := x.decimal(); !got.Equal(d) {
				t.Fatalf("trial %d: %s came back as %s", trial, d, got)
			}
			sum.add(x)
			want.Add(want, c)
		}
		if got := sum.big(); got.Cmp(want) != 0 {
			t.Fatalf("trial %d: sum of %d values %s, want %s", trial, n, got, want)
		}
	}
	// A count past 127 bits does not fit: the column turns to decimals.
	huge := decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 127), -outputPlaces)
	if _, ok := sc.to128(huge); ok {
		t.Errorf("2^127 × 10^-12 fitted in 128 signed bits")
	}
	if _, ok := sc.to128(decimal.New(1, -13)); ok {
		t.Errorf("10^-13 fitted, with more places than the outputs have")
	}
}
