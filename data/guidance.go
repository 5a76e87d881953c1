package data

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// guidanceFacts are the release's estimates for 2007, each a fact, with the
// outlook output it is a figure of and how the release's words bound it:
// production "about" or "more than" a figure, silver's cost "less than",
// gold's "up to".
var guidanceFacts = []struct {
	fact, output string
	cmp          calc.Comparison
}{
	{"guidance-silver-produced", "fy2007.company.silver-produced", calc.AtLeast},
	{"guidance-gold-produced", "fy2007.company.gold-produced", calc.AtLeast},
	{"guidance-lucky-friday-produced", "fy2007.lucky-friday.produced", calc.AtLeast},
	{"guidance-greens-creek-produced", "fy2007.greens-creek.produced", calc.AtLeast},
	{"guidance-la-camorra-produced", "fy2007.la-camorra.produced", calc.AtLeast},
	{"guidance-silver-total-cash", "fy2007.silver.total-cash-cost-per-oz", calc.Below},
	{"guidance-gold-total-cash", "fy2007.gold.total-cash-cost-per-oz", calc.AtMost},
}

// unitScale turns a fact's figure into the engine's units.
var unitScale = map[Unit]decimal.Decimal{
	Oz:         decimal.NewFromInt(1),
	OzMillions: decimal.NewFromInt(1_000_000),
	USDPerOz:   decimal.NewFromInt(1),
}

// guidance reads the estimates from their facts, the quote as the source.
func (g *getter) guidance() []calc.Guidance {
	var gs []calc.Guidance
	for _, gf := range guidanceFacts {
		f, ok := g.r.Fact(gf.fact)
		scale, known := decimal.Decimal{}, false
		if ok && f.Value != nil {
			scale, known = unitScale[f.Unit]
		}
		if !known {
			if g.err == nil {
				g.err = &FieldError{Field: "facts[" + gf.fact + "]", Problem: "the 2007 estimate must be a figure in oz, oz-millions or usd-per-oz"}
			}
			continue
		}
		gs = append(gs, calc.Guidance{Output: gf.output, Figure: f.Value.Value.Mul(scale), Comparison: gf.cmp, Sentence: f.Quote})
	}
	return gs
}
