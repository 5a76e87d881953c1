package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// permutations lists every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// bruteShapley averages each group's marginal contribution over every order
// of moving the groups from their levers in from to those in to (one
// period's scenarios), evaluating each mix once through the public API.
func bruteShapley(t *testing.T, m *calc.Model, from, to calc.Scenario, groups []calc.LeverGroup, output string) map[string]decimal.Decimal {
	t.Helper()
	p, _ := m.Period(to.PeriodOr(calc.DefaultPeriod))
	values := map[int]decimal.Decimal{}
	value := func(applied int) decimal.Decimal {
		if v, ok := values[applied]; ok {
			return v
		}
		mix := from
		for i, g := range groups {
			if applied&(1<<i) != 0 {
				for _, l := range g.Levers {
					if err := mix.Set(p, l, to.Value(p, l)); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		r, err := m.Evaluate(mix)
		if err != nil {
			t.Fatal(err)
		}
		values[applied] = metric(t, r, output)
		return values[applied]
	}
	sums := map[string]decimal.Decimal{}
	perms := permutations(len(groups))
	for _, order := range perms {
		applied := 0
		prev := value(applied)
		for _, i := range order {
			applied |= 1 << i
			cur := value(applied)
			sums[groups[i].Key] = sums[groups[i].Key].Add(cur.Sub(prev))
			prev = cur
		}
	}
	for k, v := range sums {
		sums[k] = v.DivRound(decimal.NewFromInt(int64(len(perms))), 20)
	}
	return sums
}

func TestAttributionIsShapley(t *testing.T) {
	m := fixture.Model(t)
	for _, c := range []struct{ query, output string }{
		{"silver=20&lucky-friday.tons=90000&la-camorra.grade=0.6&opex=9000000", "company.gross-profit"},
		{"silver=20&lucky-friday.grade=12&lucky-friday.mining=55&zinc=2", "lucky-friday.total-cash-cost-per-oz"},
		{"period=2006q1&gold=700&greens-creek.tons=60000&greens-creek.recovery=80", "company.gross-profit"},
	} {
		t.Run(c.query, func(t *testing.T) {
			s := scenario(t, m, c.query)
			a, err := m.Attribute(s, c.output)
			if err != nil {
				t.Fatal(err)
			}
			sum := decimal.Zero
			var groups []calc.LeverGroup
			for _, pt := range a.Parts {
				sum = sum.Add(pt.Amount)
				groups = append(groups, pt.Group)
			}
			if total := a.Scenario.Sub(a.Baseline); !sum.Equal(total) {
				t.Errorf("parts add up to %s, the change is %s", sum, total)
			}
			want := bruteShapley(t, m, calc.Scenario{Period: s.Period}, s, groups, c.output)
			for _, pt := range a.Parts {
				if d := pt.Amount.Sub(want[pt.Group.Key]).Abs(); d.GreaterThan(dec("1e-11")) {
					t.Errorf("%s: %s, brute-force Shapley %s", pt.Group.Key, pt.Amount, want[pt.Group.Key])
				}
			}
			for _, pt := range a.Parts {
				if pt.Group.Key == "opex" && c.output == "company.gross-profit" && !pt.Amount.IsZero() {
					t.Errorf("opex moves gross profit by %s: it is below gross profit", pt.Amount)
				}
			}
		})
	}
}

// With more than ten changed groups, each mine's merge into one.
func TestAttributionMergesPerMine(t *testing.T) {
	m := fixture.Model(t)
	q := "silver=20&gold=700&lead=1&zinc=2&opex=1&lucky-friday.tons=1&lucky-friday.grade=1&lucky-friday.mining=1&lucky-friday.recovery=50" +
		"&greens-creek.tons=1&greens-creek.grade=1&la-camorra.tons=1&la-camorra.milling=1"
	a, err := m.Attribute(scenario(t, m, q), "company.net-income")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	sum := decimal.Zero
	for _, pt := range a.Parts {
		keys[pt.Group.Key] = true
		sum = sum.Add(pt.Amount)
	}
	for _, k := range []string{"silver-price", "gold-price", "lead-price", "zinc-price", "opex", "lucky-friday", "greens-creek", "la-camorra"} {
		if !keys[k] {
			t.Errorf("no part for %s: %v", k, keys)
		}
	}
	if len(a.Parts) != 8 || !sum.Equal(a.Scenario.Sub(a.Baseline)) {
		t.Errorf("%d parts adding to %s, change %s", len(a.Parts), sum, a.Scenario.Sub(a.Baseline))
	}
}

// Attribution's groups carry the names the bridge's parts do (docs/model.md):
// a price is "<metal>-price", mining and milling together "<mine>.unit-costs".
func TestAttributionGroupNames(t *testing.T) {
	m := fixture.Model(t)
	s := scenario(t, m, "silver=20&zinc=2&lucky-friday.grade=12&lucky-friday.mining=55&lucky-friday.milling=30")
	a, err := m.Attribute(s, "lucky-friday.total-cash-cost-per-oz")
	if err != nil {
		t.Fatal(err)
	}
	levers := map[string]int{}
	for _, pt := range a.Parts {
		levers[pt.Group.Key] = len(pt.Group.Levers)
	}
	want := map[string]int{"silver-price": 1, "zinc-price": 1, "lucky-friday.grade": 1, "lucky-friday.unit-costs": 2}
	if len(levers) != len(want) {
		t.Errorf("groups %v, want %v", levers, want)
	}
	for k, n := range want {
		if levers[k] != n {
			t.Errorf("group %s has %d levers, want %d (groups %v)", k, levers[k], n, levers)
		}
	}
}

func TestCoProductAllocatesThePool(t *testing.T) {
	m := fixture.Model(t)
	for _, q := range []string{"", "silver=20&zinc=2", "period=2006q1&greens-creek.tons=60000"} {
		s := scenario(t, m, q)
		r, _ := m.Evaluate(s)
		for _, mine := range calc.SilverSegment.Mines() {
			cp, ok, err := m.CoProduct(s, mine)
			if err != nil || !ok {
				t.Fatalf("%s: ok %v err %v", mine.Slug(), ok, err)
			}
			mr := r.Mines[mine]
			pool := mr.MiningMilling.Add(mr.FixedSite).Add(mr.Treatment).Add(mr.Royalties)
			if cp.Pool.Sub(pool).Abs().GreaterThan(dec("1e-12")) {
				t.Errorf("%s %q: pool %s, T(mining+milling)+O+TF+royalties %s", mine.Slug(), q, cp.Pool, pool)
			}
			sum, value := decimal.Zero, decimal.Zero
			for _, sh := range cp.Shares {
				sum = sum.Add(sh.Allocation)
				value = value.Add(sh.Value)
			}
			if !sum.Equal(cp.Pool) {
				t.Errorf("%s %q: allocations add up to %s, pool %s", mine.Slug(), q, sum, cp.Pool)
			}
			primary := cp.Shares[0]
			share := primary.Allocation.DivRound(cp.Pool, 16)
			if d := share.Sub(primary.Value.DivRound(value, 16)); d.Abs().GreaterThan(dec("1e-14")) {
				t.Errorf("%s: silver's share of the pool %s is not its share of value", mine.Slug(), share)
			}
			if !primary.PerUnit.Valid || !primary.PerUnit.Decimal.Sub(primary.Allocation.DivRound(mr.CostBasisOz, 12)).Abs().LessThan(dec("1e-11")) {
				t.Errorf("%s: silver co-product cost %v", mine.Slug(), primary.PerUnit)
			}
		}
		if _, ok, _ := m.CoProduct(s, calc.LaCamorra); ok {
			t.Error("La Camorra has a co-product split")
		}
	}
}

// AISC per mine: (TotalCash + capital additions + reclamation + G&A by NSR
// share) / D, from the release's own lines.
func TestAISCEstimate(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	a, err := m.AISC(calc.Scenario{})
	if err != nil {
		t.Fatal(err)
	}
	rel := fixture.Release(t)
	ga, _ := rel.Figure("operations", "general-and-administrative", "2007q1")
	capex := map[calc.Mine]string{calc.LuckyFriday: "production-lucky-friday", calc.GreensCreek: "production-greens-creek", calc.LaCamorra: "production-la-camorra"}
	// NSR at baseline: sales divided by the segment's realization.
	var nsr [3]decimal.Decimal
	total := decimal.Zero
	for _, mine := range calc.Mines() {
		var sigma decimal.Decimal
		for _, c := range p.Constants() {
			if c.Scope == mine.Segment().Slug() && c.Symbol == "σ" {
				sigma = c.Value
			}
		}
		nsr[mine] = p.Baseline.Mines[mine].Sales.DivRound(sigma, 20)
		total = total.Add(nsr[mine])
	}
	for _, mine := range calc.Mines() {
		mr := p.Baseline.Mines[mine]
		cap, _ := rel.Figure(capex[mine], "capital-additions", "2007q1")
		num := mr.TotalCash.Add(cap.Value.Shift(3)).Add(mr.Reclamation).Add(ga.Value.Shift(3).Mul(nsr[mine]).DivRound(total, 20))
		want := num.DivRound(mr.CostBasisOz, 12)
		if !a.Mines[mine].Valid || a.Mines[mine].Decimal.Sub(want).Abs().GreaterThan(dec("1e-6")) {
			t.Errorf("%s AISC %v, want %s", mine.Slug(), a.Mines[mine], want)
		}
		if !a.Mines[mine].Decimal.GreaterThan(mr.PerOz[calc.TotalCash].Decimal) {
			t.Errorf("%s: AISC %s not above total cash cost %s", mine.Slug(), a.Mines[mine].Decimal, mr.PerOz[calc.TotalCash].Decimal)
		}
	}
	if !a.Segments[calc.GoldSegment].Decimal.Equal(a.Mines[calc.LaCamorra].Decimal) {
		t.Errorf("gold segment AISC %v, La Camorra %v", a.Segments[calc.GoldSegment], a.Mines[calc.LaCamorra])
	}
}
