package session

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// drawAll calls SampleStep as the page does while the Changes ask, and
// counts the calls.
func drawAll(s *Session, ch Change) int {
	n := 0
	for ch.Sample != 0 {
		ch = s.SampleStep(ch.Sample)
		n++
	}
	return n
}

// A link with ranges opens the panel on them, and the page draws the
// simulation a chunk at a time; its figures are the engine's for the same
// scenario, sample count and seed, so a link gives the same on every
// machine.
func TestRangesFromALink(t *testing.T) {
	const q = "silver=13.5&range.silver=11:16&range.zinc=1.2:1.8"
	s := New(fixture.Release(t), fixture.Model(t))
	ch := s.FromURL(&url.URL{Path: "/", RawQuery: q})
	if !s.RangesPanel().Open || ch.Sample == 0 {
		t.Fatalf("the panel is not open on the link's ranges, or draws nothing: %+v", ch)
	}
	if r := s.View().Ranges; r == nil || r.Done || len(r.Ranged) != 2 || !strings.Contains(r.Ranged[0], "most likely $13.50") {
		t.Fatalf("before drawing: %+v", r)
	}
	want := (RangeSamples + calc.SampleChunk - 1) / calc.SampleChunk
	if n := drawAll(s, ch); n != want {
		t.Errorf("%d chunks, want %d", n, want)
	}
	m := fixture.Model(t)
	sc, _ := m.Decode(q, nil)
	sim, err := m.Simulate(sc, RangeSamples, RangeSeed)
	if err != nil {
		t.Fatal(err)
	}
	r := s.View().Ranges
	if !r.Done || len(r.Guidance) != len(sim.Guidance) {
		t.Fatalf("after drawing: %+v", r)
	}
	for _, o := range sim.Outputs {
		if o.Name != "company.eps" {
			continue
		}
		for _, row := range r.Rows {
			if row.Metric == o.Name && row.P50 != view.Money(o.P50.Decimal, 2) {
				t.Errorf("EPS P50 %s, the engine's %s", row.P50, o.P50.Decimal)
			}
		}
	}
	// The page draws its figures alone (view.RangeOutputs); the panel is
	// what the whole simulation would lay out.
	whole := view.NewRanges(m.Default(), sc, RangeSamples, RangeSamples, RangeSeed, sim)
	if !reflect.DeepEqual(r.Rows, whole.Rows) || !reflect.DeepEqual(r.Guidance, whole.Guidance) {
		t.Errorf("the panel:\n%+v\n%+v\nfrom the whole simulation:\n%+v\n%+v", r.Rows, r.Guidance, whole.Rows, whole.Guidance)
	}
	if s.SampleStep(ch.Sample).Figures {
		t.Error("a stale simulation drew again")
	}
}

// A range typed: both ends give it, one history entry, the address keeps
// it; one end alone says why and changes nothing; a range refused keeps
// the one in force; both ends emptied take it away.
func TestRangeFields(t *testing.T) {
	s := newSession(t, "")
	s.OpenRanges(true)
	zinc := calc.PriceLever(calc.Zinc)
	s.TypeRange(zinc, 0, "1.2")
	if ch := s.SetRange(zinc); ch.Address != None || !strings.Contains(s.RangesPanel().Fields[zinc].Error, "both") {
		t.Errorf("one end: %+v, %q", ch, s.RangesPanel().Fields[zinc].Error)
	}
	s.TypeRange(zinc, 1, "1.8")
	ch := s.SetRange(zinc)
	if ch.Address != Push || !strings.Contains(ch.Query, "range.zinc=1.2:1.8") || ch.Sample == 0 {
		t.Fatalf("both ends: %+v", ch)
	}
	s.TypeRange(zinc, 1, "1.5")
	if ch := s.SetRange(zinc); ch.Address != None || s.RangesPanel().Fields[zinc].Error == "" {
		t.Errorf("a high below the value: %+v", ch)
	}
	if low, high, ok := s.Scenario().Range(zinc); !ok || low.String() != "1.2" || high.String() != "1.8" {
		t.Errorf("the range in force: %s to %s", low, high)
	}
	s.TypeRange(zinc, 0, "")
	s.TypeRange(zinc, 1, " ")
	if ch := s.SetRange(zinc); ch.Address != Push || strings.Contains(ch.Query, "range.") {
		t.Errorf("emptied: %+v", ch)
	}
}

// An edit that moves a value out of its range sets the range aside, and
// the panel says so at once (its layout changes); moved back, the range is
// in force again and the word goes.
func TestRangeSetAside(t *testing.T) {
	s := newSession(t, "range.zinc=1.2:1.8")
	zinc := calc.PriceLever(calc.Zinc)
	var last Change
	for _, st := range typeKeys(zinc, "2") {
		last = st.do(s)
	}
	if !last.Layout || !strings.Contains(s.RangesPanel().Fields[zinc].Error, "set aside") || strings.Contains(s.address.RawQuery, "range.") {
		t.Errorf("zinc at 2: %+v, %q, address %q", last, s.RangesPanel().Fields[zinc].Error, s.address.RawQuery)
	}
	if ch := s.Edit(zinc, "1.5"); !ch.Layout || s.RangesPanel().Fields[zinc].Error != "" || !strings.Contains(ch.Query, "range.zinc=1.2:1.8") {
		t.Errorf("zinc back at 1.5: %+v, %q", ch, s.RangesPanel().Fields[zinc].Error)
	}
}
