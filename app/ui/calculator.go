package ui

import (
	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// calculator is the page: it owns the scenario and everything derived from
// it. Its handlers compute; Render (page.go) only lays out c.view.
type calculator struct {
	app.Compo

	rel     *data.Release
	model   *calc.Model
	period  *calc.Period
	loadErr string

	scenario calc.Scenario
	// texts holds what is in each lever's field, as typed; errs the message
	// for a field whose text was refused (the last valid value stays).
	texts   map[calc.Lever]string
	errs    map[calc.Lever]string
	notices []calc.Notice
	copied  string // status of the "Copy link" button
	// copyFailed shows the link, selected, when the clipboard refused it.
	copyFailed bool
	// periodNote says what a switch of quarter kept.
	periodNote string

	// The edit under way in a lever's field (from its focus to its blur):
	// the lever, and its value and whether it was changed when the edit
	// began. While the field's text is refused, that value is in force.
	editing    bool
	editLever  calc.Lever
	editFrom   decimal.Decimal
	editWasSet bool
	// pushNext makes the next change of scenario a new history entry: a
	// field's edit is one entry however many keys it takes.
	pushNext    bool
	popState    app.Func
	beforePrint app.Func

	// embed is the embed view's options; uiQuery the URL's own keys of the
	// page (embed=1, theme ...), kept in the address bar beside the scenario.
	embed   embedOptions
	uiQuery string
	// updateAvailable is set when go-app has fetched a new version.
	updateAvailable bool
	postingHeight   bool
	// shownURL is the address the page shows: the one it was laid out for
	// (fromURL) or the one it last wrote (changed). A navigation to it
	// (go-app's first OnNav, or a Back that go-app and the page's own
	// popstate listener both follow) has nothing to redo.
	shownURL string

	// Saved scenarios (savedactions.go): the store is the browser's
	// localStorage once the page runs there, nil while pre-rendering.
	store        view.KV
	saved        []view.SavedScenario
	savedNotices []string
	saveName     string
	renaming     string // key of the entry being renamed
	renameText   string
	savedStatus  string
	compare      *view.Compare

	// A pinned scenario (pin.go) and how its comparison shows the change.
	pinned     *calc.Result
	pinName    string
	pinPercent bool

	// The analysis panel (analysis.go), computed only while open.
	analysisOpen   bool
	analysisDue    bool // the charts do not yet follow the scenario
	analysisOutput string
	analysisMine   calc.Mine
	// quartersOutput is the output the bridge from Q1 2006 to Q1 2007
	// shows ("": the first), and quarters the bridges made, by output.
	quartersOutput string
	quarters       map[string]view.Bridge

	// findings are the release's arithmetic that does not add up, in words,
	// and consts the period's constants: worked out when the assumptions
	// panel is first open (or pre-rendered), not on every load: until
	// then they are nil, and the panel mounts its summary only. sources maps
	// outputs to the printed figures their baselines are; sourceTexts holds
	// their words for the period, which no lever changes.
	findings     []view.Finding
	consts       []calc.Constant
	sources      map[string]view.SourceRef
	sourceTexts  map[string]view.Source
	sourcePeriod calc.PeriodID

	view view.Page
	// baseOutputs are the period basePeriod's outputs at the release's
	// levers, which every page's changes are from.
	baseOutputs view.Outputs
	basePeriod  calc.PeriodID
	// live keeps the view on screen: every figure, lever, cell and chart
	// of the view, written where it changed whenever the view is
	// recomputed (app/live).
	live *live.Registry
	// announce is what the polite live region says; it follows the figures
	// after typing pauses, not on every keystroke.
	announce string
	edits    int

	// step is the last of the start-up's steps mounted (later.go). kept
	// are empty copies of the server's sections of main, for those still
	// to come, and keptNodes the sections themselves until their content
	// is moved into the copies; keptShows tells whether they show this
	// view, keptPeriod of which quarter, keptFocus the element with the
	// focus as the first render replaces the page.
	step       int
	kept       []string
	keptNodes  []app.Value
	keptShows  bool
	keptPeriod calc.PeriodID
	keptFocus  app.Value
	partSteps  []int // each of main's sections' step, in order
}

func (c *calculator) OnInit() {
	if c.model != nil {
		return // already initialized (Start, or a test, made it before mounting it)
	}
	c.load(func() {})
}

// load makes the page: its data, model and view. pause is called between
// those steps: in the browser, Start gives the main thread back there.
func (c *calculator) load(pause func()) {
	c.step = lastStep
	rel, err := data.Load()
	if err == nil {
		pause()
		c.rel = rel
		c.model, err = rel.Model()
	}
	if err != nil {
		c.loadErr = err.Error()
		return
	}
	c.period = c.model.Default()
	c.live = live.New(c.kinds()...)
	c.sources = view.FigureSources(c.rel)
	c.texts = map[calc.Lever]string{}
	c.errs = map[calc.Lever]string{}
	if !app.IsClient {
		// The first render, before the URL is read (OnPreRender), lays
		// out every lever and figure already: the page never flashes empty.
		c.apply(calc.Scenario{})
		return
	}
	pause()
	// In the browser the address is known before the first render, so the
	// page mounts as its URL has it and the first OnNav finds nothing to
	// redraw: start-up renders and compares the whole page once, not twice.
	c.fromURL(app.Window().URL())
	c.attachStore()
}

// OnPreRender runs on the server, so the HTML already holds the figures of
// the URL's scenario, and the assumptions for readers without JavaScript.
func (c *calculator) OnPreRender(ctx app.Context) {
	c.fromURL(ctx.Page().URL())
	c.prepareAssumptions()
}

// prepareAssumptions works out what the assumptions panel shows.
func (c *calculator) prepareAssumptions() {
	if c.model == nil {
		return
	}
	c.consts = c.period.Constants()
	if c.findings != nil {
		return
	}
	c.findings = view.ReleaseFindings(c.rel)
}

func (c *calculator) onAssumptionsToggle(ctx app.Context, e app.Event) {
	if ctx.JSSrc().Get("open").Bool() {
		c.prepareAssumptions()
	}
}

// source is what the release cell of a metric shows besides the model's
// baseline; made once per period, since no lever changes it.
func (c *calculator) source(metric string) view.Source {
	if c.sourceTexts == nil || c.sourcePeriod != c.period.ID {
		c.sourceTexts = map[string]view.Source{}
		c.sourcePeriod = c.period.ID
		if c.findings == nil {
			c.findings = view.ReleaseFindings(c.rel)
		}
		for _, name := range calc.OutputNames() {
			c.sourceTexts[name] = view.SourceOf(c.rel, c.sources, c.findings, name, c.period.ID)
		}
	}
	return c.sourceTexts[metric]
}
