package data

import (
	"errors"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

func loaded(t *testing.T) *Release {
	t.Helper()
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func wantDollars(t *testing.T, what string, got decimal.Decimal, want int64) {
	t.Helper()
	if !got.Equal(decimal.NewFromInt(want)) {
		t.Errorf("%s = %s, want %d", what, got, want)
	}
}

// MODEL.md's printed inputs, in dollars, outflows positive.
func TestCashFlow(t *testing.T) {
	r := loaded(t)
	want := map[calc.PeriodID][6]int64{
		calc.Q1of2007: {16_365_000, 7_875_000, 4_063_000, 951_000, 21_379_000, 138_000},
		calc.Q1of2006: {-303_000, 7_885_000, 3_388_000, 1_494_000, 4_579_000, 138_000},
	}
	for id, w := range want {
		cf, err := r.CashFlow(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			got  decimal.Decimal
			want int64
		}{
			{"operating", cf.Operating, w[0]}, {"capital additions", cf.CapitalAdditions, w[1]},
			{"exploration", cf.Exploration, w[2]}, {"pre-development", cf.PreDevelopment, w[3]},
			{"before exploration", cf.OperatingBeforeExploration, w[4]}, {"preferred dividends", cf.PreferredDividends, w[5]},
		} {
			wantDollars(t, string(id)+" "+c.name, c.got, c.want)
		}
		// The non-GAAP figure is its reconciliation's sum, in both quarters.
		sum := cf.Operating.Add(cf.Exploration).Add(cf.PreDevelopment)
		wantDollars(t, string(id)+" operating + exploration + pre-development", sum, w[4])
	}
	var fe *FieldError
	if _, err := r.CashFlow("2005q1"); !errors.As(err, &fe) || fe.Field != "tables[cash-flows].columns" {
		t.Errorf("CashFlow(2005q1): %v, want a FieldError at tables[cash-flows].columns", err)
	}
}

func TestCashAndInvestmentsAndShares(t *testing.T) {
	r := loaded(t)
	l, err := r.CashAndInvestments()
	if err != nil {
		t.Fatal(err)
	}
	wantDollars(t, "cash", l.Cash, 85_534_000)
	wantDollars(t, "short-term investments", l.ShortTermInvestments, 25_805_000)
	wantDollars(t, "cash and short-term investments", l.Total(), 111_339_000)
	n, err := r.SharesOutstanding()
	if err != nil {
		t.Fatal(err)
	}
	wantDollars(t, "shares outstanding", n, 120_195_000)
}

func TestCapitalAdditions(t *testing.T) {
	r := loaded(t)
	want := map[calc.PeriodID]map[calc.Mine]int64{
		calc.Q1of2007: {calc.LuckyFriday: 2_936_000, calc.GreensCreek: 1_911_000, calc.LaCamorra: 2_862_000},
		calc.Q1of2006: {calc.LuckyFriday: 2_101_000, calc.GreensCreek: 1_987_000, calc.LaCamorra: 3_705_000},
	}
	for id, mines := range want {
		for m, w := range mines {
			got, err := r.CapitalAdditions(id, m)
			if err != nil {
				t.Fatal(err)
			}
			wantDollars(t, string(id)+" "+m.Slug(), got, w)
		}
	}
	r.mines = r.mines[:1]
	var fe *FieldError
	if _, err := r.CapitalAdditions(calc.Q1of2007, calc.LaCamorra); !errors.As(err, &fe) || fe.Field != "mines[la-camorra]" {
		t.Errorf("an undescribed mine: %v, want a FieldError at mines[la-camorra]", err)
	}
}

// The year's plans come in dollars with the sentence that states them.
func TestOutlook(t *testing.T) {
	r := loaded(t)
	o, err := r.Outlook()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		got   Stated
		want  int64
		words string
	}{
		{"exploration", o.Exploration, 22_000_000, "upwards of $22 million this year"},
		{"Hollister gain", o.HollisterGain, 63_000_000, "in the second quarter of 2007 of approximately $63 million"},
		{"Hollister cash", o.HollisterCash, 45_000_000, "approximately $45 million from the sale of the Hollister Development Block in April"},
	} {
		wantDollars(t, c.name, c.got.Value, c.want)
		if !strings.Contains(c.got.Sentence, c.words) {
			t.Errorf("%s: sentence %q does not say %q", c.name, c.got.Sentence, c.words)
		}
	}
	f, _ := r.Fact("outlook-hollister-gain")
	f.Unit = USDThousands
	var fe *FieldError
	if _, err := r.Outlook(); !errors.As(err, &fe) || fe.Field != "facts[outlook-hollister-gain]" {
		t.Errorf("a gain in thousands: %v, want a FieldError at facts[outlook-hollister-gain]", err)
	}
}
