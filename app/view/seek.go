package view

import (
	"slices"
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Seek is the "What would it take?" table: for one output and target,
// the value of each lever alone that meets it, every other lever as in the
// scenario.
type Seek struct {
	Output  string // the output's name in the contract
	Label   string
	Target  string // formatted
	Current string // the output in the scenario, formatted
	Rows    []SeekRow
}

// SeekRow is one lever's answer. Value is the exact value Apply sets;
// Needed says it in the lever's unit, or why there is none.
type SeekRow struct {
	Lever      string // the lever's URL key
	Label, Now string
	Status     calc.SolveStatus
	Value      string // exact, "" unless solved
	Needed     string
	Change     string // from the scenario's value, in percent where it means something
	Note       string // where there is no answer, what comes closest
	Tone       Tone
}

// SeekOutputs are the outputs a goal seek aims at: in the first quarter of
// 2007, the year's figures the guidance judges, then those an analyst
// models the year by (seekYearOutputs); then the key figures of the
// quarter.
func SeekOutputs(p *calc.Period) []Spec {
	var specs []Spec
	for _, g := range p.Reported.Guidance {
		specs = append(specs, outlookSpec(g.Output))
	}
	if p.Reported.Year != nil { // the period whose outlook runs the year
		for _, m := range seekYearOutputs {
			if !slices.ContainsFunc(specs, func(s Spec) bool { return s.Metric == m }) {
				specs = append(specs, outlookSpec(m))
			}
		}
	}
	return append(specs, compareSpecs()...)
}

// outlookSpec is a year's figure's spec as the tools list it among the
// quarter's: "2007 outlook: company: earnings per share".
func outlookSpec(metric string) Spec {
	s := yearSpec(metric)
	s.Label = "2007 outlook: " + strings.ToLower(s.Label[:1]) + s.Label[1:]
	return s
}

// seekYearOutputs are the year's figures beyond the guidance's that the
// tools aim at: the earnings per share with and without the Hollister
// gain, the free cash flow and the cash at the year's end, what a note on
// the year values the company by.
var seekYearOutputs = []string{
	"fy2007.company.eps", "fy2007.company.adjusted-eps",
	"fy2007.company.free-cash-flow", "fy2007.company.cash",
}

// SeekSpec is the spec of the seek's output metric in period p, if it is
// one of SeekOutputs.
func SeekSpec(p *calc.Period, metric string) (Spec, bool) {
	for _, s := range SeekOutputs(p) {
		if s.Metric == metric {
			return s, true
		}
	}
	return Spec{}, false
}

// GuidanceTarget is the guidance figure for an outlook output, if the
// release gives one.
func GuidanceTarget(p *calc.Period, metric string) (decimal.Decimal, bool) {
	for _, g := range p.Reported.Guidance {
		if g.Output == metric {
			return g.Figure, true
		}
	}
	return decimal.Decimal{}, false
}

// NewSeek lays out the solutions sols of spec's output at target, for the
// scenario s in period p whose output is now.
func NewSeek(p *calc.Period, s calc.Scenario, spec Spec, target decimal.Decimal, now decimal.NullDecimal, sols []calc.Solution) *Seek {
	sk := &Seek{Output: spec.Metric, Label: spec.Label, Target: spec.format(target), Current: NotAvailable}
	if now.Valid {
		sk.Current = spec.format(now.Decimal)
	}
	for _, sol := range sols {
		l := sol.Lever
		cur := s.Value(p, l)
		row := SeekRow{Lever: l.Key(), Label: l.Describe(), Now: seekNow(l, cur), Status: sol.Status, Tone: ToneSame}
		switch sol.Status {
		case calc.Solved:
			v := sol.Value.Decimal
			row.Value = v.String()
			row.Needed = FormatLever(l, shown(l, v))
			row.Change = leverChange(cur, v)
			if v.Equal(cur) {
				row.Needed, row.Change = "as it is", ""
			}
		case calc.Unreachable:
			row.Needed = "out of reach"
			row.Tone = ToneWorse
			if sol.Closest.Valid {
				row.Note = "closest at " + FormatLever(l, shown(l, sol.Closest.Decimal))
				if sol.Achieved.Valid {
					row.Note += ": " + spec.format(sol.Achieved.Decimal)
				}
			}
		default:
			row.Needed = "does not move it"
		}
		sk.Rows = append(sk.Rows, row)
	}
	return sk
}

// seekNow is lever l's value cur in the table's Now column: a share price
// left out is none, not $0.00 (LeverText leaves its field empty alike).
func seekNow(l calc.Lever, cur decimal.Decimal) string {
	if l.Kind() == calc.SharePrice && cur.Sign() <= 0 {
		return "not set"
	}
	return FormatLever(l, cur)
}

// shownPlaces is how finely a solution is shown, by lever kind: a cent
// finer than the field's own figures, so that two answers a reader would
// tell apart look apart; Apply sets the exact value. The year's prices are
// shown as the quarter's, its dollars whole, the tax rate as recovery, the
// shares whole and the share price as a metal's price.
var shownPlaces = map[calc.LeverKind]int32{calc.Price: 4, calc.Tons: 0, calc.Grade: 4, calc.Mining: 2, calc.Milling: 2, calc.Recovery: 2, calc.OtherOpex: 0,
	calc.QuarterPrice: 4, calc.Exploration: 0, calc.HollisterGain: 0, calc.TaxRate: 2, calc.Shares: 0, calc.SharePrice: 4}

func shown(l calc.Lever, v decimal.Decimal) decimal.Decimal {
	// Rounding keeps the places it rounds to ($0.0000); the figure is
	// shown with those it needs.
	d, _ := decimal.NewFromString(v.Round(shownPlaces[l.Kind()]).String())
	return d
}

// leverChange is a solution's change from the lever's value, in percent,
// or "from zero" where the value is zero.
func leverChange(from, to decimal.Decimal) string {
	if from.IsZero() {
		return "from zero"
	}
	pct := to.Sub(from).DivRound(from.Abs(), 6).Shift(2)
	return signed(Number(pct.Abs(), 1)+"%", pct)
}

// Unit is an output's unit in words.
func Unit(metric string) string { return metricUnit(metric) }
