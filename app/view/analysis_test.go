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
