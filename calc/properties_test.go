package calc_test

import (
	"fmt"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// A higher silver price never lowers a silver mine's gross profit.
func TestSilverPriceNeverLowersSilverGrossProfit(t *testing.T) {
	m := fixture.Model(t)
	for _, p := range m.Periods() {
		for _, mine := range calc.SilverSegment.Mines() {
			prev := ""
			var last string
			for _, price := range []string{"0", "1", "5", "9.69", "13.31", "20", "50", "500"} {
				q := fmt.Sprintf("period=%s&silver=%s", p.ID, price)
				gp := metric(t, evaluate(t, m, q), mine.Slug()+".gross-profit")
				if prev != "" && gp.LessThan(dec(last)) {
					t.Errorf("%s %s: gross profit %s at silver %s is below %s at %s", p.ID, mine.Slug(), gp, price, last, prev)
				}
				prev, last = price, gp.String()
			}
		}
	}
}

// More tons at the same grade produce more metal, primary and by-product.
func TestMoreTonsMoreMetal(t *testing.T) {
	m := fixture.Model(t)
	for _, mine := range calc.Mines() {
		low := evaluate(t, m, mine.Slug()+".tons=50000")
		high := evaluate(t, m, mine.Slug()+".tons=50001")
		if !high.Mines[mine].Produced.GreaterThan(low.Mines[mine].Produced) {
			t.Errorf("%s: %s oz at 50,001 tons, not more than %s at 50,000", mine.Slug(), high.Mines[mine].Produced, low.Mines[mine].Produced)
		}
		for _, k := range mine.ByProducts() {
			if !high.Mines[mine].ByProducts[k].GreaterThan(low.Mines[mine].ByProducts[k]) {
				t.Errorf("%s %s: no more by-product at more tons", mine.Slug(), k.Slug())
			}
		}
	}
}

// Zero tons or zero grade: no metal, per-ounce figures absent (not zero, not
// infinite), dollar figures still computed, nothing panics.
func TestZeroProductionHasNoPerOunceFigures(t *testing.T) {
	m := fixture.Model(t)
	for _, mine := range calc.Mines() {
		for _, lever := range []string{"tons", "grade", "recovery"} {
			q := mine.Slug() + "." + lever + "=0"
			t.Run(q, func(t *testing.T) {
				r := evaluate(t, m, q)
				if !r.Mines[mine].Produced.IsZero() {
					t.Errorf("produced %s, want 0", r.Mines[mine].Produced)
				}
				for _, k := range calc.PerOzMeasures() {
					if v, ok := r.Metric(mine.Slug() + "." + k.Slug()); !ok || v.Valid {
						t.Errorf("%s: %v, want absent", k.Slug(), v)
					}
				}
				metric(t, r, mine.Slug()+".gross-profit")
				metric(t, r, "company.net-income")
				if mine == calc.LaCamorra {
					for _, k := range calc.PerOzMeasures() {
						if v, _ := r.Metric("gold." + k.Slug()); v.Valid {
							t.Errorf("gold segment %s: %v, want absent with no gold", k.Slug(), v)
						}
					}
				}
			})
		}
	}
}

// Calibration constants are finite (they are decimals) and inside the range
// the model's meaning gives them.
func TestConstantsInRange(t *testing.T) {
	m := fixture.Model(t)
	ranges := map[string][2]string{
		"r": {"0.5", "1"}, "φ": {"0.3", "1.2"}, "τ": {"0", "200"}, "ρ": {"0", "0.2"},
		"δ": {"0.9", "1"}, "d": {"0", "200"}, "σ": {"0.7", "1.3"}, "t": {"0", "0.5"},
	}
	for _, p := range m.Periods() {
		seen := map[string]bool{}
		for _, c := range p.Constants() {
			if c.Name == "" || c.Meaning == "" || c.Unit == "" {
				t.Errorf("%s %s.%s: name, meaning and unit are required", p.ID, c.Scope, c.Symbol)
			}
			seen[c.Symbol] = true
			rg, ok := ranges[c.Symbol]
			if !ok {
				continue
			}
			if c.Value.LessThan(dec(rg[0])) || c.Value.GreaterThan(dec(rg[1])) {
				t.Errorf("%s %s.%s = %s, outside [%s, %s]", p.ID, c.Scope, c.Symbol, c.Value, rg[0], rg[1])
			}
		}
		for _, sym := range []string{"r", "φ", "k", "τ", "O", "ρ", "δ", "d", "X", "σ", "U", "t", "b_gold", "b_lead", "b_zinc"} {
			if !seen[sym] {
				t.Errorf("%s: constant %s missing", p.ID, sym)
			}
		}
	}
}

// docs/model.md's residual X: small for the silver mines, about $56k and $72k
// for La Camorra.
func TestProductionCostResidual(t *testing.T) {
	m := fixture.Model(t)
	for _, c := range []struct {
		period calc.PeriodID
		mine   calc.Mine
		min    string
		max    string
	}{
		{calc.Q1of2007, calc.LaCamorra, "55000", "57000"},
		{calc.Q1of2006, calc.LaCamorra, "71000", "73000"},
		{calc.Q1of2007, calc.LuckyFriday, "-5000", "5000"},
		{calc.Q1of2007, calc.GreensCreek, "-5000", "5000"},
		{calc.Q1of2006, calc.LuckyFriday, "-5000", "5000"},
		{calc.Q1of2006, calc.GreensCreek, "-5000", "5000"},
	} {
		p, _ := m.Period(c.period)
		x := p.Baseline.Mines[c.mine].Residual
		if x.LessThan(dec(c.min)) || x.GreaterThan(dec(c.max)) {
			t.Errorf("%s %s: X = %s, want within [%s, %s]", c.period, c.mine.Slug(), x, c.min, c.max)
		}
	}
}

// At its break-even price a mine's gross profit is zero; Greens Creek, whose
// credits exceed its costs, is profitable at every silver price.
func TestBreakEven(t *testing.T) {
	m := fixture.Model(t)
	for _, p := range m.Periods() {
		for _, mine := range calc.Mines() {
			be := p.Baseline.Mines[mine].BreakEven
			if !be.Price.Valid {
				if mine != calc.GreensCreek || !be.Always {
					t.Errorf("%s %s: no break-even price (always=%v)", p.ID, mine.Slug(), be.Always)
				}
				continue
			}
			q := fmt.Sprintf("period=%s&%s=%s", p.ID, mine.Primary().Slug(), be.Price.Decimal.Round(12))
			gp := metric(t, evaluate(t, m, q), mine.Slug()+".gross-profit")
			if gp.Abs().GreaterThan(dec("0.001")) {
				t.Errorf("%s %s: gross profit %s at break-even price %s", p.ID, mine.Slug(), gp, be.Price.Decimal)
			}
		}
	}
}
