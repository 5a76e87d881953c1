package calc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// The year's EPS of $0.75 ($0.70 at the release's levers) by the third
// quarter's silver price alone, which follows the quarter's $13.31 until
// set: $17.9993, and the scenario with that price set has the year's EPS at
// $0.75 within the seek's precision; SolveAll's row for the lever is the
// same answer. $0.20 is out of reach: at no silver price in the third
// quarter does the year earn so little.
func TestSolveTheYearsEPSByALaterQuartersPrice(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	q3 := lever(t, "q3.silver")
	sol, err := m.Solve(calc.Scenario{}, q3, "fy2007.company.eps", dec("0.75"))
	if err != nil {
		t.Fatal(err)
	}
	if sol.Status != calc.Solved || sol.Value.Decimal.Round(4).String() != "17.9993" {
		t.Fatalf("Q3 silver: %s %s, want solved at 17.9993", sol.Status, fig(sol.Value))
	}
	got := outputAt(t, p, calc.Scenario{}, q3, sol.Value.Decimal, "fy2007.company.eps")
	if !got.Valid || got.Decimal.Sub(dec("0.75")).Abs().GreaterThan(dec("1e-9")) {
		t.Errorf("the year's EPS at Q3 silver %s: %s, want 0.75", sol.Value.Decimal, fig(got))
	}
	all, err := m.SolveAll(calc.Scenario{}, "fy2007.company.eps", dec("0.75"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range all {
		if a.Lever == q3 {
			found = a.Status == sol.Status && sameFigure(a.Value, sol.Value) && sameFigure(a.Achieved, sol.Achieved)
		}
	}
	if !found {
		t.Errorf("SolveAll's Q3 silver is not Solve's %s", fig(sol.Value))
	}
	low, err := m.Solve(calc.Scenario{}, q3, "fy2007.company.eps", dec("0.20"))
	if err != nil || low.Status != calc.Unreachable || low.Closest.Decimal.String() != "0" {
		t.Errorf("$0.20: %v %s closest %s, want out of reach, closest at $0", err, low.Status, fig(low.Closest))
	}
}

// A lever of the outlook is no lever of the first quarter of 2006: a seek
// by it there is refused, naming it, as a grid on it is.
func TestSolveRefusesALeverOutOfItsPeriod(t *testing.T) {
	m := fixture.Model(t)
	s := scenario(t, m, "period=2006q1")
	_, err := m.Solve(s, lever(t, "q3.silver"), "company.eps", dec("0.2"))
	var fe *calc.FieldError
	if !errors.As(err, &fe) || fe.Code != calc.OutOfPeriod || fe.Field != "lever" ||
		!strings.HasPrefix(fe.Message, "lever: q3.silver belongs to 2007q1's outlook") {
		t.Errorf("Solve by q3.silver in 2006q1: %v, want refused out of its period", err)
	}
	if sol, err := m.Solve(s, lever(t, "tax-rate"), "company.eps", dec("0.2")); err != nil || sol.Status != calc.Solved {
		t.Errorf("the tax rate, a lever of both quarters: %v %s", err, sol.Status)
	}
}
