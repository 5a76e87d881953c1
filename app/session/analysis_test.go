package session

import (
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// The analysis panel's charts are worked out while it is open: an edit
// leaves them due, for UpdateAnalysis once the figures are shown, and the
// panel's own choices redraw them at once.
func TestAnalysis(t *testing.T) {
	s := newSession(t, "")
	if ch := s.Edit(silver, "20"); ch.Analysis || s.view.Analysis != nil {
		t.Fatalf("closed, the panel's charts are made: %+v", ch)
	}
	if ch := s.OpenAnalysis(true); !ch.Layout || !ch.Figures || s.view.Analysis == nil || s.analysis.due {
		t.Fatalf("opened: %+v, charts %v", ch, s.view.Analysis)
	}
	before := s.view.Analysis
	ch := s.Edit(silver, "25")
	if !ch.Analysis || s.view.Analysis != before {
		t.Errorf("an edit: %+v; want the charts due and kept until then", ch)
	}
	if ch := s.UpdateAnalysis(); !ch.Figures || s.view.Analysis == before {
		t.Errorf("updated: %+v", ch)
	}
	if ch := s.UpdateAnalysis(); ch.Figures {
		t.Errorf("updated again, with nothing due: %+v", ch)
	}
	explain, bridge := view.TornadoOutputs()[1].Metric, view.QuartersOutputs()[1].Metric
	for _, tc := range []struct {
		step  step
		check func() bool
	}{
		{step{"explain " + explain, func(s *Session) Change { return s.Explain(explain) }}, func() bool { return s.view.Analysis.Output == explain }},
		{step{"La Camorra", func(s *Session) Change { return s.ExplainMine("la-camorra") }}, func() bool { return s.view.Analysis.Mine == calc.LaCamorra }},
		{step{"quarters' " + bridge, func(s *Session) Change { return s.BridgeQuarters(bridge) }}, func() bool {
			return s.view.Analysis.QuartersOutput == bridge
		}},
	} {
		ch := tc.step.do(s)
		if !ch.Figures || ch.Layout || ch.Analysis || !tc.check() {
			t.Errorf("%s: %+v; want the charts, and only they, redrawn", tc.step.name, ch)
		}
	}
	if ch := s.OpenAnalysis(false); !ch.Layout || s.Edit(silver, "26").Analysis {
		t.Errorf("closed: %+v, and an edit leaves charts due", ch)
	}
}
