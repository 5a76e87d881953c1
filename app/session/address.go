package session

import (
	"net/url"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// FromURL lays the page out for the address u: its scenario, its page keys
// (the embed's), and a notice for each part not applied. The live region
// reads this address's figures.
func (s *Session) FromURL(u *url.URL) Change {
	sc, notices := s.model.Decode(u.RawQuery, view.IsUIKey)
	var embedNotices []calc.Notice
	s.embed, embedNotices = ParseEmbed(u)
	s.uiQuery = view.UIPart(u.RawQuery)
	s.address = *u
	s.announce = ""
	s.loaded = sc
	// The tools' choices are the new address's, read once the view they
	// start from is made: closed until then, so that it makes no table.
	s.seek, s.grid = seek{}, grid{}
	s.apply(sc)
	s.notices = calc.JoinNotices(notices, embedNotices, s.readTools())
	s.layOutSeek()
	s.layOutGrid()
	return Change{Figures: true, Layout: true, Sample: s.sampling()}
}

// Navigate follows the browser to u (Back, Forward, a link): nothing to do
// if the page shows u already, as after its own change of the address;
// otherwise it ends any edit and lays the page out for u.
func (s *Session) Navigate(u *url.URL) Change {
	if s.Shows(u) {
		return Change{}
	}
	s.edit.on = false
	return s.FromURL(u)
}

// Shows tells whether u is the address the page shows: the one it was laid
// out for, or the last one a Change gave.
func (s *Session) Shows(u *url.URL) bool { return u.String() == s.address.String() }
