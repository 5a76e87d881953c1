package calc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// fy2007Sums are the outlook's outputs that add quarters and that the
// year's levers leave alone while the later quarters' prices are the
// scenario's: production, sales and gross profits (year_test.go has the
// rest).
var fy2007Sums = []string{"company.silver-produced", "company.gold-produced", "company.sales", "company.gross-profit",
	"lucky-friday.produced", "lucky-friday.gross-profit", "greens-creek.produced",
	"greens-creek.gross-profit", "la-camorra.produced", "la-camorra.gross-profit", "silver.gross-profit", "gold.gross-profit"}

var fy2007PerOz = []string{"lucky-friday.total-cash-cost-per-oz", "greens-creek.total-cash-cost-per-oz",
	"la-camorra.total-cash-cost-per-oz", "silver.total-cash-cost-per-oz", "gold.total-cash-cost-per-oz"}

// At baseline the year's operations are four of the reported quarter: sums
// are four times the quarter, costs per ounce the quarter's. (Its net
// income is not: exploration and the Hollister gain move it.)
func TestOutlookAtBaselineIsFourQuarters(t *testing.T) {
	m := fixture.Model(t)
	outs := outputs(t, m, "")
	for _, y := range fy2007Sums {
		if got, q := output(t, outs, "fy2007."+y), output(t, outs, y); !got.Equal(q.Mul(dec("4"))) {
			t.Errorf("fy2007.%s = %s, want 4 × %s", y, got, q)
		}
	}
	for _, y := range fy2007PerOz {
		if got, q := output(t, outs, "fy2007."+y), output(t, outs, y); !got.Equal(q) {
			t.Errorf("fy2007.%s = %s, want the quarter's %s", y, got, q)
		}
	}
	if got := output(t, outs, "fy2007.company.silver-produced"); !got.Equal(dec("6228164")) {
		t.Errorf("fy2007 silver %s, want 4 × 1,557,041", got)
	}
}

// With no later quarter's price set, the year's operations are the
// reported quarter + 3 × the scenario's; a cost per ounce is the year's
// numerator over the year's cost-basis ounces.
func TestOutlookAddsThreeScenarioQuarters(t *testing.T) {
	m := fixture.Model(t)
	const q = "silver=20&la-camorra.grade=0.7&lucky-friday.tons=70000"
	outs, r, base := outputs(t, m, q), evaluate(t, m, q), m.Default().Baseline
	for _, y := range fy2007Sums {
		want := output(t, outputs(t, m, ""), y).Add(output(t, outs, y).Mul(dec("3")))
		if got := output(t, outs, "fy2007."+y); !got.Equal(want) {
			t.Errorf("fy2007.%s = %s, want %s", y, got, want)
		}
	}
	for _, mine := range calc.Mines() {
		num := base.Mines[mine].TotalCash.Add(r.Mines[mine].TotalCash.Mul(dec("3")))
		d := base.Mines[mine].CostBasisOz.Add(r.Mines[mine].CostBasisOz.Mul(dec("3")))
		got := output(t, outs, "fy2007."+mine.Slug()+".total-cash-cost-per-oz")
		if off := got.Sub(num.Div(d)).Abs(); off.GreaterThan(dec("1e-12")) {
			t.Errorf("%s: fy2007 cost %s, Σ total cash / Σ D = %s", mine.Slug(), got, num.Div(d))
		}
	}
	if got := output(t, outs, "fy2007.gold.total-cash-cost-per-oz"); !got.Equal(output(t, outs, "fy2007.la-camorra.total-cash-cost-per-oz")) {
		t.Errorf("the gold segment is La Camorra: %s", got)
	}
}

// The outlook and the value are of 2007: from the 2006 quarter they do not
// exist, even with a tax rate and shares of its own.
func TestOutlookAbsentFor2006(t *testing.T) {
	m := fixture.Model(t)
	n := 0
	for name, v := range outputs(t, m, "period=2006q1&tax-rate=20&shares=100000000") {
		if strings.HasPrefix(name, "fy2007.") || strings.HasPrefix(name, "value.") {
			n++
			if v.Valid {
				t.Errorf("%s = %s for 2006q1, want null", name, v.Decimal)
			}
		}
	}
	if n != 24+6 {
		t.Errorf("%d fy2007 and value outputs, want 24 + 6", n)
	}
}

// verdicts is the guidance of the scenario q by outlook output.
func verdicts(t *testing.T, m *calc.Model, q string) map[string]calc.GuidanceVerdict {
	t.Helper()
	s := scenario(t, m, q)
	p, _ := m.Period(s.PeriodOr(m.Default().ID))
	got := map[string]calc.GuidanceVerdict{}
	for _, v := range p.Views(s, p.Evaluate(s)).Guidance {
		got[v.Output] = v
	}
	return got
}

