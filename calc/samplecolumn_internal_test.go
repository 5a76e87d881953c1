package calc

import (
	"math/big"
	"math/rand/v2"
	"strings"
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

// A column's quantiles by hand: nearest ranks of the sorted values, the
// mean to 12 places, null when any sample is; runs of equal first values,
// and a value too wide for 128 bits, change none of it.
func TestColumnQuantiles(t *testing.T) {
	d := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	null := decimal.NullDecimal{}
	cases := []struct {
		name   string
		values []decimal.NullDecimal
		want   string // P10 P50 P90 mean
	}{
		{"a run, then others", []decimal.NullDecimal{d("7"), d("7.0"), d("7"), d("1"), d("9")}, "1 7 9 6.2"},
		{"only a run", []decimal.NullDecimal{d("3.25"), d("3.25"), d("3.25"), d("3.25")}, "3.25 3.25 3.25 3.25"},
		{"one value", []decimal.NullDecimal{d("-2.000000000001")}, "-2.000000000001 -2.000000000001 -2.000000000001 -2.000000000001"},
		{"a null among them", []decimal.NullDecimal{d("1"), null, d("2")}, "null null null null"},
		{"a mean of thirds", []decimal.NullDecimal{d("1"), d("1"), d("2")}, "1 1 2 1.333333333333"},
		{"too wide for 128 bits", []decimal.NullDecimal{d("1"), d("2e30"), d("2")}, "1 2 2000000000000000000000000000000 666666666666666666666666666667.666666666667"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var sc scaler
			var col column
			for _, v := range c.values {
				col.add(&sc, v)
			}
			q := col.quantiles(&sc)
			var parts []string
			for _, v := range []decimal.NullDecimal{q.P10, q.P50, q.P90, q.Mean} {
				if v.Valid {
					parts = append(parts, v.Decimal.String())
				} else {
					parts = append(parts, "null")
				}
			}
			if got := strings.Join(parts, " "); got != c.want {
				t.Errorf("values %v: got %s, want %s", c.values, got, c.want)
			}
		})
	}
}

// Nearest rank: the p-th percentile of n values is the ⌈p·n/100⌉-th.
func TestNearestRank(t *testing.T) {
	for _, c := range []struct{ p, n, want int }{{50, 2000, 1000}, {10, 2000, 200}, {90, 2000, 1800}, {90, 1, 1}, {10, 3, 1}, {50, 3, 2}, {90, 11, 10}} {
		if got := nearestRank(c.p, c.n); got != c.want {
			t.Errorf("P%d of %d: rank %d, want %d", c.p, c.n, got, c.want)
		}
	}
}
