package main

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// compareView is a saved scenario beside the current one.
type compareView struct {
	name string
	rows []compareRow
}

type compareRow struct {
	label, saved, current, change string
	tone                          tone
}

// compareMetrics are the figures a comparison shows.
func compareSpecs() []figureSpec {
	var specs []figureSpec
	for _, s := range companySpecs() {
		if s.metric != "company.sales" {
			specs = append(specs, s)
		}
	}
	for _, m := range calc.Mines() {
		for _, s := range mineSpecs(m) {
			if strings.HasSuffix(s.metric, ".total-cash-cost-per-oz") || strings.HasSuffix(s.metric, ".gross-profit") {
				s.label = m.Name() + ": " + strings.ToLower(s.label)
				specs = append(specs, s)
			}
		}
	}
	return specs
}

func (c *calculator) reloadSaved() {
	c.saved, c.savedNotices = loadSaved(c.store)
	if c.compare != nil {
		c.compare = nil
	}
}

// findSaved is the entry named by the firing element's data-key.
func (c *calculator) findSaved(ctx app.Context) (savedScenario, bool) {
	key := ctx.JSSrc().Get("dataset").Get("key").String()
	for _, s := range c.saved {
		if s.key == key {
			return s, true
		}
	}
	return savedScenario{}, false
}

func (c *calculator) onSaveName(ctx app.Context, e app.Event) {
	c.saveName = ctx.JSSrc().Get("value").String()
}

func (c *calculator) onSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if c.store == nil {
		return
	}
	name := strings.TrimSpace(c.saveName)
	if name == "" {
		name = scenarioName(c.model, c.scenario)
	}
	now, when := clock()
	if _, err := saveNew(c.store, now, name, c.view.query, when); err != nil {
		c.savedStatus = "Could not save: " + err.Error()
		return
	}
	c.saveName = ""
	c.savedStatus = "Saved \u201c" + name + "\u201d."
	c.reloadSaved()
}

func (c *calculator) onOpenSaved(ctx app.Context, e app.Event) {
	s, ok := c.findSaved(ctx)
	if !ok {
		return
	}
	sc, notices := c.model.Decode(s.Query, isUIKey)
	c.notices = notices
	c.apply(sc)
	c.discrete(ctx)
	c.savedStatus = "Opened \u201c" + s.Name + "\u201d."
}

func (c *calculator) onDeleteSaved(ctx app.Context, e app.Event) {
	s, ok := c.findSaved(ctx)
	if !ok {
		return
	}
	if err := c.store.del(s.key); err != nil {
		c.savedStatus = "Could not delete: " + err.Error()
		return
	}
	c.savedStatus = "Deleted \u201c" + s.Name + "\u201d."
	c.reloadSaved()
}

func (c *calculator) onRenameStart(ctx app.Context, e app.Event) {
	if s, ok := c.findSaved(ctx); ok {
		c.renaming, c.renameText = s.key, s.Name
	}
}

func (c *calculator) onRenameText(ctx app.Context, e app.Event) {
	c.renameText = ctx.JSSrc().Get("value").String()
}

func (c *calculator) onRenameDone(ctx app.Context, e app.Event) {
	e.PreventDefault()
	for _, s := range c.saved {
		if s.key != c.renaming || strings.TrimSpace(c.renameText) == "" {
			continue
		}
		s.Name = strings.TrimSpace(c.renameText)
		if err := writeSaved(c.store, s); err != nil {
			c.savedStatus = "Could not rename: " + err.Error()
			return
		}
		c.savedStatus = "Renamed to \u201c" + s.Name + "\u201d."
	}
	c.renaming = ""
	c.reloadSaved()
}

// onCompare pins a saved scenario beside the current one.
func (c *calculator) onCompare(ctx app.Context, e app.Event) {
	s, ok := c.findSaved(ctx)
	if !ok {
		return
	}
	sc, _ := c.model.Decode(s.Query, isUIKey)
	other, err := c.model.Evaluate(sc)
	if err != nil {
		return
	}
	cv := &compareView{name: s.Name}
	for _, spec := range compareSpecs() {
		// The saved scenario plays the baseline's part: the change is
		// current minus saved.
		f := figure(spec, c.view.result, other, nil)
		cv.rows = append(cv.rows, compareRow{label: spec.label, saved: f.Baseline, current: f.Text, change: f.Change, tone: f.Tone})
	}
	c.compare = cv
}

func (c *calculator) onCompareClose(ctx app.Context, e app.Event) { c.compare = nil }

func (c *calculator) onExportJSON(ctx app.Context, e app.Event) {
	if err := download("hecla-scenarios.json", "application/json", string(exportScenarios(c.saved))); err != nil {
		c.savedStatus = "Could not export: " + err.Error()
	}
}

func (c *calculator) onExportCSV(ctx app.Context, e app.Event) {
	if err := download("hecla-results.csv", "text/csv", resultsCSV(c.period, c.view.query, c.view.result, c.source)); err != nil {
		c.savedStatus = "Could not export: " + err.Error()
	}
}

// clock is the time in milliseconds, for a new entry's key, and as the
// browser writes it in ISO form, for its "saved".
func clock() (now uint64, when string) {
	date := app.Window().Get("Date")
	return uint64(date.Call("now").Int()), date.New().Call("toISOString").String()
}

// onImport reads the chosen file (a promise in the browser) and saves the
// scenarios it holds, each as a new entry. A file over the limit is refused
// before it is read.
func (c *calculator) onImport(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Get("length").Int() == 0 {
		return
	}
	if size := files.Index(0).Get("size").Int(); size > maxImportBytes {
		c.savedStatus = "Could not import: " + importTooBig(size).Error() + "."
		input.Set("value", "")
		return
	}
	var then app.Func
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) { c.importText(text) })
		input.Set("value", "")
		then.Release()
		return nil
	})
	files.Index(0).Call("text").Call("then", then)
}

func (c *calculator) importText(text string) {
	now, when := clock()
	r := importFile(c.store, []byte(text), c.model, now, when)
	c.reloadSaved()
	c.savedNotices = append(c.savedNotices, r.notices...)
	c.savedStatus = r.status()
}
