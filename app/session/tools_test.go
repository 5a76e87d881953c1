package session

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/shopspring/decimal"
)

// output is the metric of the session's scenario as the engine has it.
func output(t *testing.T, s *Session, metric string) decimal.Decimal {
	t.Helper()
	m := fixture.Model(t)
	sc, _ := m.Decode(m.Encode(s.Scenario()), nil)
	r, err := m.Evaluate(sc)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := m.Period(r.Period)
	for _, o := range p.Outputs(sc, r) {
		if o.Name == metric {
			return o.Value.Decimal
		}
	}
	t.Fatalf("no output %s", metric)
	return decimal.Zero
}

// The gold cash-cost guidance, missed by the release's levers: the table
// opens on it from the address, answers for La Camorra's grade, and Apply
// makes that grade the scenario, one history entry, after which the
// outlook meets $440 exactly; the address keeps the table.
func TestSeekGuidance(t *testing.T) {
	const metric = "fy2007.gold.total-cash-cost-per-oz"
	s := newSession(t, "seek="+metric+":440")
	sk := s.View().Seek
	if sk == nil || sk.Output != metric || sk.Target != "$440" {
		t.Fatalf("the table %+v", sk)
	}
	var grade view.SeekRow
	for _, r := range sk.Rows {
		if r.Lever == "la-camorra.grade" {
			grade = r
		}
	}
	if grade.Status != calc.Solved || !strings.HasPrefix(grade.Change, "+") {
		t.Fatalf("La Camorra's grade: %+v, want a higher grade", grade)
	}
	ch := s.ApplySeek("la-camorra.grade")
	if ch.Address != Push || !ch.Figures {
		t.Errorf("applied: %+v, want a new history entry", ch)
	}
	if !strings.Contains(ch.Query, "seek="+metric+":440") || !strings.Contains(ch.Query, "la-camorra.grade="+grade.Value) {
		t.Errorf("the address %q", ch.Query)
	}
	got := output(t, s, metric)
	if got.Sub(decimal.NewFromInt(440)).Abs().GreaterThan(decimal.New(44, -8)) {
		t.Errorf("%s at the answer: %s, want 440", metric, got)
	}
	if len(s.View().Seek.Rows) == 0 {
		t.Error("the table closed on Apply")
	}
}

// The table's choices: the default output is the first guidance item
// missed; a target that is not a number is refused with the rule, the
// last target staying; the choices round-trip through the address.
func TestSeekChoices(t *testing.T) {
	s := newSession(t, "")
	ch := s.OpenSeek(true)
	if ch.Address != Replace || s.SeekPanel().Output != "fy2007.gold.total-cash-cost-per-oz" || s.SeekPanel().Target != "440" {
		t.Fatalf("opened: %+v, %+v", ch, s.SeekPanel())
	}
	s.SeekOutput("company.eps")
	if s.SeekPanel().Target == "" || s.View().Seek.Output != "company.eps" {
		t.Fatalf("EPS: %+v", s.SeekPanel())
	}
	s.SeekTarget("0.30")
	if ch := s.SeekTarget("0.3x"); ch.Address != None || !strings.Contains(s.SeekPanel().Error, "target") || s.View().Seek.Target != "$0.30" {
		t.Errorf("a bad target: %+v, %q, table at %s", ch, s.SeekPanel().Error, s.View().Seek.Target)
	}
	back := newSession(t, s.address.RawQuery)
	if back.SeekPanel().Output != "company.eps" || back.View().Seek.Target != "$0.30" {
		t.Errorf("from %q: %+v", s.address.RawQuery, back.SeekPanel())
	}
	s.OpenSeek(false)
	if s.View().Seek != nil || strings.Contains(s.address.RawQuery, "seek") {
		t.Errorf("closed: %q", s.address.RawQuery)
	}
	bad := newSession(t, "seek=nothing:1x")
	if n := bad.Notices(); len(n) != 2 || n[0].Key != "seek" {
		t.Errorf("notices %+v", n)
	}
}

