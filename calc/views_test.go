package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// outputs evaluates a query and lists every output of the contract by name.
func outputs(tb testing.TB, m *calc.Model, q string) map[string]decimal.NullDecimal {
	tb.Helper()
	s := scenario(tb, m, q)
	p, ok := m.Period(s.PeriodOr(m.Default().ID))
	if !ok {
		tb.Fatalf("%q: no period", q)
	}
	got := map[string]decimal.NullDecimal{}
	for _, o := range p.Outputs(s, p.Evaluate(s)) {
		got[o.Name] = o.Value
	}
	return got
}

// output is one output of the contract that must exist.
func output(tb testing.TB, outs map[string]decimal.NullDecimal, name string) decimal.Decimal {
	tb.Helper()
	v, ok := outs[name]
	if !ok || !v.Valid {
		tb.Fatalf("%s: absent (listed %v)", name, ok)
	}
	return v.Decimal
}

// Each mine's by-product output is the release's production table, exactly,
// in both quarters.
func TestByProductsMatchRelease(t *testing.T) {
	m := fixture.Model(t)
	rel := fixture.Release(t)
	tables := map[calc.Mine]string{calc.LuckyFriday: "production-lucky-friday", calc.GreensCreek: "production-greens-creek"}
	n := 0
	for _, p := range m.Periods() {
		outs := outputs(t, m, "period="+string(p.ID))
		for mine, table := range tables {
			for _, k := range mine.ByProducts() {
				printed, err := rel.Figure(table, k.Slug(), string(p.ID))
				if err != nil {
					t.Fatal(err)
				}
				name := mine.Slug() + "." + k.Slug() + "-produced"
				if got := output(t, outs, name); !got.Equal(printed.Value) {
					t.Errorf("%s %s: engine %s, release prints %s", p.ID, name, got, printed.Printed)
				}
				n++
			}
		}
	}
	if n != 10 {
		t.Errorf("%d by-product figures checked, want 10 (two mines, two quarters)", n)
	}
}

// B_k = b_k × T: by-products follow ore tons and nothing else.
func TestByProductsFollowTons(t *testing.T) {
	m := fixture.Model(t)
	outs := outputs(t, m, "lucky-friday.tons=169696&lucky-friday.grade=20&silver=30&zinc=3")
	for name, want := range map[string]string{
		"lucky-friday.lead-produced": "9492",
		"lucky-friday.zinc-produced": "4090",
		"greens-creek.gold-produced": "4852",
		"company.lead-produced":      "11047", // 9,492 + 1,555
		"company.zinc-produced":      "8692",  // 4,090 + 4,602
		"company.gold-produced":      "36331",
	} {
		if got := output(t, outs, name); !got.Equal(dec(want)) {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}

// Cash margin = price of the primary metal − total cash cost per ounce; it
// does not exist where the cost per ounce does not.
func TestCashMargin(t *testing.T) {
	m := fixture.Model(t)
	for _, q := range []string{"", "period=2006q1", "silver=20&gold=700&lucky-friday.tons=0", "la-camorra.grade=0&greens-creek.tons=0&lucky-friday.tons=0"} {
		s := scenario(t, m, q)
		p, _ := m.Period(s.PeriodOr(m.Default().ID))
		outs := outputs(t, m, q)
		scopes := map[string]calc.Metal{calc.SilverSegment.Slug(): calc.Silver, calc.GoldSegment.Slug(): calc.Gold}
		for _, mine := range calc.Mines() {
			scopes[mine.Slug()] = mine.Primary()
		}
		for scope, metal := range scopes {
			margin, listed := outs[scope+".cash-margin-per-oz"]
			cost := outs[scope+".total-cash-cost-per-oz"]
			switch {
			case !listed:
				t.Errorf("%q: %s.cash-margin-per-oz not an output", q, scope)
			case margin.Valid != cost.Valid:
				t.Errorf("%q %s: margin present %v, cost per ounce present %v", q, scope, margin.Valid, cost.Valid)
			case cost.Valid && !margin.Decimal.Equal(s.Value(p, calc.PriceLever(metal)).Sub(cost.Decimal)):
				t.Errorf("%q %s: margin %s, price − cost %s − %s", q, scope, margin.Decimal, s.Value(p, calc.PriceLever(metal)), cost.Decimal)
			}
		}
	}
	outs := outputs(t, m, "")
	if got := output(t, outs, "la-camorra.cash-margin-per-oz").Round(0); !got.Equal(dec("175")) {
		t.Errorf("La Camorra's margin at $650 gold and a $475 cost: %s", got)
	}
	if got := output(t, outs, "silver.cash-margin-per-oz").Round(2); !got.Equal(dec("14.43")) {
		t.Errorf("the silver segment's margin at $13.31 and $(1.12): %s", got)
	}
}

// The contract's outputs: Metrics' first, unchanged, then the investor
// views', the same names in the same order for either period.
func TestOutputNames(t *testing.T) {
	m := fixture.Model(t)
	names := calc.OutputNames()
	metrics := calc.MetricNames()
	if len(names) != len(metrics)+5+4+5+10+24+24+6 {
		t.Errorf("%d outputs, want %d metrics + 5 by-products + 4 company totals + 5 margins + 10 cash + 24 sensitivities + 24 outlook + 6 value", len(names), len(metrics))
	}
	seen := map[string]bool{}
	for i, n := range names {
		if i < len(metrics) && n != metrics[i] {
			t.Errorf("output %d is %s, metric %s", i, n, metrics[i])
		}
		if seen[n] {
			t.Errorf("%s listed twice", n)
		}
		seen[n] = true
	}
	for _, p := range m.Periods() {
		s := calc.Scenario{Period: p.ID}
		outs := p.Outputs(s, p.Evaluate(s))
		if len(outs) != len(names) {
			t.Fatalf("%s: %d outputs, %d names", p.ID, len(outs), len(names))
		}
		for i, o := range outs {
			if o.Name != names[i] {
				t.Errorf("%s: output %d is %s, want %s", p.ID, i, o.Name, names[i])
			}
		}
	}
}
