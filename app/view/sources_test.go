package view

import (
	"slices"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Every output the release prints cites a cell of the dataset in both
// quarters, and the model's baseline is that cell to its printed precision,
// but where the validator finds the release's own rounding in it; the rest
// are the mines' sales, gross profit and break-even price, which the
// release does not print.
func TestFigureSourcesArePrintedCells(t *testing.T) {
	notPrinted := []string{calc.MetricSales, calc.MetricGrossProfit, calc.MetricBreakEven}
	for _, period := range []calc.PeriodID{calc.Q1of2007, calc.Q1of2006} {
		sc := newScenario(t, "period="+string(period))
		refs := FigureSources(sc.rel)
		printed := 0
		for _, metric := range calc.MetricNames() {
			src := sc.source(metric)
			ref, cited := refs[metric]
			if !cited {
				_, name, _ := strings.Cut(metric, ".")
				if src.printed || !slices.Contains(notPrinted, name) || strings.HasPrefix(metric, calc.CompanyScope+".") {
					t.Errorf("%s %s: no source cited", period, metric)
				}
				continue
			}
			printed++
			fig, err := sc.rel.Figure(ref.Table, ref.Row, string(period))
			if err != nil || !src.printed || src.figure != fig {
				t.Errorf("%s %s: cites %s/%s (%v), source %+v", period, metric, ref.Table, ref.Row, err, src)
				continue
			}
			base, _ := sc.period.Baseline.Metric(metric)
			v := base.Decimal
			if src.unit == data.USDThousands {
				v = v.Shift(-3)
			}
			if !v.Round(fig.Places()).Equal(fig.Value) && src.finding == "" {
				t.Errorf("%s %s: baseline %s, printed %s at %s/%s with no finding", period, metric, v, fig.Printed, ref.Table, ref.Row)
			}
		}
		// Every metric but each mine's three the release does not print.
		if want := len(calc.MetricNames()) - len(calc.Mines())*len(notPrinted); printed != want {
			t.Errorf("%s: %d outputs printed, want %d", period, printed, want)
		}
	}
}

// The cells a segment's ounces and a mine's reconciliation are found in
// are the ones whose figures are theirs: the gold segment's ounces are La
// Camorra's, not the summary's (which counts Greens Creek's gold), and La
// Camorra's cost of sales is the gold operations' reconciliation.
func TestFigureSourcesOfOneMineSegment(t *testing.T) {
	refs := FigureSources(newScenario(t, "").rel)
	for metric, want := range map[string]SourceRef{
		"gold.produced":                       {"production-la-camorra", "gold"},
		"silver.produced":                     {"production-summary", "silver"},
		"la-camorra.cost-of-sales":            {"reconciliation-gold", "gaap.cost-of-sales"},
		"greens-creek.total-cash-cost-per-oz": {"production-greens-creek", "total-cash-per-oz"},
		"gold.cash-operating-cost-per-oz":     {"production-summary", "gold.cash-operating"},
		"company.income-from-operations":      {"operations", "income-from-operations"},
	} {
		if refs[metric] != want {
			t.Errorf("%s: cites %+v, want %+v", metric, refs[metric], want)
		}
	}
}