// The two-driver table: every cell is the output of the scenario with both
// levers set; a cell applied is one history entry; typed axes round-trip
// through the address, and refused ones say why.
func TestGrid(t *testing.T) {
	s := newSession(t, "gold=700&grid=silver:zinc:company.net-income")
	g := s.grid.table
	if g == nil || len(g.X.Values) != 5 || len(g.Y.Values) != 5 {
		t.Fatalf("the table %+v", g)
	}
	m := fixture.Model(t)
	for i, y := range g.Y.Values {
		for j, x := range g.X.Values {
			sc, _ := m.Decode("gold=700&silver="+x.String()+"&zinc="+y.String(), nil)
			r, _ := m.Evaluate(sc)
			want, _ := r.Metric("company.net-income")
			if !g.Cells[i][j].Decimal.Equal(want.Decimal) {
				t.Errorf("silver %s, zinc %s: %s, want %s", x, y, g.Cells[i][j].Decimal, want.Decimal)
			}
		}
	}
	if c := s.View().Grid.Rows[2].Cells[2]; !c.Current {
		t.Error("the scenario's own cell is not marked")
	}
	ch := s.ApplyGridCell(0, 4)
	if ch.Address != Push || !strings.Contains(ch.Query, "silver="+g.X.Values[4].String()) || !strings.Contains(ch.Query, "zinc="+g.Y.Values[0].String()) {
		t.Errorf("applied: %+v", ch)
	}
	s.GridAxisText(0, 0, "10")
	s.GridAxisText(0, 1, "20")
	s.GridAxisText(0, 2, "3")
	if vals := s.grid.table.X.Values; len(vals) != 3 || vals[1].String() != "15" {
		t.Errorf("x typed as 10 to 20 in 3: %v", vals)
	}
	if ch := s.GridAxisText(1, 2, "40"); ch.Address != None || !strings.Contains(s.View().Grid.Axes[1].Error, "25") || len(s.grid.table.Y.Values) != 5 {
		t.Errorf("40 values: %+v, %q", ch, s.View().Grid.Axes[1].Error)
	}
	back := newSession(t, s.address.RawQuery)
	if vals := back.grid.table.X.Values; len(vals) != 3 || back.GridPanel().Output != "company.net-income" {
		t.Errorf("from %q: %v", s.address.RawQuery, vals)
	}
	s.GridLever(1, "silver")
	if s.GridPanel().X != calc.PriceLever(calc.Zinc) || s.GridPanel().Y != calc.PriceLever(calc.Silver) {
		t.Errorf("silver on y: x %s, y %s, want the two swapped", s.GridPanel().X.Key(), s.GridPanel().Y.Key())
	}
	if csv := s.ExportGrid(); !strings.HasPrefix(csv, "output,company.net-income,") || !strings.Contains(csv, "zinc,Zinc price,$/lb") {
		t.Errorf("CSV:\n%s", csv)
	}
	bad := newSession(t, "grid=silver:silver:x&grid.x=1:2:99")
	if n := bad.Notices(); len(n) != 3 {
		t.Errorf("notices %+v", n)
	}
}

// The table of the year's EPS has the year's levers' rows: the third
// quarter's silver, which follows the quarter's price until set, shows that
// price now, and Apply sets the exact answer, one history entry, after
// which the year's EPS is $0.75 within the seek's precision.
func TestSeekTheYear(t *testing.T) {
	const metric = "fy2007.company.eps"
	s := newSession(t, "silver=14&seek="+metric+":0.75")
	sk := s.View().Seek
	if sk == nil || sk.Output != metric || len(sk.Rows) != len(s.Period().Levers()) {
		t.Fatalf("the table %+v", sk)
	}
	var q3 view.SeekRow
	for _, r := range sk.Rows {
		if r.Lever == "q3.silver" {
			q3 = r
		}
	}
	if q3.Status != calc.Solved || q3.Now != "$14.00 per oz" || !strings.HasPrefix(q3.Change, "+") {
		t.Fatalf("Q3 silver: %+v, want solved from the quarter's $14.00, higher", q3)
	}
	ch := s.ApplySeek("q3.silver")
	if ch.Address != Push || !strings.Contains(ch.Query, "q3.silver="+q3.Value) || !strings.Contains(ch.Query, "silver=14") {
		t.Errorf("applied: %+v, want a new history entry with q3.silver=%s", ch, q3.Value)
	}
	if got := output(t, s, metric); got.Sub(dec("0.75")).Abs().GreaterThan(dec("1e-9")) {
		t.Errorf("%s at the answer: %s, want 0.75", metric, got)
	}
	if v, set := s.Scenario().Changed(calc.PriceLever(calc.Silver)); !set || !v.Equal(dec("14")) {
		t.Errorf("the quarter's silver moved to %s", v)
	}
	if ch := s.ApplySeek("share-price"); ch.Address != None {
		t.Errorf("Apply on a lever with no answer: %+v", ch)
	}
}

