package session

import (
	"net/url"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Session is one reader's page: what it shows and what the reader did.
// Make one with New, then give it its address (FromURL).
type Session struct {
	rel    *data.Release
	model  *calc.Model
	period *calc.Period

	scenario calc.Scenario
	// loaded is the scenario the address gave, which a text typed before
	// the page was live is judged from (TakeTyped).
	loaded calc.Scenario
	// texts holds what is in each lever's field, as typed; errs the
	// message for a field whose text was refused (an older value stays).
	texts map[calc.Lever]string
	errs  map[calc.Lever]string
	edit  fieldEdit

	notices []calc.Notice
	toolbar Toolbar
	embed   Embed
	// address is the one the page shows; uiQuery its page keys (embed=1,
	// theme ...), kept beside the scenario's.
	address url.URL
	uiQuery string
	// pushNext makes the next change of scenario a new history entry: an
	// edit is one entry however many keys it takes.
	pushNext bool
	// announce is what the polite live region says: the summary as it
	// stood when typing last paused; edits counts the changes, so that
	// only the last one's announcement is made.
	announce string
	edits    int

	pinned *calc.Result
	pin    Pin

	store view.KV // nil until the browser's is attached, and in an embed
	saved Saved
	side  []sideEntry
	// deleted is the saved scenario the last action deleted, which Undo
	// puts back; nil after any other action (say).
	deleted *deletion
	seek    seek
	grid    grid
	ranges  ranges

	analysis analysis
	cache    cache

	view view.Page
}

// New is a session of the release rel and its model m, at the model's
// default quarter; it has no view until FromURL.
func New(rel *data.Release, m *calc.Model) *Session {
	return &Session{
		rel:    rel,
		model:  m,
		period: m.Default(),
		texts:  map[calc.Lever]string{},
		errs:   map[calc.Lever]string{},
		cache:  cache{sources: view.FigureSources(rel)},
	}
}

// View is the page's view. The session changes it in place: a Change
// with Figures says when.
func (s *Session) View() *view.Page { return &s.view }

func (s *Session) Model() *calc.Model      { return s.model }
func (s *Session) Release() *data.Release  { return s.rel }
func (s *Session) Period() *calc.Period    { return s.period }
func (s *Session) Scenario() calc.Scenario { return s.scenario }

// Field is what lever l's field holds, as typed, and the message for that
// text if it was refused.
func (s *Session) Field(l calc.Lever) (text, err string) { return s.texts[l], s.errs[l] }

// Notices are the parts of the address (or of a saved scenario opened)
// that were not applied.
func (s *Session) Notices() []calc.Notice { return s.notices }

// Toolbar is what the page's header says besides the figures.
type Toolbar struct {
	Copied     string // the "Copy link" button's status
	CopyFailed bool   // the link shows, selected, to copy by hand
	PeriodNote string // what a switch of quarter kept
}

func (s *Session) Toolbar() Toolbar { return s.toolbar }

// Embed is the embed view's options, read from the address.
func (s *Session) Embed() Embed { return s.embed }

// PrintContext is what the printed page says it shows, today.
func (s *Session) PrintContext(today string) string {
	return view.PrintContext(s.period, s.scenario, today)
}
