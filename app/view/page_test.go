package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// A mine's heading says its metal, where it is and, for Greens Creek, whose
// figures the release prints as Hecla's part of the mine, that share.
func TestMineSubtitles(t *testing.T) {
	sc := newScenario(t, "")
	v := sc.page()
	want := map[calc.Mine]string{
		calc.LuckyFriday: "Silver · Idaho",
		calc.GreensCreek: "Silver · Alaska · Hecla's 29.73% share",
		calc.LaCamorra:   "Gold · Venezuela",
	}
	if len(v.Mines) != len(want) {
		t.Fatalf("%d mines, want %d", len(v.Mines), len(want))
	}
	for _, m := range v.Mines {
		if m.Subtitle != want[m.Mine] {
			t.Errorf("%s: subtitle %q, want %q", m.Title, m.Subtitle, want[m.Mine])
		}
	}
}

// What the live region reads out names the company's figures by metric,
// whatever order the page lists them in.
func TestSummaryReadsCompanyFigures(t *testing.T) {
	sc := newScenario(t, "period=2006q1&silver=20")
	v := sc.page()
	want := "Company gross profit " + text(t, v.Company, "company.gross-profit") + " thousand, net income " +
		text(t, v.Company, "company.net-income") + " thousand, earnings per share " + text(t, v.Company, "company.eps") + "."
	if v.Summary != want {
		t.Errorf("summary %q, want %q", v.Summary, want)
	}
	base := scenario{rel: sc.rel, model: sc.model, period: sc.period, s: calc.Scenario{Period: sc.period.ID}}.page()
	if base.Summary != "Company gross profit $11,733 thousand, net income $38,394 thousand, earnings per share $0.32." {
		t.Errorf("2006q1 baseline summary %q", base.Summary)
	}
}

func text(t *testing.T, figs []Figure, metric string) string {
	t.Helper()
	for _, f := range figs {
		if f.Metric == metric {
			return f.Text
		}
	}
	t.Fatalf("no figure %s", metric)
	return ""
}

// The page offers a field for each lever of the engine's, once: a lever
// the view left out could not be changed, and nothing else would say so.
func TestPageHasEveryLever(t *testing.T) {
	v := newScenario(t, "").page()
	seen := map[calc.Lever]int{}
	count := func(ls ...Lever) {
		for _, l := range ls {
			seen[l.Lever]++
		}
	}
	count(v.Prices...)
	for _, m := range v.Mines {
		count(m.Levers...)
		count(m.Advanced...)
	}
	count(v.Opex)
	for _, l := range calc.Levers() {
		if seen[l] != 1 {
			t.Errorf("%s: %d fields on the page, want 1", l.Key(), seen[l])
		}
	}
	if len(seen) != len(calc.Levers()) {
		t.Errorf("%d levers on the page, %d in the engine", len(seen), len(calc.Levers()))
	}
}
