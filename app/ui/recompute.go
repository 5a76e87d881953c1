package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// apply makes s the scenario and every field show its value.
func (c *calculator) apply(s calc.Scenario) {
	c.scenario = s
	c.period, _ = c.model.Period(s.PeriodOr(c.model.Default().ID))
	if c.consts != nil {
		c.consts = c.period.Constants()
	}
	clear(c.errs)
	for _, l := range calc.Levers() {
		c.texts[l] = view.LeverText(l, s.Value(c.period, l))
	}
	c.recompute()
}

// recompute evaluates the scenario once and formats every figure, and the
// analysis panel's charts when it is open.
func (c *calculator) recompute() {
	c.recomputeFigures()
	c.updateAnalysis()
}

// recomputeFigures is recompute but for the analysis panel, which it marks
// due: an edit of a lever draws the figures first and the charts (the
// sensitivities, price curves and attribution, an evaluation each of dozens
// of scenarios) at go-app's next frame (afterEdit). Until then the panel
// keeps the charts it has. The live layer shows the new view at once.
func (c *calculator) recomputeFigures() {
	charts := c.view.Analysis
	c.view = view.NewPage(view.Input{Release: c.rel, Model: c.model, Period: c.period, S: c.scenario,
		Base: c.baseline(), Source: c.source, Field: c.field})
	c.view.Analysis = charts
	c.analysisDue = c.analysisOpen
	if c.pinned != nil {
		c.view.Pin = view.PinRows(c.pinned, c.view.Result, c.pinPercent)
	}
	if c.announce == "" {
		c.announce = c.view.Summary
	}
	c.view.Announce = view.Announcement{Text: c.announce}
	c.live.Update(&c.view)
}

// field is what lever l's field holds, as typed, and the message for that
// text if it was refused.
func (c *calculator) field(l calc.Lever) (text, err string) { return c.texts[l], c.errs[l] }

// updateAnalysis works out the analysis panel's charts, if they are due,
// and the live layer redraws them.
func (c *calculator) updateAnalysis() {
	if !c.analysisDue {
		return
	}
	c.analysisDue = false
	a := view.NewAnalysis(c.rel, c.model, c.period, c.scenario, c.view.Result, c.analysisOutput, c.analysisMine)
	a.QuartersOutput, a.Quarters = c.quartersBridge()
	c.view.Analysis = &a
	c.live.Update(&c.view)
}

// announceSummary has the polite live region read the figures as they
// stand.
func (c *calculator) announceSummary() {
	c.announce = c.view.Summary
	c.view.Announce = view.Announcement{Text: c.announce}
	c.live.Update(&c.view)
}

// baseline is the period's outputs at the release's levers, made once per
// period.
func (c *calculator) baseline() view.Outputs {
	if c.baseOutputs == nil || c.basePeriod != c.period.ID {
		c.baseOutputs, c.basePeriod = view.BaselineOutputs(c.period), c.period.ID
	}
	return c.baseOutputs
}

// quartersBridge is the bridge from Q1 2006 to Q1 2007 of the output the
// analysis panel picks (its first by default), made once for each output.
func (c *calculator) quartersBridge() (string, view.Bridge) {
	output := c.quartersOutput
	if output == "" {
		output = view.QuartersOutputs()[0].Metric
	}
	if c.quarters == nil {
		c.quarters = map[string]view.Bridge{}
	}
	b, ok := c.quarters[output]
	if !ok {
		b, _ = view.QuartersBridge(c.model, output)
		c.quarters[output] = b
	}
	return output, b
}
