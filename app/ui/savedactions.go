package ui

import (
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (c *calculator) reloadSaved() {
	c.saved, c.savedNotices = view.LoadSaved(c.store)
	if c.compare != nil {
		c.compare = nil
	}
}

// findSaved is the entry named by the firing element's data-key.
func (c *calculator) findSaved(ctx app.Context) (view.SavedScenario, bool) {
	key := ctx.JSSrc().Get("dataset").Get("key").String()
	for _, s := range c.saved {
		if s.Key == key {
			return s, true
		}
	}
	return view.SavedScenario{}, false
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
		name = view.ScenarioName(c.model, c.scenario)
	}
	now, when := clock()
	if _, err := view.SaveNew(c.store, now, name, c.view.Query, when); err != nil {
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
	sc, notices := c.model.Decode(s.Query, view.IsUIKey)
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
	if err := c.store.Del(s.Key); err != nil {
		c.savedStatus = "Could not delete: " + err.Error()
		return
	}
	c.savedStatus = "Deleted \u201c" + s.Name + "\u201d."
	c.reloadSaved()
}

func (c *calculator) onRenameStart(ctx app.Context, e app.Event) {
	if s, ok := c.findSaved(ctx); ok {
		c.renaming, c.renameText = s.Key, s.Name
	}
}

func (c *calculator) onRenameText(ctx app.Context, e app.Event) {
	c.renameText = ctx.JSSrc().Get("value").String()
}

func (c *calculator) onRenameDone(ctx app.Context, e app.Event) {
	e.PreventDefault()
	for _, s := range c.saved {
		if s.Key != c.renaming || strings.TrimSpace(c.renameText) == "" {
			continue
		}
		s.Name = strings.TrimSpace(c.renameText)
		if err := view.WriteSaved(c.store, s); err != nil {
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
	sc, _ := c.model.Decode(s.Query, view.IsUIKey)
	other, err := c.model.Evaluate(sc)
	if err != nil {
		return
	}
	c.compare = view.NewCompare(s.Name, c.view.Result, other)
}

func (c *calculator) onCompareClose(ctx app.Context, e app.Event) { c.compare = nil }

func (c *calculator) onExportJSON(ctx app.Context, e app.Event) {
	if err := download("hecla-scenarios.json", "application/json", string(view.ExportScenarios(c.saved))); err != nil {
		c.savedStatus = "Could not export: " + err.Error()
	}
}

func (c *calculator) onExportCSV(ctx app.Context, e app.Event) {
	if err := download("hecla-results.csv", "text/csv", view.ResultsCSV(c.period, c.view.Query, c.view.Outputs, c.view.Base, c.source)); err != nil {
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
// before it is read. The file is read as bytes, not as text: the browser
// would decode it, turning each byte that is not UTF-8 into U+FFFD, three
// bytes in Go, so that the import would see neither the file's bytes nor
// its size, and would refuse a file within the limit as too big.
func (c *calculator) onImport(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Get("length").Int() == 0 {
		return
	}
	if size := files.Index(0).Get("size").Int(); size > view.MaxImportBytes {
		c.savedStatus = "Could not import: " + view.ImportTooBig(size).Error() + "."
		input.Set("value", "")
		return
	}
	var then app.Func
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		array := app.Window().Get("Uint8Array").New(args[0])
		b := make([]byte, array.Length())
		app.CopyBytesToGo(b, array)
		ctx.Dispatch(func(ctx app.Context) { c.importFile(b) })
		input.Set("value", "")
		then.Release()
		return nil
	})
	files.Index(0).Call("arrayBuffer").Call("then", then)
}

func (c *calculator) importFile(b []byte) {
	now, when := clock()
	r := view.ImportFile(c.store, b, c.model, now, when)
	c.reloadSaved()
	c.savedNotices = append(c.savedNotices, r.Notices...)
	c.savedStatus = r.Status()
}
