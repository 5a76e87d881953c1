package session

import "github.com/hecla-calc/calculator/calc"

// analysis is the analysis panel's state: computed only while open.
type analysis struct {
	open bool
	due  bool // the charts do not yet follow the scenario
	// output and mine are what the charts explain; quartersOutput the
	// output the bridge from Q1 2006 to Q1 2007 shows ("": the first).
	output         string
	mine           calc.Mine
	quartersOutput string
}

func (s *Session) AnalysisOpen() bool { return s.analysis.open }

// OpenAnalysis opens the panel, or closes it.
func (s *Session) OpenAnalysis(open bool) Change {
	s.analysis.open = open
	s.recompute()
	return Change{Figures: true, Layout: true}
}

// The charts' own choices: what they explain is the live layer's to draw,
// not the page's.

// Explain picks the output the sensitivities explain.
func (s *Session) Explain(metric string) Change {
	s.analysis.output = metric
	s.recompute()
	return Change{Figures: true}
}

// ExplainMine picks the mine the curve and the cost build-up are of, by
// its slug.
func (s *Session) ExplainMine(slug string) Change {
	for _, m := range calc.Mines() {
		if m.Slug() == slug {
			s.analysis.mine = m
		}
	}
	s.recompute()
	return Change{Figures: true}
}

// BridgeQuarters picks the output the bridge from Q1 2006 to Q1 2007
// shows.
func (s *Session) BridgeQuarters(metric string) Change {
	s.analysis.quartersOutput = metric
	s.recompute()
	return Change{Figures: true}
}
