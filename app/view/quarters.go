package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// The bridge from the release's first quarter of 2006 to its first quarter
// of 2007 (docs/model.md): why a figure changed between the two quarters
// the release prints, the same whichever quarter the page shows.

// QuartersOutput is an output the two quarters are bridged for, and its
// label.
type QuartersOutput struct{ Metric, Label string }

// QuartersOutputs are the bridged outputs, in the engine's order.
func QuartersOutputs() []QuartersOutput {
	var out []QuartersOutput
	for _, metric := range calc.BridgeOutputs() {
		spec := scopedSpec(metric)
		out = append(out, QuartersOutput{metric, spec.Label})
	}
	return out
}

// QuartersBridge is the bridge of output from Q1 2006 to Q1 2007: the 2006
// figure, the site changes, a step per lever group, and the 2007 figure,
// adding up exactly; ok is false for an output the engine does not bridge.
func QuartersBridge(m *calc.Model, output string) (b Bridge, ok bool) {
	q, err := m.Bridge(calc.Q1of2006, calc.Q1of2007, output)
	if err != nil {
		return Bridge{}, false
	}
	spec := scopedSpec(output)
	b.Start = BridgeStep{Label: "Q1 2006", Amount: scaleFor(spec, q.From), Text: spec.format(q.From), Tone: ToneSame}
	b.End = BridgeStep{Label: "Q1 2007", Amount: scaleFor(spec, q.To), Text: spec.format(q.To), Tone: ToneSame}
	for _, pt := range q.Parts {
		if pt.Amount.IsZero() {
			continue // a group the output cannot depend on, such as the gold price for a silver mine
		}
		if pt.Group.Key == siteChangesKey {
			b.Note = SiteChangesNote
		}
		b.Steps = append(b.Steps, BridgeStep{Label: pt.Group.Label, Amount: scaleFor(spec, pt.Amount), Text: signedFigure(spec, pt.Amount), Tone: changeTone(pt.Amount, spec.lowerIsBetter)})
	}
	return b, true
}

// siteChangesKey is the engine's key of the bridge's first part.
const siteChangesKey = "site-changes"

// SiteChangesNote says, under the bridge that draws it, what its "Site
// changes" step gathers (docs/model.md): often its largest bar, and named
// by no lever.
const SiteChangesNote = "Site changes: what 2007's own costs and terms do at 2006's levers (fixed site costs, by-product payables, treatment and freight, royalties, the realization of sales, unallocated costs, the tax rate, and the lines the model holds fixed), before any lever moves."

// QuartersAxis is the value axis of the bridge of metric, whose bars are
// the two quarters' levels and the steps between: "Total cash cost ($ per
// oz)", "Gross profit ($ thousands)".
func QuartersAxis(metric string) string {
	spec := scopedSpec(metric)
	_, what, ok := strings.Cut(spec.Label, ": ")
	if !ok {
		what = spec.Label
	}
	what = strings.TrimSuffix(what, " per oz")
	return strings.ToUpper(what[:1]) + what[1:] + " (" + unitOf(spec) + ")"
}
