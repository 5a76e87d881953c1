package session

import (
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// "What would it take?": for an output and a target, the value of each
// lever alone that meets it. Open, the table follows the scenario; its
// choices are the address's (seek=OUTPUT:TARGET), so a link keeps them.

type seek struct {
	open   bool
	output string
	target string // as typed
	err    string // why the text typed is not a target; the last target stays
	value  decimal.Decimal
	// sols are the table's answers, by lever, for Apply.
	sols []calc.Solution
}

// SeekPanel is the goal seek's panel as the page lays it out.
type SeekPanel struct {
	Open          bool
	Output        string
	Outputs       []view.Spec
	Target, Error string
}

// SeekPanel is the panel now; its outputs are listed only while it is
// open: closed, the page lays out its heading alone, at every edit.
func (s *Session) SeekPanel() SeekPanel {
	p := SeekPanel{Open: s.seek.open, Output: s.seek.output, Target: s.seek.target, Error: s.seek.err}
	if p.Open {
		p.Outputs = view.SeekOutputs(s.period)
	}
	return p
}

// OpenSeek opens the table, at its output's guidance figure or the
// output's value now; or closes it.
func (s *Session) OpenSeek(open bool) Change {
	if open == s.seek.open {
		return Change{}
	}
	s.seek.open = open
	if open {
		s.pickSeekOutput(s.seek.output, "")
	}
	return s.toolChanged()
}

// SeekOutput picks the output the table aims at; the target becomes its
// guidance figure, or its value in the scenario.
func (s *Session) SeekOutput(metric string) Change {
	if _, ok := view.SeekSpec(s.period, metric); !ok {
		return Change{}
	}
	s.pickSeekOutput(metric, "")
	return s.toolChanged()
}

// SeekGuidance opens the table for a guidance item: its output, at its
// figure.
func (s *Session) SeekGuidance(metric string) Change {
	if _, ok := view.GuidanceTarget(s.period, metric); !ok {
		return Change{}
	}
	s.seek.open = true
	s.pickSeekOutput(metric, "")
	return s.toolChanged()
}

// SeekTarget takes the target's text: refused, it says why and the table
// keeps the last target.
func (s *Session) SeekTarget(text string) Change {
	s.seek.target = text
	v, err := calc.ParseAmount("target", text)
	if err != nil {
		s.seek.err = err.Message
		return Change{Layout: true}
	}
	s.seek.err, s.seek.value = "", v
	return s.toolChanged()
}

// ApplySeek makes the table's answer for the lever under key the scenario:
// one history entry.
func (s *Session) ApplySeek(key string) Change {
	l, ok := calc.LeverByKey(key)
	if !ok || !s.seek.open {
		return Change{}
	}
	for _, sol := range s.seek.sols {
		if sol.Lever == l && sol.Status == calc.Solved {
			return s.setLevers(map[calc.Lever]decimal.Decimal{l: sol.Value.Decimal})
		}
	}
	return Change{}
}

// pickSeekOutput sets the output (the default if it is not one of the
// quarter's) and the target: the text given, else the output's guidance
// figure, else its value now.
func (s *Session) pickSeekOutput(metric, target string) {
	spec, ok := view.SeekSpec(s.period, metric)
	if !ok {
		spec = s.defaultSeekSpec()
	}
	s.seek.output, s.seek.err = spec.Metric, ""
	if v, err := calc.ParseAmount("target", target); target != "" && err == nil {
		s.seek.value = v
	} else if g, ok := view.GuidanceTarget(s.period, spec.Metric); ok {
		s.seek.value = g
	} else if v, ok := s.view.Outputs[spec.Metric]; ok && v.Valid {
		s.seek.value = v.Decimal
	} else {
		s.seek.value = decimal.Zero
	}
	s.seek.target = s.seek.value.String() // plain digits, in the output's unit, as -solve takes it
}

// defaultSeekSpec is the output the table opens on: the first guidance
// item the scenario misses, else the analysis panel's output, else the
// first.
func (s *Session) defaultSeekSpec() view.Spec {
	if o := s.view.Outlook; o != nil {
		for _, g := range o.Guidance {
			if g.Verdict == "misses" {
				spec, _ := view.SeekSpec(s.period, g.Key)
				return spec
			}
		}
	}
	if spec, ok := view.SeekSpec(s.period, s.analysis.output); ok {
		return spec
	}
	return view.SeekOutputs(s.period)[0]
}

// layOutSeek works out the table, if open.
func (s *Session) layOutSeek() {
	s.view.Seek, s.seek.sols = nil, nil
	if !s.seek.open {
		return
	}
	spec, ok := view.SeekSpec(s.period, s.seek.output)
	if !ok {
		s.pickSeekOutput("", "")
		spec, _ = view.SeekSpec(s.period, s.seek.output)
	}
	sols, err := s.model.SolveAll(s.scenario, spec.Metric, s.seek.value)
	if err != nil {
		return
	}
	s.seek.sols = sols
	s.view.Seek = view.NewSeek(s.period, s.scenario, spec, s.seek.value, s.view.Outputs[spec.Metric], sols)
}

// seekQuery is the table's part of the address.
func (s *Session) seekQuery() string {
	if !s.seek.open {
		return ""
	}
	return s.seek.output + ":" + s.seek.value.String()
}

// readSeek takes the table's choices from the address's seek key: the
// output, and the target after a colon.
func (s *Session) readSeek(value string) []calc.Notice {
	s.seek = seek{}
	if value == "" {
		return nil
	}
	metric, target, _ := strings.Cut(value, ":")
	var notices calc.Notices
	if _, ok := view.SeekSpec(s.period, metric); !ok {
		notices.Add("seek", value, calc.OutOfRange, func(k, _ string) string {
			return k + ": " + strconv.Quote(metric) + " is not an output the table aims at in " + s.period.Label
		})
	}
	if _, err := calc.ParseAmount("target", target); target != "" && err != nil {
		notices.Add("seek", value, calc.NotANumber, func(k, _ string) string { return k + ": the target " + err.Message })
		target = ""
	}
	s.seek.open = true
	s.pickSeekOutput(metric, target)
	return notices.List()
}
