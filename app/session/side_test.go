package session

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// sideSession has five saved scenarios, one of them of the first quarter
// of 2006, and a name a spreadsheet would read as a formula.
func sideSession(t *testing.T) *Session {
	t.Helper()
	s, _ := savedSession(t, "gold=700",
		[2]string{"Silver 20", "silver=20"},
		[2]string{"Old quarter", "period=2006q1&zinc=1.5"},
		[2]string{"=HYPERLINK(1)", "lucky-friday.tons=90000"},
		[2]string{"Lead", "lead=0.8"},
		[2]string{"Fifth", "gold=650"})
	return s
}

func toggle(name string) step { return byName("side by side", (*Session).ToggleSide, name) }

// evaluated is metric of query as the engine has it, and its change from
// its quarter's release levers.
func evaluated(t *testing.T, query, metric string) (v, change string) {
	t.Helper()
	m := fixture.Model(t)
	sc, _ := m.Decode(query, nil)
	r, err := m.Evaluate(sc)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := m.Evaluate(calc.Scenario{Period: sc.Period})
	a, _ := r.Metric(metric)
	b, _ := base.Metric(metric)
	return a.Decimal.String(), a.Decimal.Sub(b.Decimal).String()
}

// Saved scenarios stand beside the release and the current scenario, in
// the order chosen; each column names its levers in words; a fifth is
// refused with a word on why; taken away, deleted or renamed, the columns
// follow; the current column follows an edit.
func TestSideBySide(t *testing.T) {
	s := sideSession(t)
	for _, n := range []string{"Silver 20", "Old quarter", "=HYPERLINK(1)", "Lead"} {
		if ch := toggle(n).do(s); !ch.Layout {
			t.Fatalf("%s: %+v, want the panel laid out anew", n, ch)
		}
	}
	sb := s.View().Side
	if sb == nil {
		t.Fatal("no side by side")
	}
	var heads []string
	for _, c := range sb.Columns {
		heads = append(heads, c.Name+" ("+c.Quarter+"): "+c.Levers.Text)
	}
	want := []string{
		"The release (First quarter 2007): No lever changed",
		"Current scenario (First quarter 2007): Gold price $700.00 per oz",
		"Silver 20 (First quarter 2007): Silver price $20.00 per oz",
		"Old quarter (First quarter 2006): Zinc price $1.50 per lb",
		"=HYPERLINK(1) (First quarter 2007): Lucky Friday ore tons 90,000 tons",
		"Lead (First quarter 2007): Lead price $0.80 per lb",
	}
	if strings.Join(heads, "\n") != strings.Join(want, "\n") {
		t.Errorf("columns:\n%s\nwant:\n%s", strings.Join(heads, "\n"), strings.Join(want, "\n"))
	}
	toggle("Fifth").do(s)
	if len(s.View().Side.Columns) != 2+view.MaxSideBySide || !strings.Contains(s.Saved().Status, "At most 4") {
		t.Errorf("a fifth: %d columns, status %q", len(s.View().Side.Columns), s.Saved().Status)
	}
	// The current column follows an edit; a saved one does not move.
	gp := func(col int) string {
		for _, r := range s.View().Side.Rows {
			if r.Metric == "company.gross-profit" {
				return r.Cells[col].Value.Text
			}
		}
		return ""
	}
	before, saved := gp(0), gp(1)
	run(s, typeKeys(silver, "30"))
	if gp(0) == before || gp(1) != saved {
		t.Errorf("after silver=30: current %s (was %s), saved %s (was %s)", gp(0), before, gp(1), saved)
	}
	if c := s.View().Side.Columns[1].Levers; c.Key == "" || !strings.Contains(c.Text, "Silver price $30.00") {
		t.Errorf("the current column's levers %+v", c)
	}
	toggle("Silver 20").do(s)
	byName("delete", (*Session).Delete, "Lead").do(s)
	if got := len(s.View().Side.Columns); got != 4 || s.Saved().Side[0] == "" {
		t.Errorf("after taking one away and deleting one: %d columns, want 4", got)
	}
	s.CloseSide()
	if s.View().Side != nil || len(s.Saved().Side) != 0 {
		t.Error("closed, the side by side stays")
	}
}

// The side by side's CSV has every key figure's exact value and change
// from its quarter's release, as the engine has them, with units; a name
// that would be a formula is written as text.
func TestSideBySideCSV(t *testing.T) {
	s := sideSession(t)
	if s.ExportSideBySide() != "" {
		t.Error("a CSV with nothing side by side")
	}
	toggle("Old quarter").do(s)
	toggle("=HYPERLINK(1)").do(s)
	rows, err := csv.NewReader(strings.NewReader(s.ExportSideBySide())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[0][8]; got != "'=HYPERLINK(1)" {
		t.Errorf("the formula's column is headed %q", got)
	}
	queries := []string{"gold=700", "period=2006q1&zinc=1.5", "lucky-friday.tons=90000"}
	checked := 0
	for _, r := range rows[4:] {
		if r[2] == "" {
			t.Errorf("%s has no unit", r[0])
		}
		for i, q := range queries {
			v, ch := evaluated(t, q, r[0])
			if got := [2]string{r[4+2*i], r[5+2*i]}; got != [2]string{v, ch} {
				t.Errorf("%s, %s: %v, want %s and %s", r[0], q, got, v, ch)
			}
			checked++
		}
	}
	if checked < 3*10 {
		t.Errorf("only %d cells checked", checked)
	}
}
