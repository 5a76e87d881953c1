package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// A segment's costs per ounce are of one metal, every mine's of it the
// segment's: the release's silver operations and gold operations.
func TestSegmentPrimary(t *testing.T) {
	want := map[calc.Segment]calc.Metal{calc.SilverSegment: calc.Silver, calc.GoldSegment: calc.Gold}
	for _, s := range calc.Segments() {
		if s.Primary() != want[s] {
			t.Errorf("%s: primary %s, want %s", s.Slug(), s.Primary().Slug(), want[s].Slug())
		}
		for _, m := range s.Mines() {
			if m.Primary() != s.Primary() || m.Segment() != s {
				t.Errorf("%s in %s: primary %s, segment %s", m.Slug(), s.Slug(), m.Primary().Slug(), m.Segment().Slug())
			}
		}
	}
}
