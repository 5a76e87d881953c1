package calc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

func decs(ss ...string) []decimal.Decimal {
	ds := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		ds[i] = dec(s)
	}
	return ds
}

func joined(ds []decimal.Decimal) string {
	ss := make([]string, len(ds))
	for i, d := range ds {
		ss[i] = d.String()
	}
	return strings.Join(ss, " ")
}

// Every cell of a grid is the output of the scenario with both levers set,
// evaluated in full as -eval does: metrics (one through by-product prices
// alone), a cost per ounce through a change of grade, a cash margin, the
// outlook and a price sensitivity.
func TestGridIsEveryCellsEvaluation(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	for _, c := range []struct {
		query, output, x, y string
		xs, ys              []decimal.Decimal // nil: DefaultAxis
	}{
		{"", "company.net-income", "silver", "zinc", nil, nil},
		{"", "company.gross-profit", "lead", "opex", nil, nil},
		{"silver=14&zinc=1.5", "lucky-friday.total-cash-cost-per-oz", "lucky-friday.grade", "silver", decs("0", "5", "10.95", "20"), nil},
		{"", "lucky-friday.cash-margin-per-oz", "lucky-friday.tons", "lead", nil, nil},
		{"la-camorra.grade=0.5&gold=700", "fy2007.gold.total-cash-cost-per-oz", "la-camorra.grade", "la-camorra.recovery", nil, nil},
		{"", "sensitivity.silver.silver.total-cash-cost-per-oz", "greens-creek.tons", "opex", nil, decs("0", "9000000")},
		// A price sensitivity is one price step from the probe's own mines
		// (priceStep): the stepped price moving, and a figure with no
		// quotient beside one with.
		{"", "sensitivity.gold.company.eps", "gold", "la-camorra.grade", nil, nil},
		{"zinc=1.2", "sensitivity.zinc.silver.total-cash-cost-per-oz", "zinc", "greens-creek.tons", nil, nil},
		{"", "sensitivity.lead.company.gross-profit", "lucky-friday.recovery", "lead", nil, nil},
		// The year's levers: a later quarter's prices, following the
		// quarter's until set; the tax rate and the year's exploration; the
		// share price on the value.
		{"", "fy2007.company.cash", "q3.silver", "q3.zinc", nil, nil},
		{"q2.gold=700", "fy2007.company.eps", "tax-rate", "fy2007.exploration", nil, nil},
		{"share-price=9", "value.pe", "share-price", "silver", nil, nil},
	} {
		t.Run(c.output, func(t *testing.T) {
			s := scenario(t, m, c.query)
			x := defaultAxis(t, p, s, c.x)
			y := defaultAxis(t, p, s, c.y)
			if c.xs != nil {
				x.Values = c.xs
			}
			if c.ys != nil {
				y.Values = c.ys
			}
			g, err := m.Grid(s, c.output, x, y)
			if err != nil {
				t.Fatal(err)
			}
			if g.Output != c.output || g.X.Lever != x.Lever || g.Y.Lever != y.Lever || len(g.Cells) != len(y.Values) {
				t.Fatalf("grid of %s by %s and %s, %d rows; want %s by %s and %s, %d rows",
					g.Output, g.X.Lever.Key(), g.Y.Lever.Key(), len(g.Cells), c.output, c.x, c.y, len(y.Values))
			}
			for i, yv := range y.Values {
				if len(g.Cells[i]) != len(x.Values) {
					t.Fatalf("row %d: %d cells, want %d", i, len(g.Cells[i]), len(x.Values))
				}
				for j, xv := range x.Values {
					s2 := s
					if err := s2.Set(p, y.Lever, yv); err != nil {
						t.Fatal(err)
					}
					want := outputAt(t, p, s2, x.Lever, xv, c.output)
					if got := g.Cells[i][j]; !sameFigure(got, want) {
						t.Errorf("%s %s = %s, %s = %s: %s, want %s", c.query, c.y, yv, c.x, xv, fig(got), fig(want))
					}
				}
			}
		})
	}
}

func TestStepsSpansBothEnds(t *testing.T) {
	for _, c := range []struct {
		from, to string
		n        int
		want     string
	}{
		{"10", "20", 5, "10 12.5 15 17.5 20"},
		{"0", "1", 4, "0 0.333333333333 0.666666666667 1"},
		{"2", "1", 3, "2 1.5 1"},
		{"13.31", "13.31", 2, "13.31 13.31"},
	} {
		t.Run(c.from+":"+c.to, func(t *testing.T) {
			got, err := calc.Steps(dec(c.from), dec(c.to), c.n)
			if err != nil || joined(got) != c.want {
				t.Errorf("Steps(%s, %s, %d) = %s, %v; want %s", c.from, c.to, c.n, joined(got), err, c.want)
			}
		})
	}
	for _, n := range []int{-1, 0, 1, 26} {
		var fe *calc.FieldError
		if _, err := calc.Steps(dec("0"), dec("1"), n); !errors.As(err, &fe) || fe.Code != calc.OutOfRange || !strings.Contains(fe.Message, "between 2 and 25") {
			t.Errorf("Steps with %d values: %v, want refused: between 2 and 25", n, err)
		}
	}
}

