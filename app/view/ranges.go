package view

import (
	"strconv"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Ranges is "How likely?": the scenario's ranged levers drawn from their
// ranges, and the spread of the key figures and the chance of meeting
// each guidance estimate that follows.
type Ranges struct {
	Ranged        []string // each ranged lever in words: low, most likely, high
	Drawn, Of     int      // samples drawn so far, of how many
	Seed          uint64
	Rows          []RangeRow
	Guidance      []RangeChance
	Done, Nothing bool // Nothing: no lever carries a range
}

// RangeRow is one figure's spread.
type RangeRow struct{ Metric, Label, P10, P50, P90, Mean string }

// RangeChance is the chance of meeting one estimate.
type RangeChance struct{ Output, Subject, Estimate, Probability string }

// rangeSpecs are the figures whose spread the panel shows in period p: the
// company's and each segment's key figures, then, where the period runs
// the year (the first quarter of 2007), the year's EPS and cash at its end
// (rangeYearOutputs); the estimates' chances follow them.
func rangeSpecs(p *calc.Period) []Spec {
	var scopes []scopeSpecsOf
	for _, seg := range calc.Segments() {
		scopes = append(scopes, scopeSpecsOf{seg.Name(), segmentSpecs(seg)})
	}
	specs := keyFigures(scopes)
	if p.Reported.Year != nil {
		for _, m := range rangeYearOutputs {
			specs = append(specs, outlookSpec(m))
		}
	}
	return specs
}

// rangeYearOutputs are the year's figures whose spread the panel shows: a
// sample runs the three later quarters for them, which the estimates'
// production alone does not need, so two, what a note values the year by.
var rangeYearOutputs = []string{"fy2007.company.eps", "fy2007.company.cash"}

// RangeOutputs are the outputs the panel shows the spread of in period p,
// rangeSpecs' metrics: all a simulation for the panel need draw
// (calc.NewSamplerOf), with the estimates' chances, which every simulation
// gives.
func RangeOutputs(p *calc.Period) []string {
	var names []string
	for _, s := range rangeSpecs(p) {
		names = append(names, s.Metric)
	}
	return names
}

// RangedWords are the ranged levers of s in words.
func RangedWords(p *calc.Period, s calc.Scenario) []string {
	var out []string
	for _, l := range s.Ranged() {
		low, high, _ := s.Range(l)
		out = append(out, l.Describe()+": "+FormatLever(l, low)+" to "+FormatLever(l, high)+", most likely "+FormatLever(l, s.Value(p, l)))
	}
	return out
}

// NewRanges lays out a simulation of s, drawn of samples so far; sim is
// nil until every sample is drawn.
func NewRanges(p *calc.Period, s calc.Scenario, drawn, samples int, seed uint64, sim *calc.Simulation) *Ranges {
	r := &Ranges{Ranged: RangedWords(p, s), Drawn: drawn, Of: samples, Seed: seed, Nothing: len(s.Ranged()) == 0}
	if sim == nil {
		return r
	}
	r.Done = true
	byName := map[string]calc.Quantiles{}
	for _, o := range sim.Outputs {
		byName[o.Name] = o.Quantiles
	}
	for _, spec := range rangeSpecs(p) {
		q := byName[spec.Metric]
		f := func(d decimal.NullDecimal) string {
			if !d.Valid {
				return NotAvailable
			}
			return spec.format(d.Decimal)
		}
		r.Rows = append(r.Rows, RangeRow{Metric: spec.Metric, Label: spec.Label, P10: f(q.P10), P50: f(q.P50), P90: f(q.P90), Mean: f(q.Mean)})
	}
	for _, g := range sim.Guidance {
		spec := yearSpec(g.Output)
		r.Guidance = append(r.Guidance, RangeChance{Output: g.Output, Subject: spec.Label,
			Estimate:    comparisonWords(g.Comparison) + spec.format(g.Figure),
			Probability: Number(g.Probability.Shift(2), 1) + "%"})
	}
	return r
}

// SamplesText is a count of samples in words: "2,000 samples".
func SamplesText(n int) string {
	return Number(decimal.NewFromInt(int64(n)), 0) + " samples"
}

// SeedText is a seed as the page says it.
func SeedText(seed uint64) string { return strconv.FormatUint(seed, 10) }
