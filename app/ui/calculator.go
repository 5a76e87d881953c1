package ui

import (
	"net/url"
	"time"

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
	// live keeps the view on screen: every figure, lever, cell and chart
	// of the view, written where it changed whenever the view is
	// recomputed (app/live).
	live *live.Registry
	// announce is what the polite live region says; it follows the figures
	// after typing pauses, not on every keystroke.
	announce string
	edits    int
}

// announceDelay is how long typing must pause before the new figures are
// read out by a screen reader.
const announceDelay = 900 * time.Millisecond

func (c *calculator) OnInit() {
	if c.model != nil {
		return // already initialized (tests prepare a calculator before mounting it)
	}
	rel, err := data.Load()
	if err == nil {
		c.rel = rel
		c.model, err = rel.Model()
	}
	if err != nil {
		c.loadErr = err.Error()
		return
	}
	c.period = c.model.Default()
	c.live = live.New(c.kinds())
	c.sources = view.FigureSources(c.rel)
	c.texts = map[calc.Lever]string{}
	c.errs = map[calc.Lever]string{}
	if !app.IsClient {
		// The first render, before the URL is read (OnPreRender), lays
		// out every lever and figure already: the page never flashes empty.
		c.apply(calc.Scenario{})
		return
	}
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

// OnMount follows Back and Forward: the scenario's history entries (one per
// discrete change, changed) are pushed by the page itself, past go-app's
// navigation, which would not see a return to the address it first
// loaded.
func (c *calculator) OnMount(ctx app.Context) {
	c.live.Page(ctx)
	c.popState = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			if u := app.Window().URL(); u.String() != c.shownURL {
				c.editing = false
				c.fromURL(u)
				return
			}
			ctx.PreventUpdate() // go-app's OnNav has followed it
		})
		return nil
	})
	app.Window().Call("addEventListener", "popstate", c.popState)
	// The printed page says what it shows, as of the moment it is printed:
	// written into its element directly, since the figures' edits do not
	// redraw the page.
	c.beforePrint = app.FuncOf(func(app.Value, []app.Value) any {
		today := app.Window().Get("Date").New().Call("toLocaleDateString", "en-US", map[string]any{"year": "numeric", "month": "long", "day": "numeric"}).String()
		if el := app.Window().Get("document").Call("getElementById", "print-context"); el.Truthy() {
			el.Set("textContent", view.PrintContext(c.period, c.scenario, today))
		}
		return nil
	})
	app.Window().Call("addEventListener", "beforeprint", c.beforePrint)
}

func (c *calculator) OnDismount() {
	if c.popState != nil {
		app.Window().Call("removeEventListener", "popstate", c.popState)
		c.popState.Release()
		c.popState = nil
	}
	if c.beforePrint != nil {
		app.Window().Call("removeEventListener", "beforeprint", c.beforePrint)
		c.beforePrint.Release()
		c.beforePrint = nil
	}
}

// OnNav runs in the browser on the first load and on navigation; an embed
// starts telling its parent its height.
func (c *calculator) OnNav(ctx app.Context) {
	if u := ctx.Page().URL(); u.String() == c.shownURL {
		ctx.PreventUpdate() // the page already shows this address
	} else {
		c.fromURL(u)
	}
	if c.embed.on && !c.postingHeight {
		c.postingHeight = true
		postHeight()
	}
	c.attachStore()
}

// attachStore gives the page the browser's storage and its saved scenarios.
// An embed keeps none: its storage belongs to the host page's site, and it
// must work with none.
func (c *calculator) attachStore() {
	if !c.embed.on && c.store == nil {
		c.store = browserKV{}
		c.reloadSaved()
		watchForUpdates()
	}
}

func (c *calculator) fromURL(u *url.URL) {
	if c.model == nil {
		return
	}
	s, notices := c.model.Decode(u.RawQuery, view.IsUIKey)
	var embedNotices []calc.Notice
	c.embed, embedNotices = parseEmbed(u)
	c.uiQuery = view.UIPart(u.RawQuery)
	c.shownURL = u.String()
	c.notices = calc.JoinNotices(notices, embedNotices)
	c.announce = "" // the live region reads this address's figures
	c.apply(s)
}

// apply makes s the scenario and every field show its value.
func (c *calculator) apply(s calc.Scenario) {
	c.scenario = s
	c.period, _ = c.model.Period(s.PeriodOr(c.model.Default().ID))
	if c.consts != nil {
		c.consts = c.period.Constants()
	}
	clear(c.errs)
	for _, l := range calc.Levers() {
		c.texts[l] = view.LeverText(l, s.Value(c.period, l))
	}
	c.recompute()
}

