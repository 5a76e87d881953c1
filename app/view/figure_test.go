package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Costs per ounce: silver to the cent, gold to the dollar, negatives in
// parentheses; a cost that rises is worse news.
func TestPerOunceFormatting(t *testing.T) {
	v := newScenario(t, "silver=20").page()
	figs := append(append([]Figure{}, v.Company...), v.Production...)
	for _, s := range v.Segments {
		figs = append(figs, s.Figures...)
	}
	for _, m := range v.Mines {
		figs = append(figs, m.Figures...)
	}
	find := func(metric string) Figure {
		t.Helper()
		for _, f := range figs {
			if f.Metric == metric {
				return f
			}
		}
		t.Fatalf("no figure %s", metric)
		return Figure{}
	}
	for metric, want := range map[string][2]string{ // text, baseline text
		"silver.total-cash-cost-per-oz":       {"$(0.93)", "$(1.12)"},
		"greens-creek.total-cash-cost-per-oz": {"$(4.36)", "$(4.62)"},
		"la-camorra.total-cash-cost-per-oz":   {"$475", "$475"},
		"lucky-friday.produced":               {"852,113", "852,113"},
		"company.eps":                         {"$0.14", "$0.07"},
	} {
		if f := find(metric); f.Text != want[0] || f.Baseline != want[1] {
			t.Errorf("%s: %q (release %q), want %q (%q)", metric, f.Text, f.Baseline, want[0], want[1])
		}
	}
	if f := find("silver.total-cash-cost-per-oz"); f.Tone != ToneWorse || f.Change != "+$0.19" {
		t.Errorf("silver cash cost up by %q, tone %s; want +$0.19, worse", f.Change, f.Tone)
	}
	if f := find("greens-creek.break-even-price"); f.Value != "" || f.Note != "profitable at every price" {
		t.Errorf("Greens Creek break-even: value %q note %q", f.Value, f.Note)
	}
}

// The slider's position maps to twice the release's figure, at the
// precision the release prints the lever.
func TestSliderPositions(t *testing.T) {
	sc := newScenario(t, "")
	for _, tc := range []struct {
		lever calc.Lever
		pos   string
		want  string
	}{
		{calc.PriceLever(calc.Silver), "50", "13.31"},
		{calc.PriceLever(calc.Silver), "51", "13.58"},
		{calc.PriceLever(calc.Silver), "100", "26.62"},
		{calc.PriceLever(calc.Gold), "0", "0"},
		{calc.MineLever(calc.LaCamorra, calc.Grade), "75", "0.887"},
		{calc.MineLever(calc.LuckyFriday, calc.Recovery), "100", "100"},
	} {
		got := SliderValue(sc.period, tc.lever, decimal.RequireFromString(tc.pos))
		if !got.Equal(decimal.RequireFromString(tc.want)) {
			t.Errorf("%s at %s: %s, want %s", tc.lever.Key(), tc.pos, got, tc.want)
		}
	}
	silver := sc.page().Prices[0]
	if silver.Slider != "50" || silver.ValueText != "$13.31 per oz" {
		t.Errorf("silver slider at %q, %q", silver.Slider, silver.ValueText)
	}
}
