package view

import "github.com/hecla-calc/calculator/calc"

// LeverChoice is a lever as a picker offers it: its URL key and its name.
type LeverChoice struct{ Key, Label string }

// GridLevers are the levers a two-driver table's axis may take: the
// period's own (the year's too in the first quarter of 2007), in their
// stable order.
func GridLevers(p *calc.Period) []LeverChoice {
	var cs []LeverChoice
	for _, l := range p.Levers() {
		cs = append(cs, LeverChoice{Key: l.Key(), Label: l.Describe()})
	}
	return cs
}

// NewGridRefused is the two-driver table without its cells, why in their
// place: an axis with no values to take (a share price left out, which the
// release prints none of) or a grid the engine refuses. The levers and the
// axes' fields stay, for the reader to give the axis values or pick
// another lever.
func NewGridRefused(spec Spec, x, y calc.Lever, why string) *GridTable {
	return &GridTable{Output: spec.Metric, Label: spec.Label, X: gridAxis(calc.Axis{Lever: x}), Y: gridAxis(calc.Axis{Lever: y}),
		Shades: gridShades, Error: why}
}
