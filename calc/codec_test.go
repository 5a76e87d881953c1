package calc_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

func TestDecode(t *testing.T) {
	m := fixture.Model(t)
	cases := []struct {
		query   string
		encoded string      // Encode of the decoded scenario
		notices []calc.Code // in order
		keys    []string
	}{
		{"", "", nil, nil},
		{"?silver=20", "silver=20", nil, nil},
		{"silver=20.00&lucky-friday.tons=90,000", "silver=20&lucky-friday.tons=90000", nil, nil},
		{"silver=13.31", "", nil, nil}, // the baseline is not a change
		{"period=2007q1", "", nil, nil},
		{"period=2006q1&silver=9.69", "period=2006q1", nil, nil},
		{"period=2006q1&silver=13.31", "period=2006q1&silver=13.31", nil, nil},
		{"opex=1000000&zinc=2&period=2006q1", "period=2006q1&zinc=2&opex=1000000", nil, nil},
		{"copper=3&silver=20", "silver=20", []calc.Code{calc.UnknownKey}, []string{"copper"}},
		{"silver=abc&gold=700", "gold=700", []calc.Code{calc.NotANumber}, []string{"silver"}},
		{"silver=-1", "", []calc.Code{calc.OutOfRange}, []string{"silver"}},
		{"la-camorra.recovery=101", "", []calc.Code{calc.OutOfRange}, []string{"la-camorra.recovery"}},
		{"la-camorra.recovery=100", "la-camorra.recovery=100", nil, nil},
		{"silver=15&silver=16", "silver=16", []calc.Code{calc.Duplicate}, []string{"silver"}},
		{"period=2008q1&silver=20", "silver=20", []calc.Code{calc.UnknownPeriod}, []string{"period"}},
		{"silver", "", []calc.Code{calc.MissingValue}, []string{"silver"}},
		{"silver=%zz&gold=700", "gold=700", []calc.Code{calc.BadEscape}, []string{"silver"}},
		{"greens-creek.grade=1e400", "", []calc.Code{calc.NotANumber}, []string{"greens-creek.grade"}},
		{"&&gold=700&", "gold=700", nil, nil},
		{"=5", "", []calc.Code{calc.MissingKey}, []string{""}},
		{"=", "", []calc.Code{calc.MissingKey}, []string{""}},
		{"=5&silver=20&=6", "silver=20", []calc.Code{calc.MissingKey, calc.MissingKey}, []string{"", ""}},
		{"zz=1&zz=1", "", []calc.Code{calc.UnknownKey, calc.UnknownKey}, []string{"zz", "zz"}},
		{"silver=abc&silver=20", "silver=20", []calc.Code{calc.Duplicate}, []string{"silver"}},
		{"silver=20&silver=abc", "", []calc.Code{calc.Duplicate, calc.NotANumber}, []string{"silver", "silver"}},
		{"period=2006q1&period=2007q1&silver=9.69", "silver=9.69", []calc.Code{calc.Duplicate}, []string{"period"}},
		{"gold=-1&copper=3&silver=x&a", "", []calc.Code{calc.UnknownKey, calc.MissingValue, calc.OutOfRange, calc.NotANumber}, []string{"copper", "a", "gold", "silver"}},
		{"lucky-friday.mining=%2045", "lucky-friday.mining=45", nil, nil},
		// Ranges: after the levers in lever order, each judged against
		// the value in force once every lever is read.
		{"range.silver=11:16&silver=13.5", "silver=13.5&range.silver=11:16", nil, nil},
		{"range.zinc=1.2:1.8&range.silver=11%3A16", "range.silver=11:16&range.zinc=1.2:1.8", nil, nil},
		{"range.lucky-friday.tons=80,000:90,000&lucky-friday.tons=85000", "lucky-friday.tons=85000&range.lucky-friday.tons=80000:90000", nil, nil},
		{"range.la-camorra.recovery=80%25:95%25", "range.la-camorra.recovery=80:95", nil, nil},
		{"range.silver=13.31:13.31", "range.silver=13.31:13.31", nil, nil},
		{"range.silver=14:16&silver=13.5", "silver=13.5", []calc.Code{calc.RangeOutside}, []string{"range.silver"}},
		{"range.silver=11:13", "", []calc.Code{calc.RangeOutside}, []string{"range.silver"}},
		{"range.silver=16:11", "", []calc.Code{calc.RangeOutside}, []string{"range.silver"}},
		{"range.silver=11-16", "", []calc.Code{calc.BadRange}, []string{"range.silver"}},
		{"range.silver=1:2:3", "", []calc.Code{calc.BadRange}, []string{"range.silver"}},
		{"range.silver=abc:16", "", []calc.Code{calc.NotANumber}, []string{"range.silver"}},
		{"range.silver=11:", "", []calc.Code{calc.NotANumber}, []string{"range.silver"}},
		{"range.silver=-1:16", "", []calc.Code{calc.OutOfRange}, []string{"range.silver"}},
		{"range.la-camorra.recovery=80:101", "", []calc.Code{calc.OutOfRange}, []string{"range.la-camorra.recovery"}},
		{"range.copper=1:2&silver=20", "silver=20", []calc.Code{calc.UnknownKey}, []string{"range.copper"}},
		{"range.period=1:2", "", []calc.Code{calc.UnknownKey}, []string{"range.period"}},
		{"range.silver=10:12&range.silver=11:16", "range.silver=11:16", []calc.Code{calc.Duplicate}, []string{"range.silver"}},
		{"range.silver", "", []calc.Code{calc.MissingValue}, []string{"range.silver"}},
		// A bad value leaves the baseline in force, which the range is
		// then judged against.
		{"silver=abc&range.silver=11:16", "range.silver=11:16", []calc.Code{calc.NotANumber}, []string{"silver"}},
		{"range.silver=x:16&gold=-1", "", []calc.Code{calc.OutOfRange, calc.NotANumber}, []string{"gold", "range.silver"}},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			s, notices := m.Decode(c.query, nil)
			if got := m.Encode(s); got != c.encoded {
				t.Errorf("Encode(Decode(%q)) = %q, want %q", c.query, got, c.encoded)
			}
			if len(notices) != len(c.notices) {
				t.Fatalf("notices %+v, want codes %v", notices, c.notices)
			}
			for i, n := range notices {
				if n.Code != c.notices[i] || n.Key != c.keys[i] {
					t.Errorf("notice %d = %+v, want %s on %s", i, n, c.notices[i], c.keys[i])
				}
				if !strings.Contains(n.Message, n.Key) {
					t.Errorf("notice %q does not name its key %s", n.Message, n.Key)
				}
				if l, ok := calc.LeverByKey(n.Key); ok && strings.Count(strings.ToLower(n.Message), strings.ToLower(l.Describe())) > 1 {
					t.Errorf("notice %q names %s more than once", n.Message, l.Describe())
				}
			}
		})
	}
}

