package view

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

func TestAnalysisView(t *testing.T) {
	sc := newScenario(t, "silver=20&lucky-friday.tons=90000&opex=9000000")
	var firstMine calc.Mine // the panel's mine until one is chosen
	a := NewAnalysis(sc.rel, sc.model, sc.period, sc.s, sc.period.Evaluate(sc.s), "", firstMine)
	if a.Output != "company.gross-profit" || len(a.Tornado) == 0 || len(a.Tornado) > 10 {
		t.Fatalf("tornado for %s: %d rows", a.Output, len(a.Tornado))
	}
	if a.Tornado[0].Label != "Silver price" {
		t.Errorf("the largest lever of gross profit is %q, want the silver price", a.Tornado[0].Label)
	}
	if len(a.Curve) != 2 || len(a.Curve[0].Points) != curvePoints {
		t.Errorf("price curve: %d series", len(a.Curve))
	}
	sum := a.BridgeGP.Start.Amount
	for _, s := range a.BridgeGP.Steps {
		sum = sum.Add(s.Amount)
	}
	// Silver and Lucky Friday's tons; other expenses cannot move gross
	// profit, so they have no step.
	if !sum.Equal(a.BridgeGP.End.Amount) || len(a.BridgeGP.Steps) != 2 {
		t.Errorf("gross-profit bridge: %d steps, start + steps = %s, end %s", len(a.BridgeGP.Steps), sum, a.BridgeGP.End.Amount)
	}
	var kinds []string
	for _, m := range a.Markers {
		kinds = append(kinds, m.Kind)
	}
	if strings.Join(kinds, ",") != "baseline,scenario,break-even" {
		t.Errorf("markers %v", kinds)
	}
	// The waterfall adds up to total production cost.
	w := a.WaterStart.Amount
	for _, s := range a.WaterSteps {
		if s.Subtotal {
			if !w.Equal(s.Amount) {
				t.Errorf("%s: running total %s, subtotal %s", s.Label, w, s.Amount)
			}
			continue
		}
		w = w.Add(s.Amount)
	}
	if !w.Equal(a.WaterEnd.Amount) {
		t.Errorf("waterfall ends at %s, total production cost %s", w, a.WaterEnd.Amount)
	}
}

// Each chart's words name what it plots: the tornado its scope, whichever
// mine the other charts show; the bridge from Q1 2006 to Q1 2007 its
// levels, from the first quarter's to the second's, with a note on the
// step no lever names.
func TestChartWordsSayWhatTheyPlot(t *testing.T) {
	for metric, want := range map[string]string{
		"company.gross-profit":              "Sensitivity of the company's gross profit when each lever moves 10% down and up",
		"lucky-friday.gross-profit":         "Sensitivity of Lucky Friday's gross profit when each lever moves 10% down and up",
		"la-camorra.total-cash-cost-per-oz": "Sensitivity of La Camorra's total cash cost per oz when each lever moves 10% down and up",
	} {
		if got := TornadoTitle(metric); got != want {
			t.Errorf("the tornado of %s is titled %q, want %q", metric, got, want)
		}
	}
	for metric, want := range map[string]string{
		"company.gross-profit":                "Gross profit ($ thousands)",
		"company.net-income":                  "Net income ($ thousands)",
		"lucky-friday.total-cash-cost-per-oz": "Total cash cost ($ per oz)",
		"silver.total-cash-cost-per-oz":       "Total cash cost ($ per oz)",
	} {
		if got := QuartersAxis(metric); got != want {
			t.Errorf("the quarters' bridge of %s has the axis %q, want %q", metric, got, want)
		}
	}
	b, ok := QuartersBridge(newScenario(t, "").model, "lucky-friday.total-cash-cost-per-oz")
	if !ok || b.Start.Text != "$5.31" || b.End.Text != "$1.77" || b.Start.Amount.StringFixed(2) != "5.31" {
		t.Fatalf("Lucky Friday's bridge runs from %s to %s, want the levels $5.31 to $1.77", b.Start.Text, b.End.Text)
	}
	if len(b.Steps) == 0 || b.Steps[0].Label != "Site changes" || b.Note != SiteChangesNote {
		t.Errorf("the bridge's first step %+v and note %q, want Site changes and its note", b.Steps, b.Note)
	}
}
