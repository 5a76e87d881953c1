package chart

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// The tornado of the release's gross profit: bars from the zero line,
// lengths proportional to the changes they show, rows in the order given.
func TestTornadoGeometry(t *testing.T) {
	rows := chartTornadoRows(t, fixture.Model(t))
	if len(rows) < 5 {
		t.Fatalf("%d sensitivity rows", len(rows))
	}
	g := tornadoGeometry("Change in gross profit ($ thousands)", rows)
	if len(g.Bars) != 2*len(rows) || len(g.RowLabels) != len(rows) {
		t.Fatalf("%d bars, %d labels for %d rows", len(g.Bars), len(g.RowLabels), len(rows))
	}
	chartCheckProportional(t, g)
	if !g.ZeroX.Equal(g.Scale.pos(decimal.Zero)) || g.ZeroX.LessThan(g.PlotLeft) || g.ZeroX.GreaterThan(g.PlotRight) {
		t.Errorf("zero line at %s, the scale's zero at %s", g.ZeroX, g.Scale.pos(decimal.Zero))
	}
	for i, b := range g.Bars {
		r := rows[i/2]
		want := r.Low
		if i%2 == 1 {
			want = r.High
		}
		if !b.From.IsZero() || !b.To.Equal(want) || b.Row != i/2 {
			t.Errorf("bar %d: %s to %s on row %d, want 0 to %s on row %d", i, b.From, b.To, b.Row, want, i/2)
		}
		if !b.X0.Equal(g.ZeroX) {
			t.Errorf("bar %d starts at %s, not on the zero line %s", i, b.X0, g.ZeroX)
		}
		if s := want.Sign(); (s < 0) != b.X1.LessThan(g.ZeroX) || (s > 0) != b.X1.GreaterThan(g.ZeroX) {
			t.Errorf("bar %d of %s ends at %s, zero at %s", i, want, b.X1, g.ZeroX)
		}
		if b.Label.Text == "" || (want.Sign() < 0) != (b.Label.Anchor == "end") {
			t.Errorf("bar %d of %s: label %q anchored %q", i, want, b.Label.Text, b.Label.Anchor)
		}
		if b.Y.LessThan(g.rowTop(b.Row)) || b.Y.Add(b.H).GreaterThan(g.rowTop(b.Row+1)) {
			t.Errorf("bar %d leaves its row", i)
		}
	}
	// The brief's form: |w1|/|w2| = |v1|/|v2| chartWithin the rounding, for the
	// largest bar against every other.
	big := g.Bars[0]
	for _, b := range g.Bars {
		if b.W.GreaterThan(big.W) {
			big = b
		}
	}
	if big.To.IsZero() {
		t.Fatal("every sensitivity is zero")
	}
	for i, b := range g.Bars {
		ratio := b.To.Abs().Div(big.To.Abs())
		if !chartWithin(b.W, big.W.Mul(ratio), dec("0.2")) {
			t.Errorf("bar %d: %s px for %s against %s px for %s", i, b.W, b.To, big.W, big.To)
		}
	}
	// The height follows the row count.
	g2 := tornadoGeometry("x", rows[:2])
	if !g.Height.Sub(g2.Height).Equal(tornadoRowHeight.Mul(chartInt(len(rows) - 2))) {
		t.Errorf("heights %s and %s for %d and 2 rows", g.Height, g2.Height, len(rows))
	}
	if d := tornadoDesc("Change in gross profit ($ thousands)", rows); !strings.Contains(d, "Largest: "+rows[0].Label) {
		t.Errorf("desc does not name the largest lever %q: %s", rows[0].Label, d)
	}
}

// The table shows the figures as the page prints them.
func TestTableText(t *testing.T) {
	rows := []view.TornadoRow{{Label: "Silver price", Low: dec("-2345.6"), High: dec("2345.6"), LowText: "−$2,346", HighText: "+$2,346"}}
	out := app.HTMLString(Tornado("t", "Sensitivity", "Change ($ thousands)", rows))
	for _, want := range []string{"−$2,346", "+$2,346", "Silver price", "Lever 10% lower", "Change ($ thousands)", "$(2,000)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}