func TestDecodePassThrough(t *testing.T) {
	m := fixture.Model(t)
	ui := func(k string) bool { return k == "embed" || k == "theme" }
	s, notices := m.Decode("embed=1&theme=dark&silver=20", ui)
	if len(notices) != 0 || m.Encode(s) != "silver=20" {
		t.Fatalf("got %q, %v", m.Encode(s), notices)
	}
}

// decode(encode(s)) == s over many scenarios: every lever, odd precisions,
// both periods.
func TestCodecRoundTrip(t *testing.T) {
	m := fixture.Model(t)
	rng := rand.New(rand.NewPCG(2007, 1))
	ranged := 0
	for i := 0; i < 500; i++ {
		p := m.Periods()[rng.IntN(len(m.Periods()))]
		s := calc.Scenario{Period: p.ID}
		if p == m.Default() {
			s.Period = ""
		}
		for _, l := range calc.Levers() {
			if rng.IntN(3) != 0 {
				continue
			}
			v := p.BaselineLever(l).Mul(dec("0.5").Add(dec("0.001").Mul(decimalInt(rng.IntN(1000))))).Round(int32(rng.IntN(7)))
			if err := s.Set(p, l, v); err != nil {
				continue // recovery above 100%: refused, as it should be
			}
			if rng.IntN(2) == 0 {
				// A range around the value, of odd precision too; one
				// out of the lever's domain is refused.
				lo := v.Sub(v.Mul(dec("0.01")).Mul(decimalInt(rng.IntN(50)))).Round(int32(rng.IntN(7)))
				hi := v.Add(v.Mul(dec("0.01")).Mul(decimalInt(rng.IntN(50)))).RoundUp(int32(rng.IntN(7)))
				if lo.GreaterThan(v) {
					lo = v
				}
				s.SetRange(p, l, lo, hi)
			}
		}
		ranged += len(s.Ranged())
		back, notices := m.Decode(m.Encode(s), nil)
		if len(notices) > 0 || !back.Equal(s) {
			t.Fatalf("round trip of %q: got %q, notices %v", m.Encode(s), m.Encode(back), notices)
		}
	}
	if ranged < 500 {
		t.Errorf("only %d ranges over 500 scenarios: the round trip hardly tried them", ranged)
	}
}

func FuzzDecode(f *testing.F) {
	for _, q := range []string{"", "silver=20&lucky-friday.tons=90000", "period=2006q1&gold=1e5", "a=%&b", "silver=1,000.5&silver=2", "opex=-1&la-camorra.recovery=100.0000000001"} {
		f.Add(q)
	}
	m := fixture.Model(f)
	f.Fuzz(func(t *testing.T, q string) {
		s, notices := m.Decode(q, nil)
		for _, n := range notices {
			if n.Message == "" || n.Code == "" {
				t.Fatalf("notice without message or code: %+v", n)
			}
		}
		if _, err := m.Evaluate(s); err != nil {
			t.Fatalf("Evaluate after Decode(%q): %v", q, err)
		}
		back, notices := m.Decode(m.Encode(s), nil)
		if len(notices) > 0 || !back.Equal(s) {
			t.Fatalf("Decode(%q) does not round-trip: %q then %q, %v", q, m.Encode(s), m.Encode(back), notices)
		}
	})
}

// ChangedLevers lists what a scenario changes, in the URL's stable order
// (the order Encode writes), not the order it was given in; a lever set to
// the release's own value is not a change.
func TestChangedLevers(t *testing.T) {
	m := fixture.Model(t)
	gold := m.Default().BaselineLever(calc.PriceLever(calc.Gold)).String()
	s := scenario(t, m, "opex=9000000&lucky-friday.tons=90000&silver=20&gold="+gold)
	var keys []string
	for _, l := range s.ChangedLevers() {
		keys = append(keys, l.Key())
	}
	if got := strings.Join(keys, " "); got != "silver lucky-friday.tons opex" {
		t.Errorf("ChangedLevers = %q, want silver lucky-friday.tons opex", got)
	}
	if got := (calc.Scenario{}).ChangedLevers(); len(got) != 0 {
		t.Errorf("the baseline changes %v", got)
	}
}
