package calc

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

// uniformScale is 10^18: a uniform draw u in [0, 1) is U / 10^18 for an
// integer U, 18 places.
const uniformScale uint64 = 1_000_000_000_000_000_000

// uniform draws U, u × 10^18 for u uniform in [0, 1) with 18 places, each of
// its 10^18 values equally likely: U is a draw's remainder by 10^18, and
// draws at or above 18 × 10^18, the largest multiple of 10^18 below 2^64,
// are drawn again, since the remainders of the few above it would come up
// once more than the others.
func (g *splitMix64) uniform() uint64 {
	for {
		if x := g.next(); x < 18*uniformScale {
			return x % uniformScale
		}
	}
}
