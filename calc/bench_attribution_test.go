package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/fixture"
)

// Attribution of company gross profit in a scenario that changes four lever
// groups (silver, gold, Lucky Friday's tons, Greens Creek's unit costs): 2^4
// = 16 evaluations and the Shapley weights.
func BenchmarkAttribute(b *testing.B) {
	m := fixture.Model(b)
	s := scenario(b, m, "silver=20&gold=700&lucky-friday.tons=90000&greens-creek.mining=50&greens-creek.milling=30")
	a, err := m.Attribute(s, "company.gross-profit")
	if err != nil {
		b.Fatal(err)
	}
	if len(a.Parts) != 4 {
		b.Fatalf("the scenario splits into %d lever groups, want 4", len(a.Parts))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Attribute(s, "company.gross-profit"); err != nil {
			b.Fatal(err)
		}
	}
}
