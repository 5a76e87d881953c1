package session

import (
	"slices"

	"github.com/hecla-calc/calculator/calc"
)

// gridInPeriod puts an axis whose lever the period does not take (a later
// quarter's price, after a switch to 2006) back on its default lever,
// silver across and zinc down, or the other's if the other axis has it;
// and reports whether it did.
func (s *Session) gridInPeriod() bool {
	moved := false
	levers := [2]*calc.Lever{&s.grid.x, &s.grid.y}
	defaults := [2]calc.Lever{calc.PriceLever(calc.Silver), calc.PriceLever(calc.Zinc)}
	for i, l := range levers {
		if slices.Contains(s.period.Levers(), *l) {
			continue
		}
		*l = defaults[i]
		if *l == *levers[1-i] {
			*l = defaults[1-i]
		}
		s.grid.axes[i] = gridAxis{}
		moved = true
	}
	return moved
}
