package session

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// "How likely?": any lever may carry a low and a high beside its value,
// which stays the most likely; the ranges are the scenario's, so the
// address carries them (range.<lever>=LOW:HIGH). While the panel is open
// and a range is in force, the page draws the simulation a chunk at a
// time (SampleStep), yielding between chunks.

// The simulation the page draws: as many samples as an analyst's
// spreadsheet would, with a seed fixed so that a link gives the same
// figures on every machine.
const (
	RangeSamples        = 2000
	RangeSeed    uint64 = 1
)

type ranges struct {
	open bool
	// texts are the range fields as typed (low, high), errs why a pair is
	// not in force.
	texts   map[calc.Lever][2]string
	errs    map[calc.Lever]string
	sampler *calc.Sampler
	drawn   bool // the sampler has drawn every sample
	gen     int  // counts the simulations started
	// aside are the levers whose range an edit set aside, as the panel
	// last laid them out: when they change, so does the panel's layout.
	aside uint64
}

// RangesPanel is the panel as the page lays it out.
type RangesPanel struct {
	Open   bool
	Fields []RangeField
}

// RangeField is a lever's range fields.
type RangeField struct {
	Lever     calc.Lever
	Low, High string
	Error     string
}

func (s *Session) RangesPanel() RangesPanel {
	p := RangesPanel{Open: s.ranges.open}
	if !p.Open {
		return p
	}
	for _, l := range s.period.Levers() {
		t := s.ranges.texts[l]
		f := RangeField{Lever: l, Low: t[0], High: t[1], Error: s.ranges.errs[l]}
		if _, _, aside := s.scenario.AsideRange(l); aside && f.Error == "" {
			f.Error = "set aside while " + l.Describe() + " is outside it; in force again once it is back inside"
		}
		p.Fields = append(p.Fields, f)
	}
	return p
}

// OpenRanges opens the panel, and starts the simulation if a range is in
// force; or closes it.
func (s *Session) OpenRanges(open bool) Change {
	if open == s.ranges.open {
		return Change{}
	}
	s.ranges.open = open
	s.layOutRanges()
	return Change{Figures: true, Layout: true, Sample: s.sampling()}
}

// TypeRange keeps what is typed in one of a lever's range fields (end 0:
// low, 1: high) until the field is left.
func (s *Session) TypeRange(l calc.Lever, end int, text string) Change {
	if end < 0 || end > 1 {
		return Change{}
	}
	t := s.ranges.texts[l]
	t[end] = text
	s.ranges.texts[l] = t
	return Change{}
}

// SetRange takes a lever's range fields as they stand: both ends give it
// a range, both empty clear it; either way a new history entry. One end
// alone, or a range refused, says why, and the range it had stays.
func (s *Session) SetRange(l calc.Lever) Change {
	t := s.ranges.texts[l]
	low, high := strings.TrimSpace(t[0]), strings.TrimSpace(t[1])
	sc := s.scenario
	switch {
	case low == "" && high == "":
		if _, _, ok := sc.Range(l); !ok {
			delete(s.ranges.errs, l)
			return Change{Layout: true}
		}
		sc.ClearRange(l)
	case low == "" || high == "":
		s.ranges.errs[l] = l.Describe() + " range: give both its low and its high, or neither"
		return Change{Layout: true}
	default:
		lo, err := calc.ParseAmount("low", low)
		if err == nil {
			var hi = lo
			if hi, err = calc.ParseAmount("high", high); err == nil {
				err = setRangeOf(&sc, s.period, l, lo, hi)
			}
		}
		if err != nil {
			s.ranges.errs[l] = err.Message
			return Change{Layout: true}
		}
	}
	delete(s.ranges.errs, l)
	s.scenario = sc
	s.recompute()
	return s.discrete(Change{Figures: true, Layout: true})
}

// SampleStep draws the next chunk of simulation gen, a Change's Sample:
// the page calls it again, after yielding, while the Change asks.
func (s *Session) SampleStep(gen int) Change {
	sm := s.ranges.sampler
	if sm == nil || s.ranges.drawn || gen != s.ranges.gen {
		return Change{}
	}
	s.ranges.drawn = sm.Run(calc.SampleChunk)
	s.showRanges()
	return Change{Figures: true, Sample: s.sampling()}
}

// sampling is the simulation being drawn; 0 if none is.
func (s *Session) sampling() int {
	if s.ranges.sampler == nil || s.ranges.drawn {
		return 0
	}
	return s.ranges.gen
}

// rangeTexts gives every lever's range fields the scenario's ranges.
func (s *Session) rangeTexts() {
	s.ranges.texts = map[calc.Lever][2]string{}
	s.ranges.errs = map[calc.Lever]string{}
	for _, l := range s.period.Levers() {
		if low, high, ok := s.scenario.Range(l); ok {
			s.ranges.texts[l] = [2]string{low.String(), high.String()}
		}
	}
	if len(s.scenario.Ranged()) > 0 && !s.embed.On {
		s.ranges.open = true // a link with ranges opens on them
	}
}

// layOutRanges starts the simulation of the scenario afresh, if the panel
// is open and a range is in force.
func (s *Session) layOutRanges() {
	s.view.Ranges, s.ranges.sampler, s.ranges.drawn = nil, nil, false
	if !s.ranges.open {
		return
	}
	if len(s.scenario.Ranged()) > 0 {
		s.ranges.sampler, _ = s.model.NewSamplerOf(s.scenario, RangeSamples, RangeSeed, view.RangeOutputs(s.period))
		s.ranges.gen++
	}
	s.showRanges()
}

// showRanges lays out the simulation as it stands.
func (s *Session) showRanges() {
	var sim *calc.Simulation
	drawn := 0
	if sm := s.ranges.sampler; sm != nil {
		drawn, _ = sm.Progress()
		if s.ranges.drawn {
			sim = sm.Result()
		}
	}
	s.view.Ranges = view.NewRanges(s.period, s.scenario, drawn, RangeSamples, RangeSeed, sim)
}

// asideChanged says whether the ranges set aside differ from those the
// panel last laid out (an edit moved a value out of its range, or back),
// and takes the new ones as laid out. A lever's bit is its place among
// every lever's, the same in both periods (TestAsideMaskHoldsEveryLever:
// 64 at most).
func (s *Session) asideChanged() bool {
	var mask uint64
	for i, l := range calc.AllLevers() {
		if _, _, aside := s.scenario.AsideRange(l); aside {
			mask |= 1 << i
		}
	}
	changed := mask != s.ranges.aside
	s.ranges.aside = mask
	return changed && s.ranges.open
}
