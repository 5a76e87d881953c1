package calc_test

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// yearScenarios move the year's levers every way docs/model.md lets them:
// the release's levers; later quarters' prices of their own (two quarters
// alike); exploration, the gain, the tax rate and the shares; a year at a
// loss, where the multiples of a loss are absent.
var yearScenarios = []string{
	"",
	"q2.silver=15&q3.silver=16&q4.silver=17&q3.zinc=1.2&fy2007.exploration=30,000,000&fy2007.hollister-gain=0&share-price=9.5",
	"silver=20&q4.gold=800&tax-rate=35&shares=125,000,000&share-price=12&lucky-friday.tons=70000",
	"q2.lead=0.5&q2.zinc=1&q3.lead=0.5&q3.zinc=1&opex=12,000,000&fy2007.hollister-gain=10,000,000&share-price=9",
	"silver=4&gold=300&lead=0.2&zinc=0.2&fy2007.hollister-gain=0&fy2007.exploration=60,000,000&share-price=3",
}

// The year, its cash and its value follow docs/model.md's equations, each
// later quarter evaluated on its own as the scenario at that quarter's
// prices.
func TestYearEquations(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	b := p.Baseline
	for _, q := range yearScenarios {
		s := scenario(t, m, q)
		outs := outputs(t, m, q)
		val := func(l calc.Lever) decimal.Decimal { return s.Value(p, l) }
		taxRate, shares := val(calc.TaxRateLever()).Shift(-2), val(calc.SharesLever())
		opex := val(calc.OpexLever()).Sub(dec("4063000")).Add(val(calc.ExplorationLever()).Sub(dec("4063000")).DivRound(dec("3"), 20))
		da := zeroD
		for _, mine := range calc.Mines() {
			rm := p.Reported.Mines[mine]
			da = da.Add(rm.Depreciation.Mul(val(calc.MineLever(mine, calc.Tons))).DivRound(rm.Tons, 20)).Sub(rm.Depreciation)
		}
		ni, eps, adj := b.Company.NetIncome, b.Company.EPS, b.Company.EPS
		sales, gp := b.Company.Sales, b.Company.GrossProfit
		ocf, held := dec("16365000"), zeroD
		for quarter := 2; quarter <= 4; quarter++ {
			sq := s
			for _, k := range calc.Metals() {
				l, _ := calc.QuarterPriceLever(quarter, k)
				if err := sq.Set(p, calc.PriceLever(k), s.Value(p, l)); err != nil {
					t.Fatal(err)
				}
			}
			rq := p.Evaluate(sq)
			sales, gp = sales.Add(rq.Company.Sales), gp.Add(rq.Company.GrossProfit)
			ibt := rq.Company.GrossProfit.Sub(opex).Add(dec("1375000"))
			gain := zeroD
			if quarter == 2 {
				gain = val(calc.HollisterGainLever())
			}
			niq, adjq := ibt.Add(gain).Mul(one.Sub(taxRate)), ibt.Mul(one.Sub(taxRate))
			ni = ni.Add(niq)
			eps = eps.Add(niq.Sub(dec("138000")).DivRound(shares, 20))
			adj = adj.Add(adjq.Sub(dec("138000")).DivRound(shares, 20))
			ocfq := dec("16365000").Add(adjq.Sub(b.Company.NetIncome)).Add(da)
			ocf, held = ocf.Add(ocfq), held.Add(ocfq).Sub(dec("7875000")).Sub(dec("138000"))
		}
		fcf := ocf.Sub(dec("31500000"))
		for name, want := range map[string]decimal.Decimal{
			"fy2007.company.sales": sales, "fy2007.company.gross-profit": gp, "fy2007.company.net-income": ni,
			"fy2007.company.eps": eps, "fy2007.company.adjusted-eps": adj, "fy2007.company.operating-cash-flow": ocf,
			"fy2007.company.capital-additions": dec("31500000"), "fy2007.company.free-cash-flow": fcf,
			"fy2007.company.cash": dec("111339000").Add(held).Add(dec("45000000")),
		} {
			near(t, q+": "+name, output(t, outs, name), want)
		}
		price := val(calc.SharePriceLever())
		mc := price.Mul(dec("120195000"))
		ev := mc.Sub(dec("111339000"))
		ratio := func(n, d decimal.Decimal) decimal.NullDecimal {
			if d.Sign() <= 0 || price.IsZero() {
				return decimal.NullDecimal{}
			}
			return decimal.NewNullDecimal(n.DivRound(d, 20))
		}
		ifPriced := func(v decimal.Decimal) decimal.NullDecimal { return ratio(v, one) }
		for name, want := range map[string]decimal.NullDecimal{
			"value.market-cap": ifPriced(mc), "value.enterprise-value": ifPriced(ev),
			"value.pe": ratio(price, eps), "value.pe-adjusted": ratio(price, adj),
			"value.ev-to-operating-cash": ratio(ev, ocf), "value.fcf-yield": ratio(fcf, mc),
		} {
			got := outs[name]
			switch {
			case got.Valid != want.Valid:
				t.Errorf("%q: %s present %v, want %v", q, name, got.Valid, want.Valid)
			case got.Valid:
				// A multiple divides by the year's EPS, a sum of
				// quotients each rounded to 12 places: relative.
				if off := got.Decimal.Sub(want.Decimal).Abs(); off.GreaterThan(want.Decimal.Abs().Shift(-10)) {
					t.Errorf("%q: %s = %s, want %s", q, name, got.Decimal, want.Decimal)
				}
			}
		}
	}
}