// The release's guidance at baseline: every item met but gold's cost of up
// to $440, against the quarter's $475.
func TestGuidanceAtBaseline(t *testing.T) {
	m := fixture.Model(t)
	got := verdicts(t, m, "")
	want := map[string]struct {
		figure string
		cmp    calc.Comparison
		met    bool
	}{
		"fy2007.company.silver-produced":       {"6000000", calc.AtLeast, true},
		"fy2007.company.gold-produced":         {"140000", calc.AtLeast, true},
		"fy2007.lucky-friday.produced":         {"3000000", calc.AtLeast, true},
		"fy2007.greens-creek.produced":         {"2800000", calc.AtLeast, true},
		"fy2007.la-camorra.produced":           {"120000", calc.AtLeast, true},
		"fy2007.silver.total-cash-cost-per-oz": {"0.50", calc.Below, true},
		"fy2007.gold.total-cash-cost-per-oz":   {"440", calc.AtMost, false},
	}
	if len(got) != len(want) {
		t.Errorf("%d guidance items, want %d", len(got), len(want))
	}
	for out, w := range want {
		v, ok := got[out]
		switch {
		case !ok:
			t.Errorf("no guidance on %s", out)
		case !v.Figure.Equal(dec(w.figure)) || v.Comparison != w.cmp || v.Met != w.met:
			t.Errorf("%s: figure %s %v met %v, want %s %v met %v", out, v.Figure, v.Comparison, v.Met, w.figure, w.cmp, w.met)
		case !v.Outlook.Valid || !v.Distance.Valid || !v.Distance.Decimal.Equal(v.Outlook.Decimal.Sub(v.Figure)):
			t.Errorf("%s: distance %v, outlook %v − %s", out, v.Distance, v.Outlook, v.Figure)
		case v.Sentence == "":
			t.Errorf("%s: no sentence from the release", out)
		}
	}
	gold := got["fy2007.gold.total-cash-cost-per-oz"]
	if gold.Outlook.Decimal.Round(0).String() != "475" || !strings.Contains(gold.Sentence, "up to $440 per") {
		t.Errorf("gold's cost: outlook %s, sentence %q", gold.Outlook.Decimal, gold.Sentence)
	}
	if lf := got["fy2007.lucky-friday.produced"]; !lf.Distance.Decimal.Equal(dec("408452")) {
		t.Errorf("Lucky Friday: 4 × 852,113 − 3,000,000 = 408,452, got %s", lf.Distance.Decimal)
	}
}

// A scenario moves the verdicts: La Camorra's richer ore brings gold's cost
// under $440, fewer Lucky Friday tons its silver under 3 million ounces.
func TestGuidanceVerdictsMove(t *testing.T) {
	m := fixture.Model(t)
	got := verdicts(t, m, "la-camorra.grade=0.8&lucky-friday.tons=60000")
	if v := got["fy2007.gold.total-cash-cost-per-oz"]; !v.Met || v.Distance.Decimal.Sign() >= 0 {
		t.Errorf("gold's cost at 0.8 oz/ton: outlook %s, met %v", v.Outlook.Decimal, v.Met)
	}
	if v := got["fy2007.lucky-friday.produced"]; v.Met || v.Distance.Decimal.Sign() >= 0 {
		t.Errorf("Lucky Friday at 60,000 tons a quarter: outlook %s, met %v", v.Outlook.Decimal, v.Met)
	}
	// "Less than $0.50" is strict: a cost of exactly $0.50 misses it.
	if !calc.Below.Holds(dec("0.49"), dec("0.50")) || calc.Below.Holds(dec("0.50"), dec("0.50")) || !calc.AtMost.Holds(dec("440"), dec("440")) || !calc.AtLeast.Holds(dec("3000000"), dec("3000000")) {
		t.Error("comparisons: below is strict, at most and at least are not")
	}
	if len(verdicts(t, m, "period=2006q1")) != 0 {
		t.Error("guidance verdicts for 2006q1: the outlook is of 2007")
	}
}

// An estimate of a figure the outlook does not have, or of a quarter without
// an outlook, is refused when the period is calibrated.
func TestGuidanceChecked(t *testing.T) {
	rel := fixture.Release(t)
	for _, id := range []calc.PeriodID{calc.Q1of2007, calc.Q1of2006} {
		rep, err := rel.Reported(id)
		if err != nil {
			t.Fatal(err)
		}
		output := "fy2007.company.copper-produced"
		if id == calc.Q1of2006 {
			output = "fy2007.company.silver-produced"
		}
		rep.Guidance = append(rep.Guidance, calc.Guidance{Output: output, Figure: dec("1")})
		var ce *calc.CalibrationError
		if _, err := calc.Calibrate(rep); !errors.As(err, &ce) || ce.Field != "guidance "+output {
			t.Errorf("%s with an estimate of %s: %v, want a CalibrationError naming it", id, output, err)
		}
	}
}

// With no Hollister gain and the year's exploration at four times the first
// quarter's 4,063,000, the year is the old "× 4" one again, below gross
// profit too: each later quarter carries the first's exploration, so its
// net income and EPS are the quarter's.
func TestOutlookWithoutThePlansIsFourQuarters(t *testing.T) {
	m := fixture.Model(t)
	for _, q := range []string{"", "silver=20&lucky-friday.tons=70000"} {
		plain := outputs(t, m, q)
		outs := outputs(t, m, strings.TrimPrefix(q+"&fy2007.hollister-gain=0&fy2007.exploration=16252000", "&"))
		for _, y := range []string{"company.sales", "company.gross-profit", "company.net-income", "company.eps"} {
			want := output(t, outputs(t, m, ""), y).Add(output(t, plain, y).Mul(dec("3")))
			if got := output(t, outs, "fy2007."+y); got.Sub(want).Abs().GreaterThan(dec("1e-9")) {
				t.Errorf("%q: fy2007.%s = %s, want the first quarter + 3 × the scenario's, %s", q, y, got, want)
			}
		}
	}
}
