package calc_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// The year's levers' keys, in the URL's order after the quarter's.
func TestYearLeverKeys(t *testing.T) {
	var want []string
	for _, q := range []string{"q2.", "q3.", "q4."} {
		for _, k := range calc.Metals() {
			want = append(want, q+k.Slug())
		}
	}
	want = append(want, "fy2007.exploration", "fy2007.hollister-gain", "tax-rate", "shares", "share-price")
	var got []string
	for _, l := range calc.YearLevers() {
		got = append(got, l.Key())
		if back, ok := calc.LeverByKey(l.Key()); !ok || back != l {
			t.Errorf("LeverByKey(%q) = %v, %v; want %v", l.Key(), back, ok, l)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("keys %v\nwant %v", got, want)
	}
	if n := len(calc.Levers()); n != 20 {
		t.Errorf("Levers() has %d levers; the quarter's are 20", n)
	}
	if all := calc.AllLevers(); len(all) != 37 || all[20] != calc.YearLevers()[0] {
		t.Errorf("AllLevers() = %v: the quarter's, then the year's", all)
	}
	for _, key := range []string{"q1.silver", "q5.gold", "q2.copper", "q2", "fy2007", "fy2007.eps"} {
		if l, ok := calc.LeverByKey(key); ok {
			t.Errorf("LeverByKey(%q) = %v, want none", key, l)
		}
	}
	l, _ := calc.QuarterPriceLever(3, calc.Zinc)
	if q, m, ok := l.QuarterPrice(); !ok || q != 3 || m != calc.Zinc || l.Label() != "Q3 zinc price" || l.Unit() != "$/lb" {
		t.Errorf("q3.zinc: %d %v %v %q %q", q, m, ok, l.Label(), l.Unit())
	}
	if _, ok := l.Metal(); ok {
		t.Error("a later quarter's price is not the quarter's price lever of its metal")
	}
}

// The year's levers decode, refuse what is outside their domain with the
// lever named, and give a notice outside their period.
func TestDecodeYearLevers(t *testing.T) {
	m := fixture.Model(t)
	cases := []struct {
		query, encoded string
		code           calc.Code
		message        string // a notice's, when code is set
	}{
		{"share-price=9.50&q2.silver=14&tax-rate=35%25&shares=120,000,000&fy2007.exploration=30,000,000&fy2007.hollister-gain=0",
			"q2.silver=14&fy2007.exploration=30000000&fy2007.hollister-gain=0&tax-rate=35&shares=120000000&share-price=9.5", "", ""},
		{"q4.gold=13.31&q4.gold=700", "q4.gold=700", calc.Duplicate, ""},
		{"q3.lead=abc", "", calc.NotANumber, "Q3 lead price (q3.lead=abc): enter a price in $/lb, such as 0.80"},
		{"q2.zinc=-1", "", calc.OutOfRange, "Q2 zinc price (q2.zinc=-1) cannot be negative"},
		{"tax-rate=100.5", "", calc.OutOfRange, "Tax rate (tax-rate=100.5) cannot be above 100%"},
		{"tax-rate=-1", "", calc.OutOfRange, "Tax rate (tax-rate=-1) cannot be negative"},
		{"shares=0", "", calc.OutOfRange, "Shares (shares=0) must be above zero"},
		{"share-price=0", "", calc.OutOfRange, "Share price (share-price=0) must be above zero"},
		{"fy2007.hollister-gain=-5", "", calc.OutOfRange, "Hollister gain (fy2007.hollister-gain=-5) cannot be negative"},
		{"fy2007.exploration=4,000,000", "", calc.OutOfRange,
			"Exploration in 2007 (fy2007.exploration=4,000,000) cannot be below the first quarter's 4063000, spent already"},
		{"fy2007.exploration=4,063,000", "fy2007.exploration=4063000", "", ""},
		{"period=2006q1&tax-rate=30&shares=1", "period=2006q1&tax-rate=30&shares=1", "", ""},
		{"period=2006q1&q2.silver=20", "period=2006q1", calc.OutOfPeriod,
			"Q2 silver price (q2.silver=20) belongs to 2007q1's outlook; 2006q1 has none"},
		{"period=2006q1&share-price=9", "period=2006q1", calc.OutOfPeriod, ""},
		{"period=2006q1&fy2007.exploration=30000000", "period=2006q1", calc.OutOfPeriod, ""},
		// A later quarter's price takes a range once it is set, not while
		// it follows the scenario's.
		{"q2.silver=14&range.q2.silver=12:16", "q2.silver=14&range.q2.silver=12:16", "", ""},
		{"range.q2.silver=12:16", "", calc.BadRange, ""},
		{"share-price=9&range.share-price=8:11&range.tax-rate=0:40", "share-price=9&range.tax-rate=0:40&range.share-price=8:11", "", ""},
		{"range.share-price=0:11", "", calc.OutOfRange, ""},
		// Nor does a share price left out: no value of zero is in force.
		{"range.share-price=7:12", "", calc.BadRange,
			"Share price range (range.share-price=7:12): there is no share price until one is set; set share-price first"},
		{"range.fy2007.exploration=20000000:30000000", "range.fy2007.exploration=20000000:30000000", "", ""},
		{"period=2006q1&range.tax-rate=1:20", "period=2006q1&range.tax-rate=1:20", "", ""},
		{"period=2006q1&range.share-price=1:2", "period=2006q1", calc.OutOfPeriod,
			"Share price range (range.share-price=1:2) belongs to 2007q1's outlook; 2006q1 has none"},
	}
	for _, c := range cases {
		s, notices := m.Decode(c.query, nil)
		if got := m.Encode(s); got != c.encoded {
			t.Errorf("Decode(%q) encodes as %q, want %q", c.query, got, c.encoded)
		}
		if back, _ := m.Decode(m.Encode(s), nil); !back.Equal(s) {
			t.Errorf("Decode(Encode(Decode(%q))) differs", c.query)
		}
		switch {
		case c.code == "" && len(notices) > 0:
			t.Errorf("Decode(%q): notices %v", c.query, notices)
		case c.code != "" && (len(notices) != 1 || notices[0].Code != c.code):
			t.Errorf("Decode(%q): notices %v, want one %s", c.query, notices, c.code)
		case c.message != "" && notices[0].Message != c.message:
			t.Errorf("Decode(%q): %q\nwant %q", c.query, notices[0].Message, c.message)
		}
	}
}

// Each of the year's levers defaults to the release's figure; the share
// price to none; a later quarter's price to the scenario's own, whatever it
// is, and setting it to that value still sets it.
func TestYearLeverDefaults(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	for _, c := range []struct {
		l    calc.Lever
		want string
	}{
		{calc.ExplorationLever(), "22000000"}, {calc.HollisterGainLever(), "63000000"},
		{calc.SharesLever(), "119951000"}, {calc.SharePriceLever(), "0"},
	} {
		if got := p.BaselineLever(c.l); !got.Equal(dec(c.want)) {
			t.Errorf("%s: %s, want %s", c.l.Key(), got, c.want)
		}
	}
	// t = 789 / 8,932, in percent.
	if got := p.BaselineLever(calc.TaxRateLever()).Round(6); !got.Equal(dec("8.833408")) {
		t.Errorf("tax-rate: %s, want 8.833408", got)
	}
	q2, _ := calc.QuarterPriceLever(2, calc.Silver)
	if got := p.BaselineLever(q2); !got.Equal(dec("13.31")) {
		t.Errorf("q2.silver's baseline %s, want the release's 13.31", got)
	}
	s := scenario(t, m, "silver=20")
	if got := s.Value(p, q2); !got.Equal(dec("20")) {
		t.Errorf("q2.silver follows silver=20: %s", got)
	}
	s = scenario(t, m, "silver=20&q2.silver=20")
	if _, set := s.Changed(q2); !set {
		t.Error("q2.silver=20 at silver=20 is a change: it no longer follows silver")
	}
	s.Reset(q2)
	if _, set := s.Changed(q2); set || m.Encode(s) != "silver=20" {
		t.Errorf("Reset(q2.silver): %q", m.Encode(s))
	}
	p06, _ := m.Period(calc.Q1of2006)
	if err := s.Set(p06, q2, dec("20")); err == nil || err.Code != calc.OutOfPeriod {
		t.Errorf("Set(2006q1, q2.silver): %v", err)
	}
	if got := p06.BaselineLever(calc.SharesLever()); !got.Equal(dec("118756000")) {
		t.Errorf("2006q1 shares: %s", got)
	}
}

// The tax rate and the shares at their defaults are the release; moved,
// they are the statement's t and divisor.
func TestTaxRateAndShares(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	s := scenario(t, m, "")
	if err := s.Set(p, calc.TaxRateLever(), p.BaselineLever(calc.TaxRateLever())); err != nil {
		t.Fatal(err)
	}
	if !s.IsBaseline() {
		t.Error("the tax rate set to its default is no change")
	}
	r := evaluate(t, m, "tax-rate=0&shares=100,000,000")
	ibt := metric(t, r, "company.income-from-operations").Add(dec("1375000"))
	if ni := metric(t, r, "company.net-income"); !ni.Equal(ibt) {
		t.Errorf("at a tax rate of 0, net income %s, want income before taxes %s", ni, ibt)
	}
	if eps := metric(t, r, "company.eps"); !eps.Equal(ibt.Sub(dec("138000")).Div(dec("100000000"))) {
		t.Errorf("EPS %s over 100,000,000 shares", eps)
	}
	r = evaluate(t, m, "tax-rate=40")
	if ni := metric(t, r, "company.net-income"); !ni.Equal(dec("8932000").Mul(dec("0.6"))) {
		t.Errorf("at 40%%, net income %s, want 60%% of 8,932,000", ni)
	}
	a, err := m.Attribute(scenario(t, m, "tax-rate=40&silver=14"), "company.net-income")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, part := range a.Parts {
		keys = append(keys, part.Group.Key)
	}
	if strings.Join(keys, " ") != "tax-rate silver-price" && strings.Join(keys, " ") != "silver-price tax-rate" {
		t.Errorf("attribution's groups %v", keys)
	}
}

// Calibration refuses cash and year figures the equations cannot use.
func TestCalibrateRefusesTheYearsFigures(t *testing.T) {
	rel := fixture.Release(t)
	for _, c := range []struct {
		name  string
		id    calc.PeriodID
		spoil func(*calc.Reported)
	}{
		{"an unreconciled non-GAAP cash flow", calc.Q1of2007, func(r *calc.Reported) { r.Cash.OperatingBeforeExploration = dec("21380000") }},
		{"no year for the outlook", calc.Q1of2007, func(r *calc.Reported) { r.Year = nil }},
		{"a year without an outlook", calc.Q1of2006, func(r *calc.Reported) { r.Year = &calc.ReportedYear{SharesOutstanding: dec("1")} }},
		{"exploration below the first quarter's", calc.Q1of2007, func(r *calc.Reported) { r.Year.Exploration = dec("4062999") }},
		{"no shares outstanding", calc.Q1of2007, func(r *calc.Reported) { r.Year.SharesOutstanding = dec("0") }},
		{"negative capital additions", calc.Q1of2006, func(r *calc.Reported) { r.Cash.CapitalAdditions = dec("-1") }},
	} {
		rep, err := rel.Reported(c.id)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := calc.Calibrate(rep); err != nil {
			t.Fatalf("%s as released: %v", c.id, err)
		}
		if rep.Year != nil {
			y := *rep.Year
			rep.Year = &y
		}
		c.spoil(&rep)
		var ce *calc.CalibrationError
		if _, err := calc.Calibrate(rep); !errors.As(err, &ce) {
			t.Errorf("%s: %v, want a CalibrationError", c.name, err)
		}
	}
}

// The first quarter of 2007 takes every lever; the first quarter of 2006,
// which has no outlook, the quarter's and the tax rate and shares only.
func TestPeriodLevers(t *testing.T) {
	m := fixture.Model(t)
	for _, tc := range []struct {
		id   calc.PeriodID
		want int
	}{{calc.Q1of2007, len(calc.AllLevers())}, {calc.Q1of2006, len(calc.Levers()) + 2}} {
		p, _ := m.Period(tc.id)
		got := p.Levers()
		if len(got) != tc.want {
			t.Errorf("%s takes %d levers, want %d", tc.id, len(got), tc.want)
		}
		for _, l := range got {
			if only, ok := l.OnlyIn(); ok && only != tc.id {
				t.Errorf("%s lists %s, which only %s takes", tc.id, l.Key(), only)
			}
		}
	}
}
