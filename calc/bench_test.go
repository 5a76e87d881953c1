package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

func BenchmarkCalibrate(b *testing.B) {
	rel := fixture.Release(b)
	rep, err := rel.Reported(calc.Q1of2007)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calc.Calibrate(rep); err != nil {
			b.Fatal(err)
		}
	}
}

// One evaluation of all three mines, segments and company. Budget: 50 µs
// natively.
func BenchmarkEvaluate(b *testing.B) {
	m := fixture.Model(b)
	s := scenario(b, m, "silver=20&lucky-friday.tons=90000&la-camorra.grade=0.6")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Evaluate(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSensitivity(b *testing.B) {
	m := fixture.Model(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Sensitivity(calc.Scenario{}, "company.gross-profit"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPriceCurve(b *testing.B) {
	m := fixture.Model(b)
	outputs := []string{"lucky-friday.gross-profit", "greens-creek.gross-profit", "lucky-friday.total-cash-cost-per-oz"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.PriceCurve(calc.Scenario{}, calc.Silver, outputs, 41); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	m := fixture.Model(b)
	b.ReportAllocs()
	for b.Loop() {
		m.Decode("silver=20&lucky-friday.tons=90,000&period=2006q1&opex=1000000", nil)
	}
}
