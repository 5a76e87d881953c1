package calc

import (
	"encoding/binary"
	"math/big"
	"sort"

	"github.com/shopspring/decimal"
)

// column holds one output's value in every sample so far. A hundred
// thousand samples of a hundred outputs are ten million values: as decimals
// (a big.Int each) they would take most of a gigabyte, and sorting them
// would chase a pointer per comparison. Every output has at most
// outputPlaces places, so a value is kept as an integer count of 10^-12,
// in 128 bits (16 bytes, compared without a pointer) while every value
// fits; the first that does not (a figure above about 10^26, from levers
// far beyond any mine's) turns the column into decimals.
type column struct {
	small []int128
	big   []decimal.Decimal // in use once wide is set
	wide  bool
	nulls int // samples where the output does not exist
	// run counts the first values while they all equal first, before
	// any is kept: an output no ranged lever enters is the same in every
	// sample, and comparing is cheaper than converting.
	first decimal.Decimal
	run   int
}

// int128 is a signed 128-bit integer in two's complement.
type int128 struct {
	hi int64
	lo uint64
}

func (a int128) cmp(b int128) int {
	switch {
	case a.hi != b.hi:
		if a.hi < b.hi {
			return -1
		}
		return 1
	case a.lo != b.lo:
		if a.lo < b.lo {
			return -1
		}
		return 1
	}
	return 0
}

// scaler turns decimals into counts of 10^-outputPlaces, with the powers of
// ten it needs, made once per sampler.
type scaler struct {
	pow10 []*big.Int
	buf   [16]byte
}

// to128 is d × 10^outputPlaces as an int128, if d has at most outputPlaces
// places and the product fits.
func (sc *scaler) to128(d decimal.Decimal) (int128, bool) {
	k := int(d.Exponent()) + outputPlaces
	if k < 0 {
		return int128{}, false
	}
	for len(sc.pow10) <= k {
		sc.pow10 = append(sc.pow10, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(sc.pow10))), nil))
	}
	c := d.Coefficient() // a copy: scaled in place below
	if k > 0 {
		c.Mul(c, sc.pow10[k])
	}
	if c.BitLen() > 127 {
		return int128{}, false
	}
	c.FillBytes(sc.buf[:]) // |c|, big-endian
	v := int128{hi: int64(binary.BigEndian.Uint64(sc.buf[:8])), lo: binary.BigEndian.Uint64(sc.buf[8:])}
	if c.Sign() < 0 {
		v = v.neg()
	}
	return v, true
}

func (a int128) neg() int128 {
	lo := ^a.lo + 1
	hi := ^a.hi
	if lo == 0 {
		hi++
	}
	return int128{hi: hi, lo: lo}
}

// big is a as a big.Int, into z.
func (a int128) big(z *big.Int) *big.Int {
	m := a
	if a.hi < 0 {
		m = a.neg()
	}
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], uint64(m.hi))
	binary.BigEndian.PutUint64(buf[8:], m.lo)
	z.SetBytes(buf[:])
	if a.hi < 0 {
		z.Neg(z)
	}
	return z
}

func (a int128) decimal() decimal.Decimal {
	return decimal.NewFromBigInt(a.big(new(big.Int)), -outputPlaces)
}

// add records one sample's value of the output.
func (col *column) add(sc *scaler, v decimal.NullDecimal) {
	switch {
	case !v.Valid:
		col.nulls++
	case col.run > 0 && v.Decimal.Equal(col.first):
		col.run++
	case col.run == 0 && len(col.small)+len(col.big) == 0:
		col.first, col.run = v.Decimal, 1
	default:
		col.flush(sc)
		col.push(sc, v.Decimal, 1)
	}
}

// flush keeps the run of equal first values.
func (col *column) flush(sc *scaler) {
	if col.run > 0 {
		n := col.run
		col.run = 0
		col.push(sc, col.first, n)
	}
}

