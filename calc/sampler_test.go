package calc_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/golden"
	"github.com/shopspring/decimal"
)

// simulate runs a simulation that must run.
func simulate(tb testing.TB, m *calc.Model, q string, samples int, seed uint64) *calc.Simulation {
	tb.Helper()
	sim, err := m.Simulate(scenario(tb, m, q), samples, seed)
	if err != nil {
		tb.Fatal(err)
	}
	return sim
}

// figures prints every quantile and chance of a simulation, one a line.
func figures(sim *calc.Simulation) string {
	var b strings.Builder
	show := func(d decimal.NullDecimal) string {
		if !d.Valid {
			return "null"
		}
		return d.Decimal.String()
	}
	for _, o := range sim.Outputs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", o.Name, show(o.P10), show(o.P50), show(o.P90), show(o.Mean))
	}
	for _, g := range sim.Guidance {
		fmt.Fprintf(&b, "%s\t%d\t%s\n", g.Output, g.Met, g.Probability)
	}
	return b.String()
}

const rangedQuery = "range.silver=11:16&range.zinc=1.2:1.8&range.lucky-friday.tons=75000:90000&silver=13.5&zinc=1.5"

// The same scenario, sample count and seed give the same figures, whether
// drawn at once or in chunks of any size; another seed, others.
func TestSimulationIsReproducible(t *testing.T) {
	m := fixture.Model(t)
	whole := figures(simulate(t, m, rangedQuery, 300, 7))
	for _, chunk := range []int{1, 7, 64, 300} {
		t.Run(fmt.Sprintf("chunks of %d", chunk), func(t *testing.T) {
			sm, err := m.NewSampler(scenario(t, m, rangedQuery), 300, 7)
			if err != nil {
				t.Fatal(err)
			}
			runs := 1
			for !sm.Run(chunk) {
				runs++
			}
			if want := (300 + chunk - 1) / chunk; runs != want {
				t.Errorf("%d runs of %d, want %d", runs, chunk, want)
			}
			if got := figures(sm.Result()); got != whole {
				t.Errorf("chunks of %d differ from the whole run:\n%s\nwant\n%s", chunk, got, whole)
			}
		})
	}
	if other := figures(simulate(t, m, rangedQuery, 300, 8)); other == whole {
		t.Errorf("seeds 7 and 8 gave the same figures")
	}
}

// A small simulation's figures as a golden file: a change to the generator,
// the triangular draw, the quantile rule or the mean shows up as a diff.
func TestSimulationGolden(t *testing.T) {
	m := fixture.Model(t)
	got := figures(simulate(t, m, rangedQuery, 200, 42))
	path := filepath.Join("testdata", "simulation.golden")
	if want := golden.Read(t, path, []byte(got), *update, "go test ./calc -run TestSimulationGolden -update"); got != want {
		t.Errorf("the simulation differs from %s:\n%s", path, got)
	}
}

// Every figure of a sample is Period.Outputs' of the scenario at the drawn
// levers: the sampler's shortcuts (mines evaluated once, lean price steps,
// no names) change nothing. One sample per seed, every kind of lever ranged.
func TestSampleIsTheScenarioAtItsDraw(t *testing.T) {
	m := fixture.Model(t)
	q := rangedQuery + "&range.greens-creek.grade=10:20&range.la-camorra.recovery=80:95&range.gold=600:700" +
		"&range.opex=5000000:9000000&range.lucky-friday.mining=40:60&range.lead=0.5:1" + yearRanges
	s := scenario(t, m, q)
	p := m.Default()
	for seed := range uint64(12) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			sim, err := m.Simulate(s, 1, seed)
			if err != nil {
				t.Fatal(err)
			}
			first := calc.FirstSample(p, s, seed)
			t.Logf("first sample: %s", m.Encode(first))
			r := p.Evaluate(first)
			outs := p.Outputs(first, r)
			if len(outs) != len(sim.Outputs) {
				t.Fatalf("%d outputs, Outputs has %d", len(sim.Outputs), len(outs))
			}
			for i, o := range outs {
				got := sim.Outputs[i]
				for _, q := range []decimal.NullDecimal{got.P10, got.P50, got.P90, got.Mean} {
					if got.Name != o.Name || q.Valid != o.Value.Valid || (q.Valid && !q.Decimal.Equal(o.Value.Decimal)) {
						t.Errorf("%s: %v, Outputs has %s %v", got.Name, q, o.Name, o.Value)
					}
				}
			}
			for i, v := range p.Views(first, r).Guidance {
				want := map[bool]string{true: "1", false: "0"}[v.Met]
				if got := sim.Guidance[i].Probability.String(); got != want {
					t.Errorf("%s: probability %s, the verdict says met=%v", v.Output, got, v.Met)
				}
			}
		})
	}
}