// recompute evaluates the scenario once and formats every figure, and the
// analysis panel's charts when it is open.
func (c *calculator) recompute() {
	c.recomputeFigures()
	c.updateAnalysis()
}

// recomputeFigures is recompute but for the analysis panel, which it marks
// due: an edit of a lever draws the figures first and the charts (the
// sensitivities, price curves and attribution, an evaluation each of dozens
// of scenarios) at go-app's next frame (afterEdit). Until then the panel
// keeps the charts it has. The live layer shows the new view at once.
func (c *calculator) recomputeFigures() {
	charts := c.view.Analysis
	c.view = view.NewPage(c.rel, c.model, c.period, c.scenario, c.source, c.field)
	c.view.Analysis = charts
	c.analysisDue = c.analysisOpen
	if c.pinned != nil {
		c.view.Pin = view.PinRows(c.pinned, c.view.Result, c.pinPercent)
	}
	if c.announce == "" {
		c.announce = c.view.Summary
	}
	c.view.Announce = view.Announcement{Text: c.announce}
	c.live.Update(&c.view)
}

// field is what lever l's field holds, as typed, and the message for that
// text if it was refused.
func (c *calculator) field(l calc.Lever) (text, err string) { return c.texts[l], c.errs[l] }

// updateAnalysis works out the analysis panel's charts, if they are due,
// and the live layer redraws them.
func (c *calculator) updateAnalysis() {
	if !c.analysisDue {
		return
	}
	c.analysisDue = false
	a := view.NewAnalysis(c.rel, c.model, c.period, c.scenario, c.view.Result, c.analysisOutput, c.analysisMine)
	c.view.Analysis = &a
	c.live.Update(&c.view)
}

// announceSummary has the polite live region read the figures as they
// stand.
func (c *calculator) announceSummary() {
	c.announce = c.view.Summary
	c.view.Announce = view.Announcement{Text: c.announce}
	c.live.Update(&c.view)
}

// The event handlers below find their lever (or period) in the element
// that fired, not in a closure: go-app keeps an element's first handler when
// a new one has the same code, so a closure over a lever could stay bound to
// whichever lever first rendered at that place.

func (c *calculator) setText(ctx app.Context, l calc.Lever, text string) {
	before := c.shell()
	if c.edit(l, text) {
		c.changed(ctx)
	}
	c.afterEdit(ctx, before)
}

// pageShell is what the page lays out itself, outside the live layer's
// elements, that an edit's handler could change.
type pageShell struct {
	period       calc.PeriodID
	copied       string
	copyFailed   bool
	periodNote   string
	pinned       bool
	pinPercent   bool
	analysisOpen bool
	notices      int
}

func (c *calculator) shell() pageShell {
	return pageShell{c.view.Period, c.copied, c.copyFailed, c.periodNote, c.pinned != nil, c.pinPercent, c.analysisOpen, len(c.notices)}
}

// afterEdit follows an edit of the levers, which the live layer has
// written already: the page's own redraw is withdrawn unless the edit
// changed the page outside the live layer's elements (before is the shell
// as it was), and the analysis panel's charts follow at the next frame,
// after the figures have been painted, once for however many edits come
// before it.
func (c *calculator) afterEdit(ctx app.Context, before pageShell) {
	if c.analysisDue {
		ctx.Defer(func(app.Context) { c.updateAnalysis() })
	}
	if c.shell() == before {
		ctx.PreventUpdate()
	}
}

// discrete is a change of the whole scenario (a deck, a reset, a quarter, a
// saved scenario): its own history entry, and the end of any edit.
func (c *calculator) discrete(ctx app.Context) {
	c.editing = false
	c.pushNext = true
	c.changed(ctx)
}

// edit puts text in a lever's field and, if it is a valid value, into the
// scenario. It reports whether the scenario changed; a refused text leaves
// its message and the last valid value in force.
func (c *calculator) edit(l calc.Lever, text string) bool {
	c.texts[l] = text
	if !c.editing || c.editLever != l {
		c.beginEdit(l) // an input with no focus first (a script's)
	}
	v, err := l.Parse(text)
	if err == nil {
		err = c.scenario.Set(c.period, l, v)
	}
	if err != nil {
		// Nothing half-typed stays in force: the lever goes back to its
		// value before this edit, and the message says which that is.
		c.errs[l] = err.Message + "; in force: " + view.FormatLever(l, c.editFrom) + ", its value before this edit."
		if c.restore(l) {
			return true
		}
		c.recomputeFigures() // the field's text and message are the view's too
		return false
	}
	delete(c.errs, l)
	c.recomputeFigures()
	return true
}

