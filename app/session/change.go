package session

// Change is what an action changed, for the page to apply.
type Change struct {
	// Figures: the view changed; the page shows it (View) through its
	// live layer.
	Figures bool
	// Address says how the address bar follows, and Query is the query it
	// must show then.
	Address Address
	Query   string
	// Announce, when not zero, is the announcement due once typing
	// pauses: the page calls Announce with it then, and a later change
	// makes it stale.
	Announce int
	// Analysis: the analysis panel's charts do not follow the scenario
	// yet; the page calls UpdateAnalysis once the figures are painted, so
	// that an edit's figures never wait for dozens of evaluations.
	Analysis bool
	// Sample, when not zero, is the simulation being drawn: the page calls
	// SampleStep with it once it has yielded to the browser, until a
	// Change no longer asks; a later simulation makes it stale.
	Sample int
	// Layout: something the page lays out itself, outside the live
	// layer's elements, changed; only then need the page be drawn again.
	Layout bool
}

// Address is how the address bar follows a change of scenario.
type Address int

const (
	// None: the address already shows the scenario.
	None Address = iota
	// Replace the current history entry: a further step of one edit.
	Replace
	// Push a new history entry, so that Back returns to the scenario
	// before: a discrete change, or an edit's first.
	Push
)

func (a Address) String() string {
	switch a {
	case Replace:
		return "replace"
	case Push:
		return "push"
	}
	return "none"
}
