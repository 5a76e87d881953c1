package chart

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// The attribution bridge: each step starts where the previous ended, and
// the end bar is the start plus every step, in value and in pixels.
func TestBridgeGeometry(t *testing.T) {
	start, steps, end := chartBridge(t, fixture.Model(t))
	g := bridgeGeometry("Gross profit ($ thousands)", start, steps, end)
	n := len(steps) + 2
	if len(g.Bars) != n || len(g.RowLabels) != n || len(g.Connectors) != n-1 {
		t.Fatalf("%d bars, %d labels, %d connectors for %d rows", len(g.Bars), len(g.RowLabels), len(g.Connectors), n)
	}
	chartCheckProportional(t, g)
	first, last := g.Bars[0], g.Bars[n-1]
	if !first.From.IsZero() || !first.To.Equal(start.Amount) || !first.X0.Equal(g.ZeroX) {
		t.Errorf("start bar %s to %s from x %s; zero at %s", first.From, first.To, first.X0, g.ZeroX)
	}
	sum := start.Amount
	for i, s := range steps {
		b, prev := g.Bars[i+1], g.Bars[i]
		if !b.From.Equal(prev.To) || !b.X0.Equal(prev.X1) {
			t.Errorf("step %d (%s) starts at %s (x %s), the previous bar ended at %s (x %s)", i, s.Label, b.From, b.X0, prev.To, prev.X1)
		}
		if !b.To.Sub(b.From).Equal(s.Amount) {
			t.Errorf("step %d spans %s to %s for %s", i, b.From, b.To, s.Amount)
		}
		if c := g.Connectors[i]; !c.X1.Equal(prev.X1) || !c.X2.Equal(b.X0) || c.Y1.GreaterThan(c.Y2) {
			t.Errorf("connector %d at %s..%s, bars meet at %s", i, c.X1, c.X2, b.X0)
		}
		sum = sum.Add(s.Amount)
	}
	if !sum.Equal(end.Amount) || !last.To.Equal(sum) || !last.From.IsZero() {
		t.Errorf("end bar %s to %s; start + steps = %s, scenario %s", last.From, last.To, sum, end.Amount)
	}
	if !last.X1.Equal(g.Bars[n-2].X1) {
		t.Errorf("end bar ends at x %s, the last step at %s", last.X1, g.Bars[n-2].X1)
	}
	for i, b := range g.Bars {
		want := "bar step "
		if i == 0 || i == n-1 {
			want = "bar total"
		}
		if !strings.HasPrefix(b.Class, want) {
			t.Errorf("bar %d class %q", i, b.Class)
		}
	}
	// include widens the axis, so two bridges can share a scale.
	wide := bridgeGeometry("x", start, steps, end, dec("-100000"))
	if wide.Scale.D0.GreaterThan(dec("-100000")) {
		t.Errorf("include ignored: domain from %s", wide.Scale.D0)
	}
}

// A cost waterfall with a subtotal: the subtotal stands on zero, the next
// step floats from it.
func TestBridgeSubtotal(t *testing.T) {
	start := view.BridgeStep{Label: "Mining and milling", Amount: dec("120.5"), Text: "$120.50"}
	steps := []view.BridgeStep{
		{Label: "Treatment and freight", Amount: dec("30.25"), Text: "+$30.25", Tone: view.ToneWorse},
		{Label: "By-product credits", Amount: dec("-160"), Text: "−$160.00", Tone: view.ToneBetter},
		{Label: "Cash operating cost", Amount: dec("-9.25"), Text: "$(9.25)", Subtotal: true},
		{Label: "Royalties", Amount: dec("2"), Text: "+$2.00", Tone: view.ToneWorse},
	}
	end := view.BridgeStep{Label: "Total cash cost", Amount: dec("-7.25"), Text: "$(7.25)"}
	g := bridgeGeometry("Cost ($ per oz)", start, steps, end)
	chartCheckProportional(t, g)
	sub, after := g.Bars[3], g.Bars[4]
	if !sub.From.IsZero() || !sub.To.Equal(dec("-9.25")) || sub.Class != "bar total" || !sub.X0.Equal(g.ZeroX) {
		t.Errorf("subtotal %s to %s class %q", sub.From, sub.To, sub.Class)
	}
	if !after.From.Equal(sub.To) || !after.X0.Equal(sub.X1) || !g.Bars[5].X1.Equal(after.X1) {
		t.Errorf("royalties from %s (x %s), subtotal at %s (x %s)", after.From, after.X0, sub.To, sub.X1)
	}
	if g.Bars[2].Label.Anchor != "end" || g.Bars[1].Label.Anchor == "end" {
		t.Error("a fall's label is not left of its bar, or a rise's not right")
	}
	if g.Ticks[0].Text != "$0" || !g.Scale.D0.Equal(dec("-9.25")) || !g.Scale.D1.Equal(dec("150.75")) {
		t.Errorf("first tick %q", g.Ticks[0].Text)
	}
}
