package main

import (
	"net/url"
	"strings"
	"time"

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

	// embed is the embed view's options; uiQuery the URL's own keys of the
	// page (embed=1, theme ...), kept in the address bar beside the scenario.
	embed   embedOptions
	uiQuery string
	// updateAvailable is set when go-app has fetched a new version.
	updateAvailable bool
	postingHeight   bool
	// shownURL is the address the page was first laid out for, until the
	// first OnNav.
	shownURL string

	// Saved scenarios (savedactions.go): the store is the browser's
	// localStorage once the page runs there, nil while pre-rendering.
	store        kv
	saved        []savedScenario
	savedNotices []string
	saveName     string
	renaming     string // key of the entry being renamed
	renameText   string
	savedStatus  string
	compare      *compareView

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
	findings     []string
	consts       []calc.Constant
	sources      map[string]sourceRef
	sourceTexts  map[string]string
	sourcePeriod calc.PeriodID

	view pageView
	// leaves are the page's leaf components by key, once mounted, and drawn
	// what the page laid out itself at its last render (leaves.go).
	leaves map[string]leaf
	drawn  pageShell
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
	c.sources = figureSources()
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
	u := app.Window().URL()
	c.fromURL(u)
	c.shownURL = u.String()
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
	c.findings = releaseFindings(c.rel)
}

func (c *calculator) onAssumptionsToggle(ctx app.Context, e app.Event) {
	if ctx.JSSrc().Get("open").Bool() {
		c.prepareAssumptions()
	}
}

// OnNav runs in the browser on the first load and on navigation; an embed
// starts telling its parent its height.
func (c *calculator) OnNav(ctx app.Context) {
	if u := ctx.Page().URL(); u.String() == c.shownURL {
		ctx.PreventUpdate() // the page already shows this address (OnInit)
	} else {
		c.fromURL(u)
	}
	c.shownURL = ""
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
	s, notices := c.model.Decode(u.RawQuery, isUIKey)
	var embedNotices []calc.Notice
	c.embed, embedNotices = parseEmbed(u)
	c.uiQuery = uiPart(u.RawQuery)
	c.notices = append(notices, embedNotices...)
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
		c.texts[l] = leverText(l, s.Value(c.period, l))
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
// of scenarios) at go-app's next frame (redrawEdit). Until then the panel
// keeps the charts it has.
func (c *calculator) recomputeFigures() {
	charts := c.view.analysis
	c.view = buildView(c.model, c.period, c.scenario, c.source)
	c.view.analysis = charts
	c.analysisDue = c.analysisOpen
	if c.pinned != nil {
		c.view.pin = pinRows(c.pinned, c.view.result)
	}
	if c.announce == "" {
		c.announce = c.view.summary
	}
}

// updateAnalysis works out the analysis panel's charts, if they are due, and
// says whether it did.
func (c *calculator) updateAnalysis() bool {
	if !c.analysisDue {
		return false
	}
	c.analysisDue = false
	c.view.analysis = buildAnalysis(c.model, c.period, c.scenario, c.view.result, c.analysisOutput, c.analysisMine)
	return true
}

// The event handlers below find their lever (or period) in the element
// that fired, not in a closure: go-app keeps an element's first handler when
// a new one has the same code, so a closure over a lever could stay bound to
// whichever lever first rendered at that place.

func (c *calculator) setText(ctx app.Context, l calc.Lever, text string) {
	if c.edit(l, text) {
		c.changed(ctx)
	}
	c.redrawEdit(ctx)
}

// edit puts text in a lever's field and, if it is a valid value, into the
// scenario. It reports whether the scenario changed; a refused text leaves
// its message and the last valid value in force.
func (c *calculator) edit(l calc.Lever, text string) bool {
	c.texts[l] = text
	v, err := l.Parse(text)
	if err == nil {
		err = c.scenario.Set(c.period, l, v)
	}
	if err != nil {
		c.errs[l] = err.Message
		return false
	}
	delete(c.errs, l)
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
	query := joinQuery(c.uiQuery, c.model.Encode(c.scenario))
	ctx.Defer(func(ctx app.Context) {
		u := *ctx.Page().URL()
		u.RawQuery = query
		ctx.Page().ReplaceURL(&u)
	})
	c.edits++
	edit := c.edits
	ctx.After(announceDelay, func(ctx app.Context) {
		if edit != c.edits {
			ctx.PreventUpdate() // a later edit will announce
			return
		}
		c.announce = c.view.summary
		if a, ok := c.leaves[announceKey].(*announcement); ok {
			if a.Text != c.announce {
				a.Text = c.announce
				redraw(a, ctx)
			}
			ctx.PreventUpdate()
		}
	})
}

func (c *calculator) onResetAll(ctx app.Context, e app.Event) {
	c.apply(calc.Scenario{Period: c.scenario.Period})
	c.changed(ctx)
}

// onPeriod switches the period (the radio's value); levers go back to that
// period's release figures, since a change made against one quarter means
// nothing in another.
func (c *calculator) onPeriod(ctx app.Context, e app.Event) {
	p, ok := c.model.Period(calc.PeriodID(ctx.JSSrc().Get("value").String()))
	if !ok {
		return
	}
	s := calc.Scenario{}
	if p != c.model.Default() {
		s.Period = p.ID
	}
	c.apply(s)
	c.changed(ctx)
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
	if !clip.Truthy() {
		c.copied = "Copy this page's address from the address bar."
		return
	}
	clip.Call("writeText", href)
	c.copied = "Link copied."
}

// leverText is a lever's value as its field shows it: plain digits, no
// grouping, as few places as the value needs; recovery, calibrated to many
// places, to two.
func leverText(l calc.Lever, v decimal.Decimal) string {
	if l.Kind() == calc.Recovery {
		return v.Round(2).String()
	}
	return v.String()
}

// uiPart keeps the page's own keys of a raw query, as they were written.
func uiPart(raw string) string {
	var keep []string
	for _, part := range strings.Split(raw, "&") {
		key, _, _ := strings.Cut(part, "=")
		if k, err := url.QueryUnescape(key); err == nil && isUIKey(k) {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "&")
}

func joinQuery(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "&" + b
}

// source says where a metric's baseline comes from in the release; the
// words are made once per period.
func (c *calculator) source(metric string) string {
	if c.sourceTexts == nil || c.sourcePeriod != c.period.ID {
		c.sourceTexts = map[string]string{}
		c.sourcePeriod = c.period.ID
		for _, name := range calc.MetricNames() {
			c.sourceTexts[name] = sourceText(c.rel, c.sources, name, c.period.ID)
		}
	}
	return c.sourceTexts[metric]
}
