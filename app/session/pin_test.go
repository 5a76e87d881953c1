package session

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
)

// A pinned scenario stays while the levers move; the change is current
// minus pinned, in dollars or in percent, and the comparison is headed by
// the pinned scenario's name.
func TestPin(t *testing.T) {
	s := newSession(t, "silver=20")
	if ch := s.PinScenario(); !ch.Figures || !ch.Layout || !s.Pinned().On {
		t.Fatalf("pinned: %+v, %+v", ch, s.Pinned())
	}
	pinned := s.view.Result
	s.Edit(silver, "25")
	row := func() view.PinRow {
		for _, r := range s.view.Pin {
			if r.Label == "Gross profit" {
				return r
			}
		}
		t.Fatal("no gross profit in the comparison")
		return view.PinRow{}
	}
	now, _ := s.view.Result.Metric("company.gross-profit")
	then, _ := pinned.Metric("company.gross-profit")
	want := "+" + view.Money(now.Decimal.Sub(then.Decimal).Shift(-3), 0)
	if gp := row(); gp.Change.Text != want || gp.Pinned != "$25,418" {
		t.Errorf("pinned comparison %+v, want change %s from $25,418", gp, want)
	}
	if name := s.Pinned().Name; name != "Silver $20.00/oz" {
		t.Errorf("pinned as %q", name)
	}
	if ch := s.ShowChangeInPercent(true); !ch.Layout || !strings.HasSuffix(row().Change.Text, "%") {
		t.Errorf("in percent: %+v, change %q", ch, row().Change.Text)
	}
	if ch := s.Unpin(); s.Pinned().On || s.view.Pin != nil || !ch.Layout {
		t.Errorf("unpinned: %+v, rows %d", ch, len(s.view.Pin))
	}
}
