package main

import (
	"html"
	"reflect"

	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Leaves are the small components an edit changes: a figure's value and
// its change, a lever, a cell of the other methods' tables or of a pinned
// comparison, the analysis panel and the announcement. Everything else on
// the page is laid out by the page's own Render and stays put while levers
// move.
//
// An edit of a lever (redrawEdit, in the input handler) gives each leaf its
// new fields and withdraws the page's own redraw. Most leaves are bound
// (see "Bound values" below): their values are written at once, in the
// input's task. The others, and a lever whose reset or message appears, are
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
// change by the dozen, so in the browser the values that follow the
// scenario (a figure's value, text and change, a lever's text, slider and
// its spoken value) are not laid out by Render but written into the leaf's
// own nodes by apply, in the input's own handler: the figures change in the
// task of the keystroke. Render lays out the rest, and go-app owns it; it
// never sees a bound value, so it never writes over one. Pre-rendered on
// the server (and in the tests' engine), Render writes the values too, for
// pages without WebAssembly.
//
// apply writes only what differs from what it last wrote, so an edit
// touches only the figures it changed.

// bound is a leaf with values written by apply.
type bound interface {
	leaf
	apply()
}

// valueCell is a figure's scenario cell: the output contract and the note
// that says why a figure is absent.
type valueCell struct {
	app.Compo
	leafHook
	Key   string
	V     valueData
	shown valueData
	drawn bool
}

type valueData struct {
	Metric, Value, Text, Note string
}

func (c *calculator) valueCell(f figureView) *valueCell {
	return &valueCell{leafHook: leafHook{c: c}, Key: "value:" + f.Metric, V: valueData{f.Metric, f.Value, f.Text, f.Note}}
}

func (v *valueCell) OnMount(ctx app.Context) { v.mounted(ctx, v, v.Key); v.apply() }
func (v *valueCell) OnUpdate(ctx app.Context) {
	v.register(v, v.Key)
	v.apply()
}
func (v *valueCell) OnDismount() { v.unregister(v) }

func (v *valueCell) Render() app.UI {
	if app.IsClient {
		return app.Td().Class("value") // its content is apply's
	}
	d := v.V
	return app.Td().Class("value").Body(
		output(d.Metric, d.Value, d.Text),
		app.Span().Class("note").Text(d.Note),
	)
}

// apply writes the cell's content the first time, as HTML (one call, where
// building it node by node would be eight), then only what changed.
func (v *valueCell) apply() {
	if !app.IsClient || !v.Mounted() {
		return
	}
	d, was := v.V, v.shown
	td := v.JSValue()
	switch {
	case !v.drawn:
		td.Set("innerHTML", `<output aria-live="off" data-metric="`+html.EscapeString(d.Metric)+`" data-value="`+html.EscapeString(d.Value)+`">`+
			html.EscapeString(d.Text)+`</output><span class="note">`+html.EscapeString(d.Note)+`</span>`)
	case d != was:
		out := td.Get("firstChild")
		if d.Value != was.Value {
			out.Call("setAttribute", "data-value", d.Value) // "" where the figure does not exist
		}
		if d.Text != was.Text {
			out.Set("textContent", d.Text)
		}
		if d.Note != was.Note {
			td.Get("lastChild").Set("textContent", d.Note)
		}
	}
	v.shown, v.drawn = d, true
}

// changeCell is a figure's change from the release: arrow, amount,
// percentage and, for screen readers, whether it is good news. Its tone is
// its data-tone, which the style colours.
type changeCell struct {
	app.Compo
	leafHook
	Key   string
	V     changeData
	shown changeData
	drawn bool
}

type changeData struct {
	Change, Percent string
	Tone            tone
}

// texts are the cell's four texts: arrow, amount, percentage, tone in words.
func (d changeData) texts() [4]string {
	if d.Change == "" {
		return [4]string{}
	}
	return [4]string{arrow(d.Tone), d.Change, d.Percent, " (" + string(d.Tone) + ")"}
}

func (c *calculator) changeCell(f figureView) *changeCell {
	return &changeCell{leafHook: leafHook{c: c}, Key: "change:" + f.Metric, V: changeData{f.Change, f.Percent, f.Tone}}
}

func (v *changeCell) OnMount(ctx app.Context) { v.mounted(ctx, v, v.Key); v.apply() }
func (v *changeCell) OnUpdate(ctx app.Context) {
	v.register(v, v.Key)
	v.apply()
}
func (v *changeCell) OnDismount() { v.unregister(v) }

func (v *changeCell) Render() app.UI {
	if app.IsClient {
		return app.Td().Class("change") // its content is apply's
	}
	t := v.V.texts()
	return app.Td().Class("change").DataSet("tone", string(v.V.Tone)).Body(
		app.Span().Class("arrow").Aria("hidden", "true").Text(t[0]),
		app.Span().Class("amount").Text(t[1]),
		app.Span().Class("pct").Text(t[2]),
		app.Span().Class("visually-hidden").Text(t[3]),
	)
}

// apply writes the cell's four spans the first time, as HTML, then only the
// texts that changed.
func (v *changeCell) apply() {
	if !app.IsClient || !v.Mounted() {
		return
	}
	d, was := v.V, v.shown
	td := v.JSValue()
	if !v.drawn || d.Tone != was.Tone {
		td.Call("setAttribute", "data-tone", string(d.Tone))
	}
	now, before := d.texts(), was.texts()
	switch {
	case !v.drawn:
		td.Set("innerHTML", `<span class="arrow" aria-hidden="true">`+now[0]+`</span><span class="amount">`+html.EscapeString(now[1])+
			`</span><span class="pct">`+html.EscapeString(now[2])+`</span><span class="visually-hidden">`+html.EscapeString(now[3])+`</span>`)
	case now != before:
		span := td.Get("firstChild")
		for i := range now {
			if now[i] != before[i] {
				span.Set("textContent", now[i])
			}
			span = span.Get("nextSibling")
		}
	}
	v.shown, v.drawn = d, true
}

// textCell is a table cell of the other methods' tables or of a pinned
// comparison: its text, and for a change its tone, follow the scenario.
type textCell struct {
	app.Compo
	leafHook
	Key   string
	V     cellData
	shown cellData
}

type cellData struct {
	Class, Estimate string // Estimate: the data-estimate output the cell carries, if any
	Text            string
	Tone            tone
}

func (c *calculator) textCell(key string, d cellData) *textCell {
	return &textCell{leafHook: leafHook{c: c}, Key: key, V: d}
}

func (v *textCell) OnMount(ctx app.Context) { v.mounted(ctx, v, v.Key); v.apply() }
func (v *textCell) OnUpdate(ctx app.Context) {
	v.register(v, v.Key)
	v.apply()
}
func (v *textCell) OnDismount() { v.unregister(v) }

func (v *textCell) Render() app.UI {
	td := app.Td().Class(v.V.Class)
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
	return app.Div().Class("visually-hidden").Aria("live", "polite").ID("announce").Text(v.Text)
}

// analysisLeaf is the analysis panel, which follows every edit while open.
type analysisLeaf struct {
	app.Compo
	leafHook
	Open bool
	V    analysisView
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
	pinned       bool
	pinPercent   bool
	analysisOpen bool
	notices      int
}

func (c *calculator) shell() pageShell {
	return pageShell{c.view.period, c.copied, c.pinned != nil, c.pinPercent, c.analysisOpen, len(c.notices)}
}

// redrawEdit follows an edit of the levers: when the page has registered
// its leaves and nothing outside them changed, it gives each leaf its new
// fields (bound values are written there and then; other leaves are
// redrawn) and withdraws the page's own redraw; otherwise go-app redraws the
// page.
func (c *calculator) redrawEdit(page app.Context) {
	if c.leaves == nil || c.shell() != c.drawn {
		return
	}
	v := &c.view
	groups := [][]figureView{v.company}
	for _, s := range v.segments {
		groups = append(groups, s.figures)
	}
	levers := append(append([]leverView{}, v.prices...), v.opex)
	for _, m := range v.mines {
		groups = append(groups, m.figures)
		levers = append(append(levers, m.levers...), m.advanced...)
	}
	for _, g := range groups {
		for _, f := range g {
			setLeaf(c, "value:"+f.Metric, valueData{f.Metric, f.Value, f.Text, f.Note}, func(l *valueCell) *valueData { return &l.V })
			setLeaf(c, "change:"+f.Metric, changeData{f.Change, f.Percent, f.Tone}, func(l *changeCell) *changeData { return &l.V })
		}
	}
	for _, l := range levers {
		if f, ok := c.leaves["lever:"+l.key].(*leverField); ok {
			f.set(leverData{l, c.texts[l.lever], c.errs[l.lever]}, page)
		}
	}
	for i, r := range v.methods.coProduct {
		alloc, per := r.cells()
		setLeaf(c, coProductKey(i, "allocation"), alloc, textCellData)
		setLeaf(c, coProductKey(i, "per-unit"), per, textCellData)
	}
	for _, r := range v.methods.aisc {
		est, byProduct := r.cells()
		setLeaf(c, "aisc:"+r.metric, est, textCellData)
		setLeaf(c, "aisc-by-product:"+r.metric, byProduct, textCellData)
	}
	if c.pinned != nil {
		for i, f := range v.pin {
			value, change := pinCells(f, c.pinPercent)
			setLeaf(c, pinValueKey(i), value, textCellData)
			setLeaf(c, pinChangeKey(i), change, textCellData)
		}
	}
	if a, ok := c.leaves[analysisKey].(*analysisLeaf); ok && c.analysisOpen && !reflect.DeepEqual(a.V, v.analysis) {
		a.V = v.analysis
		redraw(a, page)
	}
	page.PreventUpdate()
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

func textCellData(l *textCell) *cellData { return &l.V }

// leverData is a lever's fields: its view, and the text in its field and
// the message for that text, which the view does not hold.
type leverData struct {
	V         leverView
	Text, Err string
}
