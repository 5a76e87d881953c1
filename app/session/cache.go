package session

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// cache holds what no lever changes, made once per quarter or output.
type cache struct {
	// baseOutputs are the quarter basePeriod's outputs at the release's
	// levers, which every figure's change is from.
	baseOutputs view.Outputs
	basePeriod  calc.PeriodID
	// sources maps outputs to the printed figures their baselines are;
	// sourceTexts holds their words for sourcePeriod.
	sources      map[string]view.SourceRef
	sourceTexts  map[string]view.Source
	sourcePeriod calc.PeriodID
	// quarters are the bridges from Q1 2006 to Q1 2007, by output.
	quarters map[string]view.Bridge
	// findings are the release's arithmetic that does not add up, in
	// words, and consts the quarter's constants: nil until the assumptions
	// panel first needs them (the release cells need the findings).
	findings []view.Finding
	consts   []calc.Constant
}

// baseline is the quarter's outputs at the release's levers.
func (s *Session) baseline() view.Outputs {
	c := &s.cache
	if c.baseOutputs == nil || c.basePeriod != s.period.ID {
		c.baseOutputs, c.basePeriod = view.BaselineOutputs(s.period), s.period.ID
	}
	return c.baseOutputs
}

// source is what the release cell of a metric shows besides the model's
// baseline.
func (s *Session) source(metric string) view.Source {
	c := &s.cache
	if c.sourceTexts == nil || c.sourcePeriod != s.period.ID {
		c.sourceTexts = map[string]view.Source{}
		c.sourcePeriod = s.period.ID
		if c.findings == nil {
			c.findings = view.ReleaseFindings(s.rel)
		}
		for _, name := range calc.OutputNames() {
			c.sourceTexts[name] = view.SourceOf(s.rel, c.sources, c.findings, name, s.period.ID)
		}
	}
	return c.sourceTexts[metric]
}

// quartersBridge is the bridge from Q1 2006 to Q1 2007 of the output the
// analysis panel picks (its first by default).
func (s *Session) quartersBridge() (string, view.Bridge) {
	output := s.analysis.quartersOutput
	if output == "" {
		output = view.QuartersOutputs()[0].Metric
	}
	if s.cache.quarters == nil {
		s.cache.quarters = map[string]view.Bridge{}
	}
	b, ok := s.cache.quarters[output]
	if !ok {
		b, _ = view.QuartersBridge(s.model, output)
		s.cache.quarters[output] = b
	}
	return output, b
}

// OpenAssumptions works out what the assumptions panel shows, the first
// time it opens (or is pre-rendered): a sixth of the page's nodes, not
// made on every load.
func (s *Session) OpenAssumptions() Change {
	if s.cache.consts != nil {
		return Change{}
	}
	s.cache.consts = s.period.Constants()
	if s.cache.findings == nil {
		s.cache.findings = view.ReleaseFindings(s.rel)
	}
	return Change{Layout: true}
}

// Assumptions are the quarter's constants and the release's findings; nil
// constants until OpenAssumptions.
func (s *Session) Assumptions() ([]calc.Constant, []view.Finding) {
	return s.cache.consts, s.cache.findings
}
