package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// scenario is the embedded release, its model, and the scenario of query
// in its period, as the page decodes a URL's query.
type scenario struct {
	rel    *data.Release
	model  *calc.Model
	period *calc.Period
	s      calc.Scenario
}

func newScenario(t *testing.T, query string) scenario {
	t.Helper()
	rel, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	m, err := rel.Model()
	if err != nil {
		t.Fatal(err)
	}
	s, notices := m.Decode(query, IsUIKey)
	if len(notices) != 0 {
		t.Fatalf("%q: %v", query, notices)
	}
	p, _ := m.Period(s.PeriodOr(m.Default().ID))
	return scenario{rel: rel, model: m, period: p, s: s}
}

// source is what the page's release cells show, for the scenario's period.
func (sc scenario) source(metric string) Source {
	return SourceOf(sc.rel, FigureSources(sc.rel), ReleaseFindings(sc.rel), metric, sc.period.ID)
}

// page is the scenario's page, its fields holding nothing typed.
func (sc scenario) page() Page {
	return NewPage(Input{Release: sc.rel, Model: sc.model, Period: sc.period, S: sc.s, Base: BaselineOutputs(sc.period), Source: sc.source, Field: noFields})
}

// noFields is a page whose fields hold nothing typed.
func noFields(calc.Lever) (text, err string) { return "", "" }