var zeroD = decimal.Zero

// The year at the release's levers, in the words of docs/model.md: three
// later quarters with their share of $22 million of exploration, the $63
// million gain in the second, and cash that keeps what they make beyond
// capital additions and preferred dividends plus the sale's $45 million.
func TestYearAtTheRelease(t *testing.T) {
	m := fixture.Model(t)
	outs := outputs(t, m, "")
	for name, want := range map[string]string{
		"fy2007.company.capital-additions": "31500000", // 4 × 7,875,000
		"fy2007.company.sales":             "212580000",
		"fy2007.company.gross-profit":      "65688000",
	} {
		if got := output(t, outs, name); !got.Equal(dec(want)) {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
	// Each later quarter: income before taxes 16,422,000 − (8,865,000 −
	// 4,063,000 + 5,979,000) + 1,375,000 = 7,016,000, after tax at 789/8,932.
	after := dec("7016000").Sub(dec("7016000").Mul(dec("789")).DivRound(dec("8932"), 28))
	gain := dec("63000000").Sub(dec("63000000").Mul(dec("789")).DivRound(dec("8932"), 28))
	near(t, "net income", output(t, outs, "fy2007.company.net-income"), dec("8143000").Add(after.Mul(dec("3"))).Add(gain))
	eps, adj := output(t, outs, "fy2007.company.eps"), output(t, outs, "fy2007.company.adjusted-eps")
	near(t, "the gain's EPS", eps.Sub(adj), gain.DivRound(dec("119951000"), 20))
	if eps.Round(2).String() != "0.7" || adj.Round(2).String() != "0.22" {
		t.Errorf("EPS %s, adjusted %s", eps, adj)
	}
	for _, name := range []string{"value.market-cap", "value.pe", "value.fcf-yield"} {
		if v := outs[name]; v.Valid {
			t.Errorf("%s = %s without a share price", name, v.Decimal)
		}
	}
}

// A later quarter's price moves the year's figures of that quarter alone;
// left out, it follows the scenario's price, in a seek or a sample too.
func TestLaterQuarterPricesFollowTheScenario(t *testing.T) {
	m := fixture.Model(t)
	same, pinned := outputs(t, m, "silver=20"), outputs(t, m, "silver=20&q2.silver=20&q3.silver=20&q4.silver=20")
	for _, name := range []string{"fy2007.company.net-income", "fy2007.silver.total-cash-cost-per-oz", "fy2007.company.cash"} {
		if !output(t, same, name).Equal(output(t, pinned, name)) {
			t.Errorf("%s: following silver=20 %s, set to 20 %s", name, output(t, same, name), output(t, pinned, name))
		}
	}
	p := m.Default()
	sol, err := m.Solve(scenario(t, m, ""), calc.PriceLever(calc.Silver), "fy2007.company.net-income", output(t, same, "fy2007.company.net-income"))
	if err != nil || sol.Status != calc.Solved || sol.Value.Decimal.Round(6).String() != "20" {
		t.Errorf("seeking the year's net income of silver=20 by silver: %+v, %v", sol, err)
	}
	q3, _ := calc.QuarterPriceLever(3, calc.Silver)
	s := scenario(t, m, "q2.silver=20&q4.silver=20")
	sol, err = m.Solve(s, q3, "fy2007.company.net-income", output(t, same, "fy2007.company.net-income"))
	if err != nil || sol.Status != calc.Solved || sol.Value.Decimal.Round(6).String() != "20" {
		t.Errorf("seeking it by q3.silver: %+v, %v", sol, err)
	}
	if lo, _ := p.SolveRange(s, calc.ExplorationLever()); !lo.Equal(dec("4063000")) {
		t.Errorf("exploration's seek starts at %s, want the first quarter's", lo)
	}
}
