package calc_test

import (
	"math/rand/v2"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// outputUnit is one unit of the last place the engine keeps in an output.
var outputUnit = dec("1e-12")

var priceSteps = map[calc.Metal]string{calc.Silver: "1", calc.Gold: "10", calc.Lead: "0.10", calc.Zinc: "0.10"}

var sensitiveOutputs = []string{"company.sales", "company.gross-profit", "company.net-income", "company.eps",
	"silver.total-cash-cost-per-oz", "gold.total-cash-cost-per-oz"}

// sensitivity.<m>.<y> is y with the price stepped up less y, from two
// evaluations. Every output is affine in each price, so the figure is the
// same from any base price, up to the engine's rounding of each output once
// to twelve places: the difference of two such outputs can be one unit of
// the twelfth place either side of the exact slope, never more.
func TestPriceSensitivitiesAreFiniteDifferences(t *testing.T) {
	m := fixture.Model(t)
	bases := map[calc.Metal][2]string{
		calc.Silver: {"13.31", "20"},
		calc.Gold:   {"650", "900"},
		calc.Lead:   {"0.81", "1.50"},
		calc.Zinc:   {"1.57", "0.40"},
	}
	for _, metal := range calc.Metals() {
		var seen [2]map[string]decimal.NullDecimal
		for i, base := range bases[metal] {
			q := metal.Slug() + "=" + base
			up := metal.Slug() + "=" + dec(base).Add(dec(priceSteps[metal])).String()
			outs, r0, r1 := outputs(t, m, q), evaluate(t, m, q), evaluate(t, m, up)
			seen[i] = map[string]decimal.NullDecimal{}
			for _, y := range sensitiveOutputs {
				name := "sensitivity." + metal.Slug() + "." + y
				got := output(t, outs, name)
				if want := metric(t, r1, y).Sub(metric(t, r0, y)); !got.Equal(want) {
					t.Errorf("%s at %s: %s, evaluations differ by %s", name, q, got, want)
				}
				seen[i][name] = decimal.NewNullDecimal(got)
			}
		}
		for name, v := range seen[0] {
			if v.Decimal.Sub(seen[1][name].Decimal).Abs().GreaterThan(outputUnit) {
				t.Errorf("%s: %s at %s, %s at %s", name, v.Decimal, bases[metal][0], seen[1][name].Decimal, bases[metal][1])
			}
		}
	}
}

// MODEL.md's worked example moves silver from $13.31 to $20.00 and company
// gross profit from $16,422,000 to $25,417,811: 6.69 steps of $1.
func TestSilverSensitivityMatchesWorkedExample(t *testing.T) {
	m := fixture.Model(t)
	per := output(t, outputs(t, m, ""), "sensitivity.silver.company.gross-profit")
	if got := per.Mul(dec("6.69")).Round(0); got.Sub(dec("8995811")).Abs().GreaterThan(dec("1")) {
		t.Errorf("6.69 × %s = %s, want 25,417,811 − 16,422,000 = 8,995,811 within the example's rounding", per, got)
	}
	// Silver does not enter the gold segment's costs.
	if v := output(t, outputs(t, m, ""), "sensitivity.silver.gold.total-cash-cost-per-oz"); !v.IsZero() {
		t.Errorf("silver moves gold's cost per ounce by %s", v)
	}
}

// Without silver production, the silver cost per ounce and so its
// sensitivities do not exist.
func TestPriceSensitivityAbsent(t *testing.T) {
	m := fixture.Model(t)
	outs := outputs(t, m, "lucky-friday.tons=0&greens-creek.grade=0")
	for _, metal := range calc.Metals() {
		name := "sensitivity." + metal.Slug() + ".silver.total-cash-cost-per-oz"
		if v, ok := outs[name]; !ok || v.Valid {
			t.Errorf("%s: listed %v, value %v; want null", name, ok, v)
		}
		output(t, outs, "sensitivity."+metal.Slug()+".gold.total-cash-cost-per-oz")
	}
}

// The views price each step from the scenario's own mines, pricing again
// only those the metal enters; that must be exactly two whole evaluations'
// difference, at any levers: random scenarios over every lever, with
// values of up to twelve places as sampling gives them.
func TestPriceStepsEqualWholeEvaluations(t *testing.T) {
	m := fixture.Model(t)
	rng := rand.New(rand.NewPCG(2007, 5))
	for i := range 40 {
		p := m.Periods()[i%len(m.Periods())]
		s := calc.Scenario{Period: p.ID}
		for _, l := range calc.Levers() {
			if rng.IntN(2) == 0 {
				f := dec("0.5").Add(decimalInt(rng.IntN(1000000)).Shift(-6))
				if l.Kind() == calc.Recovery {
					f = f.Div(dec("2"))
				}
				s.Set(p, l, p.BaselineLever(l).Mul(f).Round(12))
			}
		}
		r := p.Evaluate(s)
		v := p.Views(s, r)
		for _, k := range calc.Metals() {
			up := s
			price := calc.PriceLever(k)
			up.Set(p, price, s.Value(p, price).Add(k.PriceStep()))
			ru := p.Evaluate(up)
			for j, y := range calc.SensitivityOutputs() {
				a, _ := r.Metric(y)
				b, _ := ru.Metric(y)
				got := v.PriceSensitivity[k][j]
				if a.Valid != got.Valid || (got.Valid && !got.Decimal.Equal(b.Decimal.Sub(a.Decimal))) {
					t.Fatalf("%s: sensitivity.%s.%s = %v, whole evaluations give %v − %v", m.Encode(s), k.Slug(), y, got, b, a)
				}
			}
		}
	}
}
