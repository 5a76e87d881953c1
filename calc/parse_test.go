package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
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
