package calc

// FirstSample is the scenario of the first sample a simulation of s with
// seed draws: each ranged lever at its first draw, in the order and by the
// rule of Sampler.draw. Tests hold the sampler's figures to Period.Outputs
// of this scenario.
func FirstSample(p *Period, s Scenario, seed uint64) Scenario {
	g := splitMix64{state: seed}
	var scratch drawScratch
	first := s
	for _, l := range s.Ranged() {
		low, high, _ := s.Range(l)
		t := newTriangle(low, s.Value(p, l), high)
		first.Set(p, l, t.at(g.uniform(), &scratch))
	}
	return first
}
