package calc_test

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// bridgeOf is one output's bridge from the first quarter of 2006 to the
// first quarter of 2007, which must exist.
func bridgeOf(tb testing.TB, m *calc.Model, output string) *calc.Bridge {
	tb.Helper()
	b, err := m.Bridge(calc.Q1of2006, calc.Q1of2007, output)
	if err != nil {
		tb.Fatalf("%s: %v", output, err)
	}
	return b
}

// bridgeKeys lists a bridge's part names in its order.
func bridgeKeys(b *calc.Bridge) []string {
	var keys []string
	for _, pt := range b.Parts {
		keys = append(keys, pt.Group.Key)
	}
	return keys
}

// Beyond the outputs -bridge prints: the company's lines below gross
// profit, which opex moves.
var moreBridged = []string{"company.income-from-operations", "company.eps"}

func TestBridgePartsAddUpToTheChange(t *testing.T) {
	m := fixture.Model(t)
	for _, output := range append(calc.BridgeOutputs(), moreBridged...) {
		b := bridgeOf(t, m, output)
		sum := decimal.Zero
		for _, pt := range b.Parts {
			sum = sum.Add(pt.Amount)
		}
		if change := b.To.Sub(b.From); !sum.Equal(change) {
			t.Errorf("%s: parts add up to %s, the change from %s to %s is %s", output, sum, b.From, b.To, change)
		}
	}
}

// The groups each output depends on, site changes first, then in lever
// order: a mine's figure on the prices and its own four groups; a segment's
// and the company's on more than ten, so on each mine as one group; opex
// only below gross profit.
func TestBridgeGroups(t *testing.T) {
	m := fixture.Model(t)
	prices := "site-changes silver-price gold-price lead-price zinc-price "
	for output, want := range map[string]string{
		"lucky-friday.total-cash-cost-per-oz": prices + "lucky-friday.tons lucky-friday.grade lucky-friday.unit-costs lucky-friday.recovery",
		"la-camorra.total-cash-cost-per-oz":   prices + "la-camorra.tons la-camorra.grade la-camorra.unit-costs la-camorra.recovery",
		"gold.total-cash-cost-per-oz":         prices + "la-camorra.tons la-camorra.grade la-camorra.unit-costs la-camorra.recovery",
		"silver.total-cash-cost-per-oz":       prices + "lucky-friday greens-creek",
		"company.gross-profit":                prices + "lucky-friday greens-creek la-camorra",
		"company.income-from-operations":      prices + "lucky-friday greens-creek la-camorra opex",
	} {
		if got := strings.Join(bridgeKeys(bridgeOf(t, m, output)), " "); got != want {
			t.Errorf("%s: parts\n%s\nwant\n%s", output, got, want)
		}
	}
	if got, want := strings.Join(calc.BridgeOutputs(), " "), "company.gross-profit silver.total-cash-cost-per-oz gold.total-cash-cost-per-oz "+
		"lucky-friday.total-cash-cost-per-oz greens-creek.total-cash-cost-per-oz la-camorra.total-cash-cost-per-oz company.net-income"; got != want {
		t.Errorf("bridged outputs\n%s\nwant\n%s", got, want)
	}
	if _, err := m.Bridge(calc.Q1of2006, calc.Q1of2007, "company.nonsense"); err == nil {
		t.Error("an unknown output is bridged")
	}
	if _, err := m.Bridge("2005q1", calc.Q1of2007, "company.gross-profit"); err == nil {
		t.Error("a period the release does not print is bridged")
	}
}

// Each end of the bridge is its quarter's figure as the release prints it.
func TestBridgeEndsAreThePrintedFigures(t *testing.T) {
	m := fixture.Model(t)
	rel := fixture.Release(t)
	checks := baselineChecks()
	for _, output := range calc.BridgeOutputs() {
		b := bridgeOf(t, m, output)
		found := false
		for _, c := range checks {
			if c.name != output {
				continue
			}
			found = true
			for period, got := range map[calc.PeriodID]decimal.Decimal{calc.Q1of2006: b.From, calc.Q1of2007: b.To} {
				printed, err := rel.Figure(c.table, c.row, string(period))
				if err != nil {
					t.Fatal(err)
				}
				if off := unitsOff(got, c.scale, printed); off > c.allowed {
					t.Errorf("%s %s: bridge has %s, %s/%s prints %s: %d units off, %d allowed", output, period, got, c.table, c.row, printed.Printed, off, c.allowed)
				}
			}
		}
		if !found {
			t.Errorf("%s: no printed figure to check the bridge's ends against", output)
		}
	}
}

// The parts after the site changes are Shapley values within 2007's
// calibration, from 2006's levers to 2007's: the average over every order of
// the groups, each mix evaluated through the public API, agrees with them.
// The site changes are 2007's calibration at 2006's levers less 2006's
// figure.
func TestBridgeIsShapley(t *testing.T) {
	m := fixture.Model(t)
	p06, _ := m.Period(calc.Q1of2006)
	p07, _ := m.Period(calc.Q1of2007)
	at06 := calc.Scenario{Period: calc.Q1of2007}
	for _, l := range calc.Levers() {
		if err := at06.Set(p07, l, p06.BaselineLever(l)); err != nil {
			t.Fatal(err)
		}
	}
	at07 := calc.Scenario{Period: calc.Q1of2007}
	r, err := m.Evaluate(at06)
	if err != nil {
		t.Fatal(err)
	}
	for _, output := range append(calc.BridgeOutputs(), moreBridged...) {
		t.Run(output, func(t *testing.T) {
			b := bridgeOf(t, m, output)
			site, groups := b.Parts[0], b.Parts[1:]
			if want := metric(t, r, output).Sub(metric(t, p06.Baseline, output)); !site.Amount.Equal(want) {
				t.Errorf("site changes %s, 2007 at 2006's levers less 2006 %s", site.Amount, want)
			}
			var gs []calc.LeverGroup
			for _, pt := range groups {
				gs = append(gs, pt.Group)
			}
			want := bruteShapley(t, m, at06, at07, gs, output)
			for _, pt := range groups {
				if d := pt.Amount.Sub(want[pt.Group.Key]).Abs(); d.GreaterThan(dec("1e-11")) {
					t.Errorf("%s: %s, brute-force Shapley %s", pt.Group.Key, pt.Amount, want[pt.Group.Key])
				}
			}
		})
	}
}

// docs/model.md's example: Lucky Friday's total cash cost from $5.31 to
// $1.77 an ounce, to the cent.
func TestBridgeLuckyFriday(t *testing.T) {
	b := bridgeOf(t, fixture.Model(t), "lucky-friday.total-cash-cost-per-oz")
	cents := func(d decimal.Decimal) string { return d.StringFixed(2) }
	if cents(b.From) != "5.31" || cents(b.To) != "1.77" {
		t.Errorf("from %s to %s, want 5.31 to 1.77", b.From, b.To)
	}
	want := map[string]string{
		"site-changes":      "1.93",
		"lead-price":        "-2.12",
		"zinc-price":        "-2.01",
		"lucky-friday.tons": "-1.27",
		"gold-price":        "0.00", // Lucky Friday has no gold
	}
	for _, pt := range b.Parts {
		if w, ok := want[pt.Group.Key]; ok {
			if cents(pt.Amount) != w {
				t.Errorf("%s: %s, want %s", pt.Group.Key, pt.Amount, w)
			}
			continue
		}
		if pt.Amount.Abs().GreaterThanOrEqual(dec("1.27")) {
			t.Errorf("%s: %s, larger than the four the example names", pt.Group.Key, pt.Amount)
		}
	}
}