// A two-driver table of the third quarter's silver and zinc on the year's
// cash: the default axes are around the quarter's own prices, which the
// later quarters follow until set, so the centre cell is the scenario's
// cash at the year's end, marked as the scenario's; the picker offers the
// period's every lever.
func TestGridOfTheYear(t *testing.T) {
	const metric = "fy2007.company.cash"
	s := newSession(t, "silver=14&grid=q3.silver:q3.zinc:"+metric)
	g, v := s.grid.table, s.View().Grid
	if g == nil || len(g.X.Values) != 5 || len(g.Y.Values) != 5 || v.Error != "" {
		t.Fatalf("the table %+v, %q", g, v.Error)
	}
	if !g.X.Values[2].Equal(dec("14")) || !g.Cells[2][2].Decimal.Equal(output(t, s, metric)) || !v.Rows[2].Cells[2].Current {
		t.Errorf("the centre cell: Q3 silver %s, %s; want $14 and the scenario's %s, marked", g.X.Values[2], g.Cells[2][2].Decimal, output(t, s, metric))
	}
	if len(v.Levers) != 37 || v.Levers[36].Key != "share-price" {
		t.Errorf("the levers offered: %d, last %+v", len(v.Levers), v.Levers[len(v.Levers)-1])
	}
	if _, ok := view.GridSpec(s.Period(), "fy2007.company.eps"); !ok {
		t.Error("the year's EPS is not an output of the table")
	}
	ch := s.ApplyGridCell(4, 0)
	if ch.Address != Push || !strings.Contains(ch.Query, "q3.silver="+g.X.Values[0].String()) || !strings.Contains(ch.Query, "q3.zinc="+g.Y.Values[4].String()) {
		t.Errorf("applied: %+v", ch)
	}
}

// A share price left out has no default axis: the table says so, naming
// it, and keeps the axes' fields, whose values typed make the table.
func TestGridOnAShareLeftOut(t *testing.T) {
	s := newSession(t, "grid=silver:zinc:fy2007.company.eps")
	s.GridLever(0, "share-price")
	v := s.View().Grid
	if v == nil || len(v.Rows) != 0 || !strings.Contains(v.Error, "share-price: Share price has no value to put an axis around") ||
		v.X.Lever != "share-price" || v.Axes[0].Text != [3]string{"", "", "5"} || s.ExportGrid() != "" {
		t.Fatalf("the table on a share price left out: %+v", v)
	}
	s.GridAxisText(0, 0, "8")
	s.GridAxisText(0, 1, "12")
	s.GridAxisText(0, 2, "3")
	if v := s.View().Grid; v.Error != "" || len(v.Rows) != 5 || len(v.X.Values) != 3 || v.X.Values[1] != "$10.00 a share" {
		t.Errorf("share price typed 8 to 12 in 3: %+v", v)
	}
}

// In the first quarter of 2006 an axis takes only that quarter's levers:
// a switch puts an axis on a later quarter's price back on silver or zinc,
// and the address with it; an address or a pick of one is refused.
func TestGridLeversOfThePeriod(t *testing.T) {
	s := newSession(t, "grid=q3.silver:gold:company.eps")
	ch := s.SwitchQuarter(calc.Q1of2006)
	if s.GridPanel().X != silver || s.GridPanel().Y != gold || !strings.Contains(ch.Query, "grid=silver:gold:company.eps") {
		t.Errorf("switched to 2006: x %s, y %s, address %q", s.GridPanel().X.Key(), s.GridPanel().Y.Key(), ch.Query)
	}
	if g := s.View().Grid; g == nil || g.Error != "" || len(g.Levers) != len(s.Period().Levers()) || len(g.Levers) != 22 {
		t.Errorf("2006's table: %+v", g)
	}
	if ch := s.GridLever(0, "q3.silver"); ch.Address != None || s.GridPanel().X != silver {
		t.Errorf("q3.silver picked in 2006: %+v", ch)
	}
	bad := newSession(t, "period=2006q1&grid=q3.silver:zinc:company.eps")
	if n := bad.Notices(); len(n) != 1 || !strings.Contains(n[0].Message, "q3.silver belongs to 2007q1's outlook") || bad.GridPanel().X != silver {
		t.Errorf("notices %+v", n)
	}
}
