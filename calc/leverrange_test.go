package calc_test

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// SetRange refuses a range that does not hold the lever's value, or has an
// end outside the lever's domain, with a notice on the range's key that
// names the lever and the rule; the scenario keeps the range it had.
func TestSetRangeRefuses(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	silver, recovery := calc.PriceLever(calc.Silver), calc.MineLever(calc.LaCamorra, calc.Recovery)
	cases := []struct {
		name      string
		l         calc.Lever
		low, high string
		code      calc.Code
		says      string
	}{
		{"low above the value", silver, "14", "16", calc.RangeOutside, "its low, 14, is above the value in force, 13.5"},
		{"high below the value", silver, "11", "13", calc.RangeOutside, "its high, 13, is below the value in force, 13.5"},
		{"low above high", silver, "16", "11", calc.RangeOutside, "its low, 16, is above its high, 11"},
		{"negative low", silver, "-1", "16", calc.OutOfRange, "Silver price range: its low, -1, cannot be negative"},
		{"recovery above 100%", recovery, "80", "101", calc.OutOfRange, "La Camorra recovery range: its high, 101, cannot be above 100%"},
		{"13 places", silver, "11.0000000000001", "16", calc.TooPrecise, "its low, 11.0000000000001, has more than 12 places after the point"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := scenario(t, m, "silver=13.5&range.silver=12:15")
			err := s.SetRange(p, c.l, dec(c.low), dec(c.high))
			t.Logf("SetRange(%s, %s, %s) = %v", c.l.Key(), c.low, c.high, err)
			if err == nil || err.Code != c.code || err.Field != c.l.RangeKey() || !strings.Contains(err.Message, c.says) {
				t.Fatalf("got %+v, want %s on %s saying %q", err, c.code, c.l.RangeKey(), c.says)
			}
			if got := m.Encode(s); got != "silver=13.5&range.silver=12:15" {
				t.Errorf("after a refused range the scenario is %q, want it unchanged", got)
			}
		})
	}
}

// A range the lever's value leaves is set aside, not lost: out of the link
// and of Ranged while the value is outside it, back when the value returns.
func TestRangeFollowsItsValue(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	silver := calc.PriceLever(calc.Silver)
	s := scenario(t, m, "silver=13.5&range.silver=11:16")
	steps := []struct {
		do      string
		act     func(*calc.Scenario)
		encoded string
		aside   bool
	}{
		{"silver=1, on the way to 15", func(s *calc.Scenario) { s.Set(p, silver, dec("1")) }, "silver=1", true},
		{"silver=15", func(s *calc.Scenario) { s.Set(p, silver, dec("15")) }, "silver=15&range.silver=11:16", false},
		{"silver=20", func(s *calc.Scenario) { s.Set(p, silver, dec("20")) }, "silver=20", true},
		{"reset: the release's 13.31 is inside", func(s *calc.Scenario) { s.Reset(silver) }, "range.silver=11:16", false},
		{"clear the range", func(s *calc.Scenario) { s.ClearRange(silver) }, "", false},
	}
	for _, st := range steps {
		t.Run(st.do, func(t *testing.T) {
			st.act(&s)
			_, _, inForce := s.Range(silver)
			_, _, aside := s.AsideRange(silver)
			got := m.Encode(s)
			t.Logf("%s: %q, in force %v, aside %v", st.do, got, inForce, aside)
			if got != st.encoded || aside != st.aside || inForce != strings.Contains(st.encoded, "range.") {
				t.Errorf("got %q (aside %v), want %q (aside %v)", got, aside, st.encoded, st.aside)
			}
			if ranged := s.Ranged(); len(ranged) != 0 != inForce {
				t.Errorf("Ranged() = %v with the range in force: %v", ranged, inForce)
			}
		})
	}
	// Reset to a baseline outside the range sets it aside.
	s = scenario(t, m, "silver=20&range.silver=18:22")
	s.Reset(silver)
	if _, _, ok := s.AsideRange(silver); !ok || m.Encode(s) != "" {
		t.Errorf("reset to 13.31 below a range of 18 to 22: %q, aside %v; want it set aside", m.Encode(s), ok)
	}
}

// Equal compares ranges in force by value, as a link carries them.
func TestScenarioEqualComparesRanges(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	aside := scenario(t, m, "silver=13.5&range.silver=11:16")
	aside.Set(p, calc.PriceLever(calc.Silver), dec("20"))
	cases := []struct {
		a, b  calc.Scenario
		equal bool
	}{
		{scenario(t, m, "range.silver=11:16"), scenario(t, m, "range.silver=11.00:16.0"), true},
		{scenario(t, m, "range.silver=11:16"), scenario(t, m, "range.silver=11:17"), false},
		{scenario(t, m, "range.silver=11:16"), scenario(t, m, ""), false},
		{scenario(t, m, "range.silver=11:16"), scenario(t, m, "range.gold=600:700"), false},
		{aside, scenario(t, m, "silver=20"), true},
	}
	for _, c := range cases {
		t.Run(m.Encode(c.a)+" vs "+m.Encode(c.b), func(t *testing.T) {
			if got := c.a.Equal(c.b); got != c.equal || c.b.Equal(c.a) != c.equal {
				t.Errorf("Equal = %v, want %v", got, c.equal)
			}
		})
	}
}
