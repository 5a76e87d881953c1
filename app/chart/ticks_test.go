package chart

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestNiceTicks(t *testing.T) {
	cases := []struct {
		lo, hi     string
		target     int
		first, end string
		step       string
	}{
		{"-1234.5", "6789", 5, "-2000", "8000", "2000"},
		{"0", "26.48", 6, "0", "30", "5"},
		{"0", "0", 5, "0", "1", "0.2"},
		{"-0.93", "0.4", 5, "-1", "0.5", "0.5"},
		{"12", "12", 5, "0", "15", "5"},
		{"-3", "-3", 5, "-3", "0", "1"},
	}
	for _, c := range cases {
		ticks, step := niceTicks(dec(c.lo), dec(c.hi), c.target)
		if !step.Equal(dec(c.step)) || !ticks[0].Equal(dec(c.first)) || !ticks[len(ticks)-1].Equal(dec(c.end)) {
			t.Errorf("niceTicks(%s, %s): %v step %s; want %s..%s step %s", c.lo, c.hi, ticks, step, c.first, c.end, c.step)
		}
		for i := 1; i < len(ticks); i++ {
			if !ticks[i].Sub(ticks[i-1]).Equal(step) {
				t.Errorf("niceTicks(%s, %s): uneven %v", c.lo, c.hi, ticks)
			}
		}
	}
	if got := tickTexts("Change ($ thousands)", []decimal.Decimal{dec("-2000"), dec("0"), dec("2000")}, dec("2000")); strings.Join(got, " ") != "$(2,000) $0 $2,000" {
		t.Errorf("money ticks: %q", got)
	}
	if got := tickTexts("Ounces (oz)", []decimal.Decimal{dec("-0.5"), dec("1.5")}, dec("0.5")); strings.Join(got, " ") != "(0.5) 1.5" {
		t.Errorf("number ticks: %q", got)
	}
	if px(dec("12.34")) != "12.3" || px(dec("12.05")) != "12.1" || px(dec("-0.04")) != "0" || px(dec("7")) != "7" {
		t.Error("px does not round to 0.1 px")
	}
}
