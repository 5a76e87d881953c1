package session

import (
	"net/url"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// A link's parts that do not apply are named in notices; the rest apply.
// The scenario's notices come before the embed's, and all are capped.
func TestAddressNotices(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		notices     string // their keys
		want        string // in force
		period      calc.PeriodID
	}{
		{"a metal the page does not know", "copper=3&silver=20&period=2006q1", "copper", "period=2006q1&silver=20", calc.Q1of2006},
		{"a tracker's key", "x=1", "x", "", calc.Q1of2007},
		{"capped", strings.Repeat("x=1&", 15) + "embed=1&show=" + strings.Repeat("bogus,", 15),
			strings.Repeat("x,", 15) + strings.Repeat("show,", calc.MaxNotices-15) + string(calc.MoreNotices), "", calc.Q1of2007},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.query)
			var keys []string
			for _, n := range s.Notices() {
				k := n.Key
				if n.Code == calc.MoreNotices {
					k = string(n.Code)
				}
				keys = append(keys, k)
			}
			if got := strings.Join(keys, ","); got != tc.notices {
				t.Errorf("%.40q: notices for %s, want %s", tc.query, got, tc.notices)
			}
			if got := inForce(s); got != tc.want || s.View().Period != tc.period {
				t.Errorf("%.40q: in force %q in %s, want %q in %s", tc.query, got, s.View().Period, tc.want, tc.period)
			}
		})
	}
	s := newSession(t, "copper=3")
	if ch := s.DismissNotices(); len(s.Notices()) != 0 || !ch.Layout {
		t.Errorf("dismissed: %v, %+v", s.Notices(), ch)
	}
	if ch := s.DismissNotices(); ch.Layout {
		t.Errorf("dismissed again: %+v", ch)
	}
}

// Back, Forward or a link to another address lay the page out for it; a
// navigation to the address the page shows already (its own, after a
// change) has nothing to do.
func TestNavigate(t *testing.T) {
	s := newSession(t, "")
	s.Focus(silver)
	ch := s.Edit(silver, "20")
	u := &url.URL{Path: "/", RawQuery: ch.Query}
	if ch := s.Navigate(u); ch != (Change{}) {
		t.Errorf("to the address shown: %+v, want nothing", ch)
	}
	ch = s.Navigate(&url.URL{Path: "/", RawQuery: "gold=700"})
	if !ch.Figures || !ch.Layout || ch.Address != None || inForce(s) != "gold=700" || s.edit.on {
		t.Errorf("to another: %+v, in force %q, editing %v", ch, inForce(s), s.edit.on)
	}
	if text, _ := s.Field(silver); text != "13.31" {
		t.Errorf("the silver field holds %q after the navigation", text)
	}
	if !s.Shows(&url.URL{Path: "/", RawQuery: "gold=700"}) || s.Shows(u) {
		t.Error("the page does not show the address it navigated to")
	}
}

// The live region reads the figures once typing pauses: the last change's
// announcement is made, an earlier one's is stale.
func TestAnnounce(t *testing.T) {
	s := newSession(t, "")
	first := s.View().Announce.Text
	a := s.Edit(silver, "20").Announce
	b := s.Edit(silver, "25").Announce
	if a == 0 || b == 0 || s.View().Announce.Text != first {
		t.Fatalf("announcements %d, %d; the region says %q, want %q until typing pauses", a, b, s.View().Announce.Text, first)
	}
	if ch := s.Announce(a); ch.Figures || s.View().Announce.Text != first {
		t.Errorf("the stale announcement was made: %+v", ch)
	}
	if ch := s.Announce(b); !ch.Figures || s.View().Announce.Text != s.View().Summary || ch.Layout {
		t.Errorf("the last announcement: %+v, the region says %q", ch, s.View().Announce.Text)
	}
	if s.Edit(tons, "x").Announce != 0 {
		t.Error("a refused text that changes nothing in force is announced")
	}
}
