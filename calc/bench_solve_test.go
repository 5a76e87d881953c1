package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// One goal seek: the La Camorra grade that meets the year's gold cash-cost
// guidance.
func BenchmarkSolve(b *testing.B) {
	m := fixture.Model(b)
	l, _ := calc.LeverByKey("la-camorra.grade")
	evals := 0
	b.ReportAllocs()
	for b.Loop() {
		sol, err := m.Solve(calc.Scenario{}, l, "fy2007.gold.total-cash-cost-per-oz", dec("440"))
		if err != nil {
			b.Fatal(err)
		}
		evals = sol.Evaluations
	}
	b.ReportMetric(float64(evals), "evals/op")
}

// The "What would it take?" table for the output every lever moves: net
// income of $20 million. Budget: 16.7 ms in js/wasm.
func BenchmarkSolveAll(b *testing.B) {
	m := fixture.Model(b)
	evals := 0
	b.ReportAllocs()
	for b.Loop() {
		sols, err := m.SolveAll(calc.Scenario{}, "company.net-income", dec("20000000"))
		if err != nil {
			b.Fatal(err)
		}
		evals = 0
		for _, s := range sols {
			evals += s.Evaluations
		}
	}
	b.ReportMetric(float64(evals), "evals/op")
}

// A grid of the default axes, silver by zinc, on net income. Budget:
// 16.7 ms in js/wasm.
func BenchmarkGrid5x5(b *testing.B) {
	m := fixture.Model(b)
	p := m.Default()
	x, _ := calc.DefaultAxis(p, calc.Scenario{}, calc.PriceLever(calc.Silver))
	y, _ := calc.DefaultAxis(p, calc.Scenario{}, calc.PriceLever(calc.Zinc))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Grid(calc.Scenario{}, "company.net-income", x, y); err != nil {
			b.Fatal(err)
		}
	}
}
