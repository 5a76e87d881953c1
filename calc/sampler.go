package calc

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

// MaxSamples is the most samples one simulation draws. Its columns take
// 16 bytes per output and sample (samplecolumn.go): at this many, some
// 170 MB, about what a browser tab can spare.
const MaxSamples = 100_000

// Quantiles are one output over a simulation's samples. P10, P50 and P90
// are nearest-rank percentiles: the p-th is the ⌈p × N / 100⌉-th smallest
// of the N samples' values (P50 of 2,000 is the 1,000th), so each is a
// figure some sample gave, never an interpolation between two. Mean is
// their sum over N, rounded half away from zero to the outputs' 12 places.
//
// All four are null when the output does not exist in any one sample (a
// cost per ounce without production, an absent break-even price): a
// figure missing from some samples has no distribution over all of them,
// and percentiles of the samples where it exists would describe another,
// smaller set of scenarios as if it were the whole.
type Quantiles struct{ P10, P50, P90, Mean decimal.NullDecimal }

// OutputRange is one output of the contract over a simulation.
type OutputRange struct {
	Name string
	Quantiles
}

// GuidanceChance is how likely the year meets one of the release's
// estimates: the share of samples whose outlook meets it, judged as the
// outlook's verdict judges it (Comparison.Holds; an outlook that does not
// exist does not meet it).
type GuidanceChance struct {
	Guidance
	Met         int             // samples whose outlook meets the estimate
	Probability decimal.Decimal // Met / Samples, to 12 places
}

// Simulation is a scenario's outputs when its ranged levers are drawn from
// their ranges.
type Simulation struct {
	Samples  int
	Seed     uint64
	Ranged   []Lever          // the levers drawn, in lever order
	Outputs  []OutputRange    // those asked for (NewSamplerOf), in OutputNames' order
	Guidance []GuidanceChance // in the period's order of estimates
}

// SampleChunk is how many samples a browser should draw (Sampler.Run)
// between yields to its page: a chunk stays well within the 50 ms a task
// may hold the main thread (BenchmarkSamplerChunk).
const SampleChunk = 40

// A Sampler draws a simulation's samples a chunk at a time, so that a
// browser can yield between chunks; NewSampler makes one.
//
// Each sample draws every ranged lever, in lever order, independently from
// its triangular distribution: low and high its range's, mode its value in
// the scenario (triangle.go), from one SplitMix64 generator (random.go)
// seeded with the seed. The same scenario, sample count and seed give the
// same figures on every machine, in whatever chunks they are drawn.
type Sampler struct {
	p         *Period
	base      levers
	ranged    []Lever
	triangles []triangle // the ranged levers' distributions
	scratch   drawScratch
	rng       splitMix64
	seed      uint64
	samples   int
	drawn     int
	// names are the outputs asked for, in OutputNames' order; keep is
	// where each is among a sample's outputs, cols its values.
	names []string
	keep  []int
	cols  []column
	needs sampleNeeds // what a sample computes for them
	// met counts, for each of the period's estimates, the samples whose
	// outlook meets it; at is where its outlook output is among the outputs.
	met, at []int
	sc      scaler
	outs    []Metric // a sample's outputs, reused from sample to sample
	// mines0 are the scenario's own mines, unrounded; a sample starts each
	// mine from them, and evaluates again only what its ranged levers enter
	// (priced: a ranged price; quantities too: one of its own levers).
	mines0             [numMines]MineResult
	priced, quantities [numMines]bool
}

// NewSampler prepares a simulation of s: samples from 1 to MaxSamples.
func (m *Model) NewSampler(s Scenario, samples int, seed uint64) (*Sampler, error) {
	return m.NewSamplerOf(s, samples, seed, nil)
}

