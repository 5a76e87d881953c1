package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"

	"github.com/hecla-calc/calculator/internal/fixture"
)

// benchRanges ranges two prices and a mine's tons, as an analyst unsure of
// the year's prices and of one mine's throughput might.
const benchRanges = "range.silver=11:16&range.zinc=1.2:1.8&range.lucky-friday.tons=75000:90000&silver=13.5&zinc=1.5"

// The browser's default simulation, whole. Budget: 1 s in WebAssembly
// under Node.js. One simulation runs before the timed ones: in WebAssembly
// the first, in a fresh process, also waits for V8 to optimize the code,
// and with one iteration a second the benchmark would time little else.
func BenchmarkSimulate2000(b *testing.B) {
	m := fixture.Model(b)
	s := scenario(b, m, benchRanges)
	if _, err := m.Simulate(s, 2000, 2); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Simulate(s, 2000, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// The page's simulation, whole: the browser's 2,000 samples of the figures
// it shows (pageOutputs) and every estimate's chance. Budget: 1 s in
// WebAssembly under Node.js; one simulation first, as Simulate2000's.
func BenchmarkSimulate2000Page(b *testing.B) {
	m := fixture.Model(b)
	s := scenario(b, m, benchRanges)
	run := func(seed uint64) {
		sm, err := m.NewSamplerOf(s, 2000, seed, pageOutputs)
		if err != nil {
			b.Fatal(err)
		}
		sm.Run(2000)
		sm.Result()
	}
	run(2)
	b.ReportAllocs()
	for b.Loop() {
		run(1)
	}
}

// One chunk of calc.SampleChunk samples, as the browser draws between
// yields, of the default simulation. Budget: 50 ms, the longest a
// main-thread task may take, in WebAssembly.
func BenchmarkSamplerChunk(b *testing.B) {
	m := fixture.Model(b)
	s := scenario(b, m, benchRanges)
	b.ReportAllocs()
	var sm *calc.Sampler
	for b.Loop() {
		if sm == nil {
			b.StopTimer()
			var err error
			if sm, err = m.NewSampler(s, 2000, 1); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		if sm.Run(calc.SampleChunk) {
			sm = nil
		}
	}
}

// The figures of 2,000 samples, once drawn: the browser's last task of a
// simulation. Budget: 50 ms in WebAssembly.
func BenchmarkSimulationResult(b *testing.B) {
	m := fixture.Model(b)
	sm, err := m.NewSampler(scenario(b, m, benchRanges), 2000, 1)
	if err != nil {
		b.Fatal(err)
	}
	sm.Run(2000)
	b.ReportAllocs()
	for b.Loop() {
		sm.Result()
	}
}
