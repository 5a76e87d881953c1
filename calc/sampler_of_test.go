package calc_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// pageOutputs are the figures whose spread the page shows in the first
// quarter of 2007, view's RangeOutputs: the company's key figures, the
// segments' total cash cost per ounce and gross profit, and the year's EPS
// and cash at its end. The estimates' chances come with every simulation.
var pageOutputs = []string{
	"company.gross-profit", "company.income-from-operations", "company.net-income", "company.eps",
	"silver.total-cash-cost-per-oz", "silver.gross-profit",
	"gold.total-cash-cost-per-oz", "gold.gross-profit",
	"fy2007.company.eps", "fy2007.company.cash",
}

// yearRanges range each of the year's levers (a later quarter's price once
// it is set), and the levers the year reads by other paths: the later
// quarters follow the silver price the other ranges draw.
const yearRanges = "&q3.gold=700&range.q3.gold=600:800&range.fy2007.exploration=20000000:30000000" +
	"&range.fy2007.hollister-gain=50000000:70000000&share-price=9&range.share-price=7:12" + bothRanges

// bothRanges range the year's levers of every period.
const bothRanges = "&range.tax-rate=1:20&range.shares=110000000:130000000"

// threeRanges ranges a price, a mine's grade and the operating expenses:
// one lever of each kind that reaches the figures by another path.
const threeRanges = "range.silver=11:16&range.greens-creek.grade=10:20&range.opex=5000000:9000000&silver=13.5"

// simulateOf runs a simulation of the outputs named that must run.
func simulateOf(tb testing.TB, m *calc.Model, q string, samples int, seed uint64, outputs []string) *calc.Simulation {
	tb.Helper()
	sm, err := m.NewSamplerOf(scenario(tb, m, q), samples, seed, outputs)
	if err != nil {
		tb.Fatal(err)
	}
	sm.Run(samples)
	return sm.Result()
}

// only is the full simulation's figures of the outputs named, and every
// chance.
func only(full *calc.Simulation, outputs []string) *calc.Simulation {
	sub := *full
	sub.Outputs = slices.DeleteFunc(slices.Clone(full.Outputs), func(o calc.OutputRange) bool {
		return !slices.Contains(outputs, o.Name)
	})
	return &sub
}

// The page's outputs, drawn alone, have the full simulation's quantiles,
// and every estimate its chance: the same draws, the same figures.
func TestSamplerOfThePageIsTheFullSimulation(t *testing.T) {
	m := fixture.Model(t)
	full := simulate(t, m, threeRanges, 300, 5)
	got := simulateOf(t, m, threeRanges, 300, 5, pageOutputs)
	if len(got.Outputs) != len(pageOutputs) {
		t.Errorf("%d outputs, asked for %d", len(got.Outputs), len(pageOutputs))
	}
	if g, w := figures(got), figures(only(full, pageOutputs)); g != w {
		t.Errorf("the page's outputs:\n%s\nthe full simulation's:\n%s", g, w)
	}
	t.Logf("%s", figures(got))
}

// Every output of the contract, drawn alone, has the full simulation's
// quantiles: whatever a sample leaves out for it, it computes all it reads.
// Every kind of lever ranged, in the period of the outlook and another.
func TestSamplerOfEachOutputAlone(t *testing.T) {
	m := fixture.Model(t)
	q := threeRanges + "&range.zinc=1.2:1.8&range.gold=600:700&range.lucky-friday.tons=75000:90000" +
		"&range.la-camorra.recovery=80:95&range.lead=0.5:1" +
		"&opex=7000000&zinc=1.5&gold=650&lucky-friday.tons=80000&la-camorra.recovery=90&lead=0.8"
	for _, period := range []string{"", "period=2006q1&"} {
		pq := period + q + yearRanges
		if period != "" {
			pq = period + q + bothRanges
		}
		full := simulate(t, m, pq, 20, 9)
		for _, name := range calc.OutputNames() {
			one := []string{name}
			if g, w := figures(simulateOf(t, m, pq, 20, 9, one)), figures(only(full, one)); g != w {
				t.Errorf("%s%s alone:\n%s\nthe full simulation's:\n%s", period, name, g, w)
			}
		}
	}
}

// Every estimate's chance is the full simulation's, whatever outputs are
// asked for, even of figures of the year none of them reads: here an
// estimate on each of the outlook's outputs, its figure the scenario's own.
func TestSamplerOfJudgesEveryEstimate(t *testing.T) {
	rep, err := fixture.Release(t).Reported(calc.Q1of2007)
	if err != nil {
		t.Fatal(err)
	}
	m := fixture.Model(t)
	s := scenario(t, m, threeRanges)
	p, _ := m.Period(calc.Q1of2007)
	rep.Guidance = nil
	for _, o := range p.Outputs(s, p.Evaluate(s)) {
		if strings.HasPrefix(o.Name, "fy2007.") && o.Value.Valid {
			rep.Guidance = append(rep.Guidance, calc.Guidance{Output: o.Name, Figure: o.Value.Decimal, Comparison: calc.AtLeast})
		}
	}
	if m, err = calc.NewModel(rep); err != nil {
		t.Fatal(err)
	}
	full := simulate(t, m, threeRanges, 200, 4)
	for _, outputs := range [][]string{pageOutputs, {"company.sales"}} {
		if g, w := figures(simulateOf(t, m, threeRanges, 200, 4, outputs)), figures(only(full, outputs)); g != w {
			t.Errorf("%v:\n%s\nthe full simulation's:\n%s", outputs, g, w)
		}
	}
	t.Logf("%d estimates:\n%s", len(rep.Guidance), figures(only(full, nil)))
}

// No outputs named is every output, as NewSampler's; the outputs named come
// in OutputNames' order, each once, however they are asked.
func TestSamplerOfOrder(t *testing.T) {
	m := fixture.Model(t)
	full := simulate(t, m, threeRanges, 30, 2)
	for _, none := range [][]string{nil, {}} {
		if g, w := figures(simulateOf(t, m, threeRanges, 30, 2, none)), figures(full); g != w {
			t.Errorf("%#v outputs:\n%s\nNewSampler's:\n%s", none, g, w)
		}
	}
	asked := append(slices.Clone(pageOutputs), pageOutputs[0], "sensitivity.gold.company.eps")
	slices.Reverse(asked)
	want := append(slices.Clone(pageOutputs), "sensitivity.gold.company.eps")
	if g, w := figures(simulateOf(t, m, threeRanges, 30, 2, asked)), figures(only(full, want)); g != w {
		t.Errorf("asked for %v:\n%s\nwant\n%s", asked, g, w)
	}
}

// An output outside the contract is refused, by name.
func TestSamplerOfRefusesAnUnknownOutput(t *testing.T) {
	m := fixture.Model(t)
	s := scenario(t, m, threeRanges)
	for _, name := range []string{"company.revenue", "", "sensitivity.copper.company.eps"} {
		_, err := m.NewSamplerOf(s, 10, 1, []string{pageOutputs[0], name})
		var ferr *calc.FieldError
		t.Logf("%q: %v", name, err)
		if !errors.As(err, &ferr) || ferr.Code != calc.UnknownOutput || !strings.Contains(ferr.Message, `"`+name+`"`) {
			t.Errorf("%q: got %v, want an unknown-output error naming it", name, err)
		}
	}
}
