package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// SwitchPeriod is scenario s moved to period p: every changed lever keeps
// its value (kept, in the levers' order); the rest are p's release figures.
// Each range in force moves along where it still holds its lever's value in
// p (a range around 2007's silver price need not hold 2006's).
func SwitchPeriod(m *calc.Model, s calc.Scenario, p *calc.Period) (moved calc.Scenario, kept []calc.Lever) {
	if p != m.Default() {
		moved.Period = p.ID
	}
	for _, l := range s.ChangedLevers() {
		v, _ := s.Changed(l)
		if moved.Set(p, l, v) == nil {
			if _, still := moved.Changed(l); still {
				kept = append(kept, l)
			}
		}
	}
	for _, l := range s.Ranged() {
		low, high, _ := s.Range(l)
		moved.SetRange(p, l, low, high) // refused where it does not hold p's value
	}
	return moved, kept
}

// PeriodNote says what a switch to p kept of scenario s.
func PeriodNote(p *calc.Period, s calc.Scenario, kept []calc.Lever) string {
	if len(kept) == 0 {
		return ""
	}
	return "Now " + p.Label + ", with your changes kept: " + leverWords(p, s, kept) + ". “Reset all” returns to this quarter's release figures."
}

// leverWords names levers with their values in s, in words and units:
// "Silver price $20.00 per oz, Lucky Friday ore tons 90,000 tons".
func leverWords(p *calc.Period, s calc.Scenario, levers []calc.Lever) string {
	parts := make([]string, len(levers))
	for i, l := range levers {
		parts[i] = l.Describe() + " " + FormatLever(l, s.Value(p, l))
	}
	return strings.Join(parts, ", ")
}

// PrintContext is what a printed page says of itself: the quarter, every
// changed lever and the day it was printed (today, as the browser has it).
func PrintContext(p *calc.Period, s calc.Scenario, today string) string {
	scenario := "the release's own figures (no lever changed)"
	if changed := s.ChangedLevers(); len(changed) > 0 {
		scenario = leverWords(p, s, changed) + "; every other lever at the release's figure"
	}
	return "Hecla Mining what-if calculator, " + p.Label + ". Scenario: " + scenario + ". Printed " + today + "."
}

// LeverText is a lever's value as its field shows it: plain digits, no
// grouping, exactly the value in force, so that retyping what the field
// shows changes no figure. A value with more places than a field takes (a
// calibrated recovery or tax rate) shows the nearest value a field does
// take, which moves no figure the page shows.
func LeverText(l calc.Lever, v decimal.Decimal) string {
	if v.Exponent() < -calc.MaxPlaces {
		return v.Round(calc.MaxPlaces).String()
	}
	if l.Kind() == calc.SharePrice && v.Sign() <= 0 {
		return "" // no share price: the field is empty, not "0", which it refuses
	}
	return v.String()
}

func PeriodButton(id calc.PeriodID) string {
	if id == calc.Q1of2006 {
		return "Q1 2006"
	}
	return "Q1 2007"
}
