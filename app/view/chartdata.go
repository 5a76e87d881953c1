package view

import "github.com/shopspring/decimal"

// TornadoRow is one lever of a sensitivity tornado: the output's change
// when the lever alone moves 10% lower (Low) and 10% higher (High), in the
// unit of the chart's axis, with those changes formatted as the page prints
// them and their tones (better or worse news; "" reads as same).
type TornadoRow struct {
	Label             string
	Low, High         decimal.Decimal
	LowText, HighText string
	LowTone, HighTone Tone
}

// BridgeStep is one bar of a bridge (waterfall). Start and end bars, and
// steps marked Subtotal, stand on zero and reach Amount; the running total
// carries on from a subtotal's Amount. Other steps float: from the running
// total to the running total plus Amount. Text is Amount as the page prints
// it; Tone colours a floating step (totals are neutral).
type BridgeStep struct {
	Label    string
	Amount   decimal.Decimal
	Text     string
	Tone     Tone
	Subtotal bool
}

// LinePoint is one point of a series: X and Y in the units of their axes,
// as the page prints them in XText and YText. A Y that is not Valid breaks
// the line (a cost per ounce where nothing is produced).
type LinePoint struct {
	X            decimal.Decimal
	Y            decimal.NullDecimal
	XText, YText string
}

// LineSeries is one line. Unit is its y unit, e.g. "$ per oz": "" or the
// chart's yUnit puts it on the left axis, another unit on the right one.
type LineSeries struct {
	Name   string
	Unit   string
	Points []LinePoint
}

// LineMarker is a vertical line at a named x: Label "Break-even price",
// Text its x as printed, Kind a class ("baseline", "scenario",
// "break-even") that sets its dash.
type LineMarker struct {
	Label string
	Kind  string
	X     decimal.Decimal
	Text  string
}
