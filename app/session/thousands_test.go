package session

import (
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// Typed in thousands, as the release's table prints them, other operating
// expenses of 9000 are in force as typed while the field asks about
// $9,000,000; its button puts that in force, as a step of history of its
// own, and the question goes.
func TestTakeThousands(t *testing.T) {
	opex := calc.OpexLever()
	s := newSession(t, "")
	run(s, typeKeys(opex, "9000"))
	if got := inForce(s); got != "opex=9000" {
		t.Fatalf("after typing 9000: %s in force, want opex=9000", got)
	}
	if h := s.View().Opex.Hint; h != "Did you mean $9,000,000? The field takes whole dollars." {
		t.Errorf("after typing 9000 the field asks %q", h)
	}
	ch := s.TakeThousands(opex)
	if got := address(ch); got != "push ?opex=9000000" {
		t.Errorf("taking $9,000,000: address %s, want a new entry ?opex=9000000", got)
	}
	if text, _ := s.Field(opex); text != "9000000" || s.View().Opex.Hint != "" || s.View().Opex.Text != "9000000" {
		t.Errorf("after taking it the field shows %q and asks %q", text, s.View().Opex.Hint)
	}
	if ch := s.TakeThousands(opex); ch != (Change{}) {
		t.Errorf("nothing to take: %+v", ch)
	}
	// A refused text leaves the value from before the edit in force, which
	// is the release's: nothing to ask about, nothing to take.
	s = newSession(t, "")
	run(s, typeKeys(opex, "8865x"))
	if ch := s.TakeThousands(opex); ch != (Change{}) || inForce(s) != "" || s.View().Opex.Hint != "" {
		t.Errorf("with a refused text: %+v, %q in force, asks %q", ch, inForce(s), s.View().Opex.Hint)
	}
}