// Without ranges every sample is the scenario: each quantile is its own
// output, null where the output is, and each estimate is met by all
// samples or none, as its verdict says.
func TestSimulationWithoutRanges(t *testing.T) {
	m := fixture.Model(t)
	for _, q := range []string{"silver=20", "period=2006q1&lucky-friday.tons=0"} {
		t.Run(q, func(t *testing.T) {
			sim := simulate(t, m, q, 50, 3)
			s := scenario(t, m, q)
			r, _ := m.Evaluate(s)
			p, _ := m.Period(r.Period)
			nulls := 0
			for i, o := range p.Outputs(s, r) {
				got := sim.Outputs[i]
				for _, v := range []decimal.NullDecimal{got.P10, got.P50, got.P90, got.Mean} {
					if v.Valid != o.Value.Valid || (v.Valid && !v.Decimal.Equal(o.Value.Decimal)) {
						t.Errorf("%s: %v, the scenario's %v", o.Name, v, o.Value)
					}
				}
				if !o.Value.Valid {
					nulls++
				}
			}
			t.Logf("%d outputs, %d null", len(sim.Outputs), nulls)
			for i, v := range p.Views(s, r).Guidance {
				g := sim.Guidance[i]
				if want := map[bool]int{true: 50, false: 0}[v.Met]; g.Met != want || !g.Probability.Equal(decimal.NewFromInt(int64(want/50))) {
					t.Errorf("%s: met by %d (probability %s), the verdict says %v", g.Output, g.Met, g.Probability, v.Met)
				}
			}
		})
	}
}

// P10 ≤ P50 ≤ P90 for every output (the mean is not held to them: a
// skewed figure's mean may lie outside [P10, P90]).
func TestQuantilesAreOrdered(t *testing.T) {
	m := fixture.Model(t)
	sim := simulate(t, m, rangedQuery+"&range.greens-creek.grade=10:20", 400, 11)
	spread := 0
	for _, o := range sim.Outputs {
		if !o.P50.Valid {
			continue
		}
		if o.P10.Decimal.GreaterThan(o.P50.Decimal) || o.P50.Decimal.GreaterThan(o.P90.Decimal) {
			t.Errorf("%s: P10 %s, P50 %s, P90 %s", o.Name, o.P10.Decimal, o.P50.Decimal, o.P90.Decimal)
		}
		if o.P10.Decimal.LessThan(o.P90.Decimal) {
			spread++
		}
	}
	if spread < 40 {
		t.Errorf("only %d outputs spread at all: the ranges hardly moved anything", spread)
	}
}

// Bad sample counts are refused with an error on "samples" that says the
// rule; 1 and MaxSamples are allowed.
func TestSimulateRefusesBadSamples(t *testing.T) {
	m := fixture.Model(t)
	s := scenario(t, m, rangedQuery)
	for _, n := range []int{0, -1, calc.MaxSamples + 1, 1 << 40} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			_, err := m.Simulate(s, n, 1)
			var ferr *calc.FieldError
			t.Logf("Simulate(%d samples) = %v", n, err)
			if !errors.As(err, &ferr) || ferr.Field != "samples" || ferr.Code != calc.OutOfRange ||
				!strings.Contains(ferr.Message, fmt.Sprint(n)) || !strings.Contains(ferr.Message, "from 1 to 100000") {
				t.Errorf("got %v, want an out-of-range error on samples naming %d and the rule", err, n)
			}
		})
	}
	for _, n := range []int{1, calc.MaxSamples} {
		if _, err := m.NewSampler(s, n, 1); err != nil {
			t.Errorf("NewSampler(%d samples): %v", n, err)
		}
	}
}
