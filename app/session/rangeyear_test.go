package session

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// field is lever l's range fields in the panel.
func field(t *testing.T, s *Session, l calc.Lever) RangeField {
	t.Helper()
	for _, f := range s.RangesPanel().Fields {
		if f.Lever == l {
			return f
		}
	}
	t.Fatalf("no range fields for %s", l.Key())
	return RangeField{}
}

// Every lever of the period takes a range on the page: 37 in the first
// quarter of 2007, the year's too; 22 in the first of 2006, its quarter's
// with the tax rate and the shares.
func TestRangeFieldsOfThePeriod(t *testing.T) {
	for _, c := range []struct {
		query string
		n     int
	}{{"", 37}, {"period=2006q1", 22}} {
		s := newSession(t, c.query)
		s.OpenRanges(true)
		fs := s.RangesPanel().Fields
		if len(fs) != c.n || len(fs) != len(s.Period().Levers()) {
			t.Errorf("%q: %d levers' fields, want %d", c.query, len(fs), c.n)
		}
	}
}

// A range on the third quarter's silver, which follows the quarter's
// price until set: the range sets it at that price, $14, the most likely,
// in one history entry; the year's EPS spreads, P10 $0.70 < P50 $0.72 <
// P90 $0.73 over the page's 2,000 samples, as -ranges has them. An edit of the price out of its
// range sets the range aside (a lever past the quarter's 20 in the mask).
// A share price left out takes no range: the field says to set it first.
func TestRangeOfTheYear(t *testing.T) {
	s := newSession(t, "silver=14")
	s.OpenRanges(true)
	q3 := lever(t, "q3.silver")
	s.TypeRange(q3, 0, "10")
	s.TypeRange(q3, 1, "16")
	ch := s.SetRange(q3)
	if ch.Address != Push || !strings.Contains(ch.Query, "q3.silver=14&") || !strings.Contains(ch.Query, "range.q3.silver=10:16") || field(t, s, q3).Error != "" {
		t.Fatalf("Q3 silver 10 to 16: %+v, %q", ch, field(t, s, q3).Error)
	}
	drawAll(s, ch)
	r := s.View().Ranges
	var eps []string
	for _, row := range r.Rows {
		if row.Metric == "fy2007.company.eps" {
			eps = []string{row.P10, row.P50, row.P90}
		}
	}
	if !r.Done || strings.Join(eps, " ") != "$0.70 $0.72 $0.73" || !strings.Contains(r.Ranged[0], "Q3 silver price: $10.00 per oz to $16.00 per oz, most likely $14.00 per oz") {
		t.Errorf("the year's EPS P10, P50, P90: %q; ranged %q", eps, r.Ranged)
	}
	if ch := s.Edit(q3, "17"); !ch.Layout || !strings.Contains(field(t, s, q3).Error, "set aside") {
		t.Errorf("Q3 silver at 17: %+v, %q", ch, field(t, s, q3).Error)
	}
	price := calc.SharePriceLever()
	s.TypeRange(price, 0, "7")
	s.TypeRange(price, 1, "12")
	if ch := s.SetRange(price); ch.Address != None || !strings.Contains(field(t, s, price).Error, "set share-price first") {
		t.Errorf("a share price left out: %+v, %q", ch, field(t, s, price).Error)
	}
}

// The panel's mask of ranges set aside holds a bit for every lever.
func TestAsideMaskHoldsEveryLever(t *testing.T) {
	if n := len(calc.AllLevers()); n > 64 {
		t.Errorf("%d levers: more than asideChanged's uint64 holds", n)
	}
}

func lever(t *testing.T, key string) calc.Lever {
	t.Helper()
	l, ok := calc.LeverByKey(key)
	if !ok {
		t.Fatalf("no lever %s", key)
	}
	return l
}
