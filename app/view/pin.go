package view

import "github.com/hecla-calc/calculator/calc"

// PinRows compares the current result with the pinned one, the pinned
// playing the baseline's part.
func PinRows(pinned, current *calc.Result) []Figure {
	return figures(compareSpecs(), current, pinned, nil)
}

// PinCells are a pinned comparison's cells that follow the current
// scenario: its figure, and the change in dollars or percent.
func PinCells(f Figure, percent bool) (value, change Cell) {
	ch := f.Change
	if percent {
		ch = f.Percent
	}
	return Cell{Class: "value", Text: f.Text}, Cell{Class: "change", Text: ch, Tone: f.Tone}
}
