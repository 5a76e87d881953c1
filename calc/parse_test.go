package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		text string
		want string // "" when refused
		code calc.Code
	}{
		{"13.31", "13.31", ""},
		{" 84,848 ", "84848", ""},
		{"$1,234.50", "1234.5", ""},
		{"-2", "-2", ""},
		{"+.5", "0.5", ""},
		{"7.", "7", ""},
		{"0", "0", ""},
		{"", "", calc.NotANumber},
		{"abc", "", calc.NotANumber},
		{"1e5", "", calc.NotANumber},
		{"1,23", "", calc.NotANumber},
		{"12,3456", "", calc.NotANumber},
		{"1.2.3", "", calc.NotANumber},
		{"(5)", "", calc.NotANumber},
		{".", "", calc.NotANumber},
		{"-", "", calc.NotANumber},
		{"NaN", "", calc.NotANumber},
		{"Infinity", "", calc.NotANumber},
		{"1234567890123456", "", calc.OutOfRange},
		{"0.1234567890123", "", calc.TooPrecise},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got, err := calc.ParseAmount("silver", c.text)
			if c.want == "" {
				if err == nil || err.Code != c.code || err.Field != "silver" {
					t.Fatalf("ParseAmount(%q) = %s, %v; want code %s on field silver", c.text, got, err, c.code)
				}
				return
			}
			if err != nil || !got.Equal(dec(c.want)) {
				t.Fatalf("ParseAmount(%q) = %s, %v; want %s", c.text, got, err, c.want)
			}
		})
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"13.31", "84,848", "$1,234.50", "-2", "1e9", "", "..", "999999999999999.999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := calc.ParseAmount("x", s)
		if err != nil {
			if err.Message == "" || err.Field != "x" {
				t.Fatalf("error without field or message: %+v", err)
			}
			return
		}
		// Whatever parses is within the digit limits.
		if v.Abs().GreaterThanOrEqual(dec("1e15")) || v.Exponent() < -12 {
			t.Fatalf("ParseAmount(%q) = %s, beyond the limits", s, v)
		}
	})
}

// Each lever's message names the lever, its unit and an example of its own;
// recovery takes the % its label shows.
func TestLeverParseMessages(t *testing.T) {
	for _, c := range []struct {
		lever      calc.Lever
		text, want string
	}{
		{calc.PriceLever(calc.Silver), "1e3", "Silver price: enter a price in $/oz, such as 13.31"},
		{calc.PriceLever(calc.Lead), "abc", "Lead price: enter a price in $/lb, such as 0.80"},
		{calc.MineLever(calc.LuckyFriday, calc.Tons), "12x", "Lucky Friday ore tons: enter a number of tons, such as 84,848"},
		{calc.MineLever(calc.GreensCreek, calc.Grade), "0.5.1", "Greens Creek grade: enter a grade in ounces per ton, such as 0.62 (digits after the point only)"},
		{calc.MineLever(calc.LaCamorra, calc.Recovery), "105", "La Camorra recovery cannot be above 100%"},
		{calc.MineLever(calc.LaCamorra, calc.Recovery), "9x%", "La Camorra recovery: enter a percentage, such as 91.72 or 91.72%"},
		{calc.OpexLever(), "8500k", "Other operating expenses: enter an amount in whole dollars (not thousands), such as 8,500,000"},
	} {
		t.Run(c.lever.Key()+"="+c.text, func(t *testing.T) {
			_, err := c.lever.Parse(c.text)
			if err == nil || err.Message != c.want || err.Field != c.lever.Key() {
				t.Fatalf("Parse(%q) error %+v, want %q on %s", c.text, err, c.want, c.lever.Key())
			}
		})
	}
	for _, text := range []string{"91.72%", " 91.72 % ", "91.72"} {
		v, err := calc.MineLever(calc.LuckyFriday, calc.Recovery).Parse(text)
		if err != nil || !v.Equal(decimal.RequireFromString("91.72")) {
			t.Errorf("recovery %q = %s, %v; want 91.72", text, v, err)
		}
	}
}
