package view

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// A mine's heading says its metal, where it is and, for Greens Creek, whose
// figures the release prints as Hecla's part of the mine, that share.
func TestMineSubtitles(t *testing.T) {
	sc := newScenario(t, "")
	v := NewPage(sc.model, sc.period, sc.s, sc.source)
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