// push keeps n copies of d.
func (col *column) push(sc *scaler, d decimal.Decimal, n int) {
	if !col.wide {
		if x, ok := sc.to128(d); ok {
			for range n {
				col.small = append(col.small, x)
			}
			return
		}
		col.wide = true
		col.big = make([]decimal.Decimal, 0, cap(col.small))
		for _, x := range col.small {
			col.big = append(col.big, x.decimal())
		}
		col.small = nil
	}
	for range n {
		col.big = append(col.big, d)
	}
}

// quantiles are the column's P10, P50, P90 and mean, by the rules of
// Quantiles; the column is sorted in place.
func (col *column) quantiles(sc *scaler) Quantiles {
	col.flush(sc)
	if col.nulls > 0 || len(col.small)+len(col.big) == 0 {
		return Quantiles{}
	}
	if col.wide {
		sort.SliceStable(col.big, func(i, j int) bool { return col.big[i].LessThan(col.big[j]) })
		total := zero
		for _, d := range col.big {
			total = total.Add(d)
		}
		return quantilesAt(len(col.big), func(i int) decimal.Decimal { return col.big[i] }, total)
	}
	sort.SliceStable(col.small, func(i, j int) bool { return col.small[i].cmp(col.small[j]) < 0 })
	var sum sum192
	for _, v := range col.small {
		sum.add(v)
	}
	return quantilesAt(len(col.small), func(i int) decimal.Decimal { return col.small[i].decimal() },
		decimal.NewFromBigInt(sum.big(), -outputPlaces))
}

// sum192 is a sum of int128s in 192-bit two's complement, which holds the
// sum of far more than MaxSamples of them; adding one is a few integer
// operations, where a big.Int would take a conversion each.
type sum192 struct{ w0, w1, w2 uint64 }

func (s *sum192) add(a int128) {
	var ext uint64 // a's sign, extended to the top word
	if a.hi < 0 {
		ext = ^ext
	}
	w0 := s.w0 + a.lo
	w1 := s.w1 + uint64(a.hi)
	carry1 := carry(w1 < s.w1)
	if w0 < s.w0 {
		w1++
		carry1 += carry(w1 == 0)
	}
	s.w0, s.w1, s.w2 = w0, w1, s.w2+ext+carry1
}

func carry(overflowed bool) uint64 {
	if overflowed {
		return 1
	}
	return 0
}

func (s sum192) big() *big.Int {
	neg := s.w2>>63 == 1
	if neg { // its magnitude: ^s + 1
		s.w0, s.w1, s.w2 = ^s.w0+1, ^s.w1, ^s.w2
		if s.w0 == 0 {
			s.w1++
			if s.w1 == 0 {
				s.w2++
			}
		}
	}
	var buf [24]byte
	binary.BigEndian.PutUint64(buf[:8], s.w2)
	binary.BigEndian.PutUint64(buf[8:16], s.w1)
	binary.BigEndian.PutUint64(buf[16:], s.w0)
	z := new(big.Int).SetBytes(buf[:])
	if neg {
		z.Neg(z)
	}
	return z
}

// quantilesAt reads the quantiles of n sorted values, the i-th (from 0)
// given by at, whose sum is total.
func quantilesAt(n int, at func(int) decimal.Decimal, total decimal.Decimal) Quantiles {
	q := func(p int) decimal.NullDecimal { return decimal.NewNullDecimal(at(nearestRank(p, n) - 1)) }
	return Quantiles{P10: q(10), P50: q(50), P90: q(90),
		Mean: decimal.NewNullDecimal(divOut(total, decimal.NewFromInt(int64(n))))}
}

// nearestRank is the rank (from 1) of the p-th percentile of n sorted
// values: the smallest rank r with r/n ≥ p/100, ⌈p·n/100⌉.
func nearestRank(p, n int) int {
	r := (p*n + 99) / 100
	return max(r, 1)
}