// beginEdit starts an edit of lever l's field: its value now is the one a
// refused text leaves in force, and the edit's first change is a new
// history entry.
func (c *calculator) beginEdit(l calc.Lever) {
	c.editing, c.editLever = true, l
	c.editFrom = c.scenario.Value(c.period, l)
	_, c.editWasSet = c.scenario.Changed(l)
	c.pushNext = true
}

// restore puts lever l back to its value when the edit began, and reports
// whether the scenario changed.
func (c *calculator) restore(l calc.Lever) bool {
	_, set := c.scenario.Changed(l)
	if set == c.editWasSet && c.scenario.Value(c.period, l).Equal(c.editFrom) {
		return false
	}
	if c.editWasSet {
		if err := c.scenario.Set(c.period, l, c.editFrom); err != nil {
			return false // it was in force before: cannot be refused
		}
	} else {
		c.scenario.Reset(l)
	}
	c.recomputeFigures()
	return true
}

// changed follows a change of scenario, once the figures are recomputed:
// the address bar and the announcement.
func (c *calculator) changed(ctx app.Context) {
	c.copied = ""
	// The address bar follows after the figures: replacing the history
	// entry costs a millisecond or two, which the figures need not wait
	// for. Deferred, it runs at go-app's next frame.
	query := view.JoinQuery(c.uiQuery, c.model.Encode(c.scenario))
	push := c.pushNext
	c.pushNext = false
	ctx.Defer(func(ctx app.Context) {
		u := *ctx.Page().URL()
		if u.RawQuery == query {
			return
		}
		u.RawQuery = query
		c.shownURL = u.String()
		if push {
			// A new entry, so Back returns to the scenario before it.
			app.Window().Get("history").Call("pushState", nil, "", u.String())
			return
		}
		ctx.Page().ReplaceURL(&u)
	})
	c.edits++
	edit := c.edits
	ctx.After(announceDelay, func(ctx app.Context) {
		if edit != c.edits {
			ctx.PreventUpdate() // a later edit will announce
			return
		}
		c.announceSummary()
		ctx.PreventUpdate()
	})
}

func (c *calculator) onResetAll(ctx app.Context, e app.Event) {
	c.apply(calc.Scenario{Period: c.scenario.Period})
	c.periodNote = ""
	c.discrete(ctx)
}

// onPeriod switches the period (the radio's value), keeping every lever the
// user changed at the value they gave it, and says so; the others take the
// new quarter's release figures. "Reset all" returns to the release.
func (c *calculator) onPeriod(ctx app.Context, e app.Event) {
	p, ok := c.model.Period(calc.PeriodID(ctx.JSSrc().Get("value").String()))
	if !ok {
		return
	}
	s, kept := view.SwitchPeriod(c.model, c.scenario, p)
	c.apply(s)
	c.periodNote = view.PeriodNote(p, s, kept)
	c.discrete(ctx)
}

// OnAppUpdate runs when go-app has downloaded a new version in the
// background: the page offers a reload rather than mixing versions.
func (c *calculator) OnAppUpdate(ctx app.Context) {
	c.updateAvailable = ctx.AppUpdateAvailable()
}

func (c *calculator) onReload(ctx app.Context, e app.Event) { ctx.Reload() }

func (c *calculator) onDismissNotices(ctx app.Context, e app.Event) { c.notices = nil }

func (c *calculator) onCopyLink(ctx app.Context, e app.Event) {
	href := app.Window().Get("location").Get("href").String()
	clip := app.Window().Get("navigator").Get("clipboard")
	c.copyFailed = false
	if !clip.Truthy() {
		c.copyRefused(ctx)
		return
	}
	c.copied = "Copying the link…"
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { c.copied = "Link copied." })
		release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(c.copyRefused)
		release()
		return nil
	})
	clip.Call("writeText", href).Call("then", done, failed)
}

// copyRefused says the clipboard refused the link and shows it, selected,
// to copy by hand.
func (c *calculator) copyRefused(ctx app.Context) {
	c.copied = "The browser did not let the page copy the link: it is selected below, to copy with Ctrl+C (⌘C on a Mac)."
	c.copyFailed = true
	ctx.Defer(func(app.Context) {
		if el := app.Window().Get("document").Call("getElementById", "link-text"); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
	})
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
		for _, name := range calc.MetricNames() {
			c.sourceTexts[name] = view.SourceOf(c.rel, c.sources, c.findings, name, c.period.ID)
		}
	}
	return c.sourceTexts[metric]
}
