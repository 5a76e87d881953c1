package session

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// setRangeOf is Scenario.SetRange as the panel takes it. A later quarter's
// price that follows the quarter's has no range of its own in the engine
// (a range around a value that moves with another lever would not stay
// around it): a range typed for it sets it at the price it follows now,
// which is then the most likely, in the same history entry, rather than
// send the reader to the outlook's price path first. A range the engine
// refuses leaves sc as it was.
func setRangeOf(sc *calc.Scenario, p *calc.Period, l calc.Lever, low, high decimal.Decimal) *calc.FieldError {
	try := *sc
	if _, _, later := l.QuarterPrice(); later {
		if _, set := try.Changed(l); !set {
			if err := try.Set(p, l, try.Value(p, l)); err != nil {
				return err
			}
		}
	}
	if err := try.SetRange(p, l, low, high); err != nil {
		return err
	}
	*sc = try
	return nil
}