// NewSamplerOf is NewSampler for the outputs named alone (none: every
// output), and the chance of every estimate: Simulation.Outputs holds
// those, in OutputNames' order, and each is what NewSampler's simulation
// gives it. The samples skip the work no output asked for needs (the price
// sensitivities, above all), which is what a page showing a few figures
// waits for. An output outside the contract is refused, by name.
func (m *Model) NewSamplerOf(s Scenario, samples int, seed uint64, outputs []string) (*Sampler, error) {
	if samples < 1 || samples > MaxSamples {
		return nil, &FieldError{Field: "samples", Code: OutOfRange,
			Message: fmt.Sprintf("samples: %d is not a number of samples from 1 to %d", samples, MaxSamples)}
	}
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	all := OutputNames()
	keep, err := outputIndices(all, outputs)
	if err != nil {
		return nil, err
	}
	sm := &Sampler{p: p, base: p.levers(s), ranged: s.Ranged(), rng: splitMix64{state: seed}, seed: seed,
		samples: samples, keep: keep, cols: make([]column, len(keep)), met: make([]int, len(p.Reported.Guidance))}
	for _, i := range keep {
		sm.names = append(sm.names, all[i])
	}
	judged := slices.Clone(sm.names)
	for _, g := range p.Reported.Guidance {
		sm.at = append(sm.at, slices.Index(all, g.Output)) // there: checkGuidance
		judged = append(judged, g.Output)
	}
	sm.needs = allNeeds
	if len(outputs) > 0 {
		sm.needs = needsOf(judged)
	}
	sm.mines0 = p.mineResults(&sm.base, allQuotients)
	for _, l := range sm.ranged {
		low, high, _ := s.Range(l)
		sm.triangles = append(sm.triangles, newTriangle(low, sm.base[l], high))
		for _, m := range Mines() {
			if m.leverMoves(l) {
				sm.priced[m] = true
				_, own := l.Mine()
				sm.quantities[m] = sm.quantities[m] || own
			}
		}
	}
	for i := range sm.cols {
		// Room for the browser's default simulation at once; a larger one
		// grows as it is drawn.
		sm.cols[i].small = make([]int128, 0, min(samples, 2000))
	}
	return sm, nil
}

// Run draws up to n more samples, and reports whether every sample is
// drawn.
func (sm *Sampler) Run(n int) (done bool) {
	for ; n > 0 && sm.drawn < sm.samples; n-- {
		sm.draw()
		sm.drawn++
	}
	return sm.drawn == sm.samples
}

// Progress is how many samples are drawn, of how many.
func (sm *Sampler) Progress() (drawn, samples int) { return sm.drawn, sm.samples }

// draw evaluates one sample and records the outputs asked for: the figures
// Period.Outputs gives for the scenario at the drawn levers, through the
// same equations, but with its mines evaluated once for the figures and
// the views' price steps alike, without the outputs' names, and without
// what no output asked for reads (sampleNeeds). Each
// estimate is judged as the outlook's verdict judges it: met when its
// outlook figure exists and Comparison.Holds.
func (sm *Sampler) draw() {
	p, lv := sm.p, sm.base
	for i, l := range sm.ranged {
		lv[l] = sm.triangles[i].at(sm.rng.uniform(), &sm.scratch)
	}
	ms := sm.mines0
	for _, m := range Mines() {
		if sm.quantities[m] {
			p.mineQuantities(m, &lv, &ms[m])
		}
		if sm.priced[m] {
			p.priceMine(m, &lv, p.segments[m.Segment()].realization, sm.needs.q, &ms[m])
		}
	}
	r := p.combine(&lv, &ms, sm.needs.q)
	l := metricList{list: sm.outs[:0]}
	r.metrics(&l)
	p.sampleViews(&lv, r, &ms, &sm.needs).metrics(&l)
	sm.outs = l.list
	for i, at := range sm.keep {
		sm.cols[i].add(&sm.sc, l.list[at].Value)
	}
	for j, g := range p.Reported.Guidance {
		if o := l.list[sm.at[j]].Value; o.Valid && g.Comparison.Holds(o.Decimal, g.Figure) {
			sm.met[j]++
		}
	}
}

// Result is the simulation of the samples drawn so far: the whole one once
// Run reports done; nil before any sample.
func (sm *Sampler) Result() *Simulation {
	if sm.drawn == 0 {
		return nil
	}
	sim := &Simulation{Samples: sm.drawn, Seed: sm.seed, Ranged: sm.ranged}
	for i, name := range sm.names {
		sim.Outputs = append(sim.Outputs, OutputRange{Name: name, Quantiles: sm.cols[i].quantiles(&sm.sc)})
	}
	n := decimal.NewFromInt(int64(sm.drawn))
	for j, g := range sm.p.Reported.Guidance {
		sim.Guidance = append(sim.Guidance, GuidanceChance{Guidance: g, Met: sm.met[j],
			Probability: divOut(decimal.NewFromInt(int64(sm.met[j])), n)})
	}
	return sim
}

// Simulate draws every sample of a simulation of s at once (NewSampler).
func (m *Model) Simulate(s Scenario, samples int, seed uint64) (*Simulation, error) {
	sm, err := m.NewSampler(s, samples, seed)
	if err != nil {
		return nil, err
	}
	sm.Run(samples)
	return sm.Result(), nil
}