// Default axes: 80% to 120% of the scenario's value, rounded as the lever's
// field shows it (finer for small values), the scenario's own value as it
// is, recovery stopping at 100%, and a lever at zero spread over tenths of
// the release's figure.
func TestDefaultAxisIsAroundTheScenario(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	for _, c := range []struct{ query, lever, want string }{
		{"", "silver", "10.65 11.98 13.31 14.64 15.97"},
		{"", "gold", "520 585 650 715 780"},
		{"", "lucky-friday.tons", "67878 76363 84848 93333 101818"},
		{"", "la-camorra.grade", "0.473 0.532 0.591 0.65 0.709"},
		{"", "lucky-friday.recovery", "73.37 82.54 91.71523054495732147823623571 100"},
		{"", "opex", "7092000 7978500 8865000 9751500 10638000"},
		{"lucky-friday.grade=0.004", "lucky-friday.grade", "0.0032 0.0036 0.004 0.0044 0.0048"},
		{"lucky-friday.tons=0", "lucky-friday.tons", "0 8485 16970 25454 33939"},
		{"silver=14.555", "silver", "11.64 13.1 14.555 16.01 17.47"},
		// A later quarter's price follows the quarter's until set; the
		// tax rate stops at 100% and the year's exploration at the first
		// quarter's $4,063,000; a Hollister gain of zero spreads over
		// tenths of the release's $63 million.
		{"silver=14", "q3.silver", "11.2 12.6 14 15.4 16.8"},
		{"tax-rate=90", "tax-rate", "72 81 90 99 100"},
		{"fy2007.exploration=4500000", "fy2007.exploration", "4063000 4500000 4950000 5400000"},
		{"fy2007.hollister-gain=0", "fy2007.hollister-gain", "0 6300000 12600000 18900000 25200000"},
		{"share-price=9.5", "share-price", "7.6 8.55 9.5 10.45 11.4"},
	} {
		t.Run(c.query+"/"+c.lever, func(t *testing.T) {
			a := defaultAxis(t, p, scenario(t, m, c.query), c.lever)
			if a.Lever.Key() != c.lever || joined(a.Values) != c.want {
				t.Errorf("%s at %q: %s %s, want %s", c.lever, c.query, a.Lever.Key(), joined(a.Values), c.want)
			}
		})
	}
}

func TestGridRefusesWhatItCannotDraw(t *testing.T) {
	m := fixture.Model(t)
	silver, zinc := lever(t, "silver"), lever(t, "zinc")
	recovery := lever(t, "lucky-friday.recovery")
	ok := decs("1", "2")
	many := make([]decimal.Decimal, 26)
	for i := range many {
		many[i] = decimal.NewFromInt(int64(i))
	}
	for _, c := range []struct {
		name, output string
		x, y         calc.Axis
		field, rule  string
	}{
		{"unknown output", "company.revenue", calc.Axis{Lever: silver, Values: ok}, calc.Axis{Lever: zinc, Values: ok}, "output", "not an output"},
		{"one lever twice", "company.net-income", calc.Axis{Lever: silver, Values: ok}, calc.Axis{Lever: silver, Values: ok}, "y", "x's lever already"},
		{"a negative price", "company.net-income", calc.Axis{Lever: silver, Values: decs("-1", "2")}, calc.Axis{Lever: zinc, Values: ok}, "x", "cannot be negative"},
		{"recovery above 100", "company.net-income", calc.Axis{Lever: silver, Values: ok}, calc.Axis{Lever: recovery, Values: decs("90", "101")}, "y", "cannot be above 100%"},
		{"no values", "company.net-income", calc.Axis{Lever: silver}, calc.Axis{Lever: zinc, Values: ok}, "x", "between 1 and 25 values"},
		{"too many values", "company.net-income", calc.Axis{Lever: silver, Values: ok}, calc.Axis{Lever: zinc, Values: many}, "y", "between 1 and 25 values"},
		{"no such lever", "company.net-income", calc.Axis{Lever: calc.Lever(-1), Values: ok}, calc.Axis{Lever: zinc, Values: ok}, "x", "not a lever"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := m.Grid(calc.Scenario{}, c.output, c.x, c.y)
			var fe *calc.FieldError
			if !errors.As(err, &fe) || fe.Field != c.field || !strings.Contains(fe.Message, c.rule) {
				t.Errorf("Grid: %v, want refused on %s: %s", err, c.field, c.rule)
			}
		})
	}
}

// defaultAxis is DefaultAxis of the lever under key, which must have one.
func defaultAxis(tb testing.TB, p *calc.Period, s calc.Scenario, key string) calc.Axis {
	tb.Helper()
	a, err := calc.DefaultAxis(p, s, lever(tb, key))
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// A share price left out has no default axis: no value and no release
// figure to put one around. Refused, naming it and what to do, where a
// five-value axis of zeros would be a table of nothing.
func TestDefaultAxisRefusesALeverWithoutAValue(t *testing.T) {
	m := fixture.Model(t)
	_, err := calc.DefaultAxis(m.Default(), calc.Scenario{}, lever(t, "share-price"))
	var fe *calc.FieldError
	if !errors.As(err, &fe) || fe.Field != "share-price" || fe.Code != calc.MissingValue ||
		fe.Message != "share-price: Share price has no value to put an axis around, and the release prints none; set it, or give the axis its values" {
		t.Errorf("DefaultAxis of a share price left out: %v", err)
	}
}
