package main

import (
	"html"
	"reflect"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Leaves are the small components an edit changes: a figure's row, a lever,
// a cell of the other methods' tables or of a pinned comparison, the
// analysis panel and the announcement. Everything else on
// the page is laid out by the page's own Render and stays put while levers
// move.
//
// An edit of a lever (redrawEdit, in the input handler) gives each leaf its
// new fields and withdraws the page's own redraw. Most leaves are bound
// (see "Bound values" below): their values are written at once, in the
// input's task. The others (the analysis panel and the announcement) are
// redrawn by go-app at its next frame, alone: every leaf sits directly in
// the page, with no component between, so the page is the only other
// component its update flags, and that flag is withdrawn. Anything else (a
// period, a deck, a saved scenario) redraws the page, which passes each leaf
// its fields and lets go-app compare them.
//
// Leaves register with the page when mounted (in the browser only: the
// tests' engine does not mount, and their page redraws whole).

// leaf is a leaf component.
type leaf interface {
	app.Composer
	hook() *leafHook
}

// leafHook is a leaf's link to the page. Its fields are unexported, so go-app
// neither compares them nor copies them into a mounted leaf.
type leafHook struct {
	c          *calculator
	ctx        app.Context
	registered string
}

func (h *leafHook) hook() *leafHook { return h }

// register files l under key, at mount and whenever a redraw of the page
// gives the leaf in that place another key.
func (h *leafHook) register(l leaf, key string) {
	if h.c == nil || h.registered == key {
		return
	}
	h.unregister(l)
	if h.c.leaves == nil {
		h.c.leaves = map[string]leaf{}
	}
	h.c.leaves[key] = l
	h.registered = key
}

func (h *leafHook) unregister(l leaf) {
	if h.c != nil && h.c.leaves[h.registered] == l {
		delete(h.c.leaves, h.registered)
	}
	h.registered = ""
}

// mounted keeps the leaf's context. go-app dispatches OnMount as an update
// of the leaf and of the page; the leaf has just been drawn, so the update is
// withdrawn.
func (h *leafHook) mounted(ctx app.Context, l leaf, key string) {
	h.ctx = ctx
	h.register(l, key)
	ctx.PreventUpdate()
}

// redraw draws a leaf whose fields were just set, and nothing else: the
// leaf's Dispatch flags it and the page, and the page's flag is withdrawn
// (page is the page's context, that of the handler at work).
func redraw(l leaf, page app.Context) {
	l.hook().ctx.Dispatch(func(app.Context) { page.PreventUpdate() })
}

// Bound values. go-app redraws on a tick of its own, 120 times a second, so
// a redraw follows an input by 8.3 ms at best, and then re-renders and
// compares each leaf. The figures are the page's answer to every edit and
// change by the dozen. So in the browser a bound leaf's Render lays out its
// element only, and its content is apply's: written as HTML in one call
// when it is first drawn (go-app would mount it node by node, some twenty
// of them for a figure's row), then, on each edit, only what changed, in
// the input's own handler: the figures change in the task of the
// keystroke. go-app never sees that content, so it never writes over it.
// Pre-rendered on the server (and in the tests' engine), Render lays out
// the content too, for pages without WebAssembly; the HTML apply writes is
// the same (TestBrowserBoundLeavesMatchThePrerender).
//
// apply writes only what differs from what it last wrote, so an edit
// touches only the figures it changed.

// bound is a leaf with values written by apply.
type bound interface {
	leaf
	apply()
}

// figureRow is one figure: label, scenario (the output contract), release
// and change. In the browser its cells are its own: written as HTML in one
// call when it is first drawn (go-app would build them node by node, some
// twenty of them), then cell by cell, only what changed.
type figureRow struct {
	app.Compo
	leafHook
	Key   string
	F     view.Figure
	shown view.Figure // what apply last wrote; none before the first draw
}

func (c *calculator) figureRow(f view.Figure) *figureRow {
	return &figureRow{leafHook: leafHook{c: c}, Key: figureKey(f.Metric), F: f}
}

func figureKey(metric string) string { return "figure:" + metric }

func (r *figureRow) OnMount(ctx app.Context) { r.mounted(ctx, r, r.Key); r.apply() }
func (r *figureRow) OnUpdate(ctx app.Context) {
	r.register(r, r.Key)
	r.apply()
}
func (r *figureRow) OnDismount() { r.unregister(r) }

// changeTexts are a change cell's four texts: arrow, amount, percentage,
// and the tone in words for screen readers (the arrow and colour say it to
// the eye).
func changeTexts(f view.Figure) [4]string {
	if f.Change == "" {
		return [4]string{}
	}
	return [4]string{arrow(f.Tone), f.Change, f.Percent, " (" + string(f.Tone) + ")"}
}

func (r *figureRow) Render() app.UI {
	if app.IsClient {
		return app.Elem("tr") // its cells are apply's
	}
	// Pre-rendered, the row is the HTML apply writes in the browser.
	return app.Raw("<tr>" + rowHTML(r.F) + "</tr>")
}

func (r *figureRow) apply() {
	if !app.IsClient || !r.Mounted() {
		return
	}
	f, was := r.F, r.shown
	tr := r.JSValue()
	if was == (view.Figure{}) {
		tr.Set("innerHTML", rowHTML(f))
		r.shown = f
		return
	}
	if f == was {
		return
	}
	cells := tr.Get("children")
	if f.Value != was.Value || f.Text != was.Text || f.Note != was.Note {
		td := cells.Index(1)
		out := td.Get("firstChild")
		if f.Value != was.Value {
			out.Call("setAttribute", "data-value", f.Value) // "" where the figure does not exist
		}
		if f.Text != was.Text {
			out.Set("textContent", f.Text)
		}
		if f.Note != was.Note {
			td.Get("lastChild").Set("textContent", f.Note)
		}
	}
	if f.Release != was.Release {
		cells.Index(2).Call("setAttribute", "data-release", f.Release)
	}
	if f.Baseline != was.Baseline || f.Source != was.Source || f.Model != was.Model || f.Rounding != was.Rounding || f.Release != was.Release {
		cells.Index(2).Set("innerHTML", baseHTML(f))
	}
	if f.Label != was.Label {
		cells.Index(0).Set("textContent", f.Label)
	}
	now, before := changeTexts(f), changeTexts(was)
	if f.Tone != was.Tone || now != before {
		td := cells.Index(3)
		if f.Tone != was.Tone {
			td.Call("setAttribute", "data-tone", string(f.Tone))
		}
		span := td.Get("firstChild")
		for i := range now {
			if now[i] != before[i] {
				span.Set("textContent", now[i])
			}
			span = span.Get("nextSibling")
		}
	}
	r.shown = f
}

// rowHTML is a figure's cells as HTML, as Render lays them out.
func rowHTML(f view.Figure) string {
	e := html.EscapeString
	t := changeTexts(f)
	return `<th scope="row" class="label">` + e(f.Label) + `</th>` +
		`<td class="value"><output aria-live="off" data-metric="` + e(f.Metric) + `" data-value="` + e(f.Value) + `">` + e(f.Text) + `</output>` +
		`<span class="note">` + e(f.Note) + `</span></td>` +
		`<td class="base"` + releaseAttr(f) + `>` + baseHTML(f) + `</td>` +
		`<td class="change" data-tone="` + e(string(f.Tone)) + `"><span class="arrow" aria-hidden="true">` + e(t[0]) + `</span><span class="amount">` + e(t[1]) +
		`</span><span class="pct">` + e(t[2]) + `</span><span class="visually-hidden">` + e(t[3]) + `</span></td>`
}

// textCell is a table cell of the other methods' tables or of a pinned
// comparison: its text, and for a change its tone, follow the scenario.
type textCell struct {
	app.Compo
	leafHook
	Key   string
	V     view.Cell
	shown view.Cell
}

func (c *calculator) textCell(key string, d view.Cell) *textCell {
	return &textCell{leafHook: leafHook{c: c}, Key: key, V: d}
}

func (v *textCell) OnMount(ctx app.Context) { v.mounted(ctx, v, v.Key); v.apply() }
func (v *textCell) OnUpdate(ctx app.Context) {
	v.register(v, v.Key)
	v.apply()
}
func (v *textCell) OnDismount() { v.unregister(v) }

func (v *textCell) Render() app.UI {
	td := app.Elem("td").Class(v.V.Class)
	if v.V.Estimate != "" {
		td = td.DataSet("estimate", v.V.Estimate)
	}
	if app.IsClient {
		return td
	}
	if v.V.Tone != "" {
		td = td.DataSet("tone", string(v.V.Tone))
	}
	return td.Text(v.V.Text)
}

func (v *textCell) apply() {
	if !app.IsClient || !v.Mounted() {
		return
	}
	d, was := v.V, v.shown
	td := v.JSValue()
	if d.Tone != was.Tone {
		td.Call("setAttribute", "data-tone", string(d.Tone))
	}
	if d.Text != was.Text {
		td.Set("textContent", d.Text)
	}
	v.shown = d
}

// announcement is the polite live region that reads a summary of the
// figures once typing pauses.
type announcement struct {
	app.Compo
	leafHook
	Text string
}

const announceKey = "announce"

func (v *announcement) OnMount(ctx app.Context)  { v.mounted(ctx, v, announceKey) }
func (v *announcement) OnUpdate(ctx app.Context) { v.register(v, announceKey) }
func (v *announcement) OnDismount()              { v.unregister(v) }

func (v *announcement) Render() app.UI {
	return app.Elem("div").Class("visually-hidden").Aria("live", "polite").ID("announce").Text(v.Text)
}

// analysisLeaf is the analysis panel, which follows every edit while open.
type analysisLeaf struct {
	app.Compo
	leafHook
	Open bool
	V    view.Analysis
}

const analysisKey = "analysis"

func (v *analysisLeaf) OnMount(ctx app.Context)  { v.mounted(ctx, v, analysisKey) }
func (v *analysisLeaf) OnUpdate(ctx app.Context) { v.register(v, analysisKey) }
func (v *analysisLeaf) OnDismount()              { v.unregister(v) }

func (v *analysisLeaf) Render() app.UI { return v.c.analysisPanel(v.Open, &v.V) }

// pageShell is what the page lays out itself, outside its leaves, that an
// edit could change; while it stays as drawn, an edit redraws leaves only.
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

// redrawEdit follows an edit of the levers: when the page has registered
// its leaves and nothing outside them changed, it gives each leaf its new
// fields (bound values are written there and then; other leaves are
// redrawn) and withdraws the page's own redraw; otherwise go-app redraws the
// page.
func (c *calculator) redrawEdit(page app.Context) {
	if c.leaves == nil || c.shell() != c.drawn {
		c.updateAnalysis() // the page's redraw draws the charts too
		return
	}
	v := &c.view
	groups := [][]view.Figure{v.Company}
	for _, s := range v.Segments {
		groups = append(groups, s.Figures)
	}
	levers := append(append([]view.Lever{}, v.Prices...), v.Opex)
	for _, m := range v.Mines {
		groups = append(groups, m.Figures)
		levers = append(append(levers, m.Levers...), m.Advanced...)
	}
	for _, g := range groups {
		for _, f := range g {
			setLeaf(c, figureKey(f.Metric), f, func(r *figureRow) *view.Figure { return &r.F })
		}
	}
	for _, l := range levers {
		setLeaf(c, leverKey(l.Key), c.leverData(l), func(f *leverField) *leverData { return &f.D })
	}
	for i, r := range v.Methods.CoProduct {
		alloc, per := r.Cells()
		setLeaf(c, coProductKey(i, "allocation"), alloc, textCellData)
		setLeaf(c, coProductKey(i, "per-unit"), per, textCellData)
	}
	for _, r := range v.Methods.Aisc {
		est, byProduct := r.Cells()
		setLeaf(c, aiscKey(r.Metric, "estimate"), est, textCellData)
		setLeaf(c, aiscKey(r.Metric, "by-product"), byProduct, textCellData)
	}
	if c.pinned != nil {
		for i, f := range v.Pin {
			value, change := view.PinCells(f, c.pinPercent)
			setLeaf(c, pinValueKey(i), value, textCellData)
			setLeaf(c, pinChangeKey(i), change, textCellData)
		}
	}
	if c.analysisDue {
		// The charts, at the next frame: after the figures have been
		// painted, and once for however many edits come before it.
		page.Defer(func(app.Context) { c.drawAnalysis(page) })
	}
	page.PreventUpdate()
}

// drawAnalysis works out the analysis panel's charts if they are due and
// redraws the panel.
func (c *calculator) drawAnalysis(page app.Context) {
	if !c.updateAnalysis() {
		return
	}
	if a, ok := c.leaves[analysisKey].(*analysisLeaf); ok && !reflect.DeepEqual(a.V, c.view.Analysis) {
		a.V = c.view.Analysis
		redraw(a, page)
	}
}

// setLeaf gives the bound leaf under key the fields d, and writes the values
// that changed. A key with no leaf is a part of the page not shown (an
// embed shows the sections it is asked for).
func setLeaf[L bound, D comparable](c *calculator, key string, d D, fields func(L) *D) {
	l, ok := c.leaves[key].(L)
	if !ok {
		return
	}
	if p := fields(l); *p != d {
		*p = d
		l.apply()
	}
}

func textCellData(l *textCell) *view.Cell { return &l.V }

// leverData is a lever's fields: its view, and the text in its field and
// the message for that text, which the view does not hold.
type leverData struct {
	V         view.Lever
	Text, Err string
}
