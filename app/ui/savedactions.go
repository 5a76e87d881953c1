package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The saved scenarios' handlers. An entry's buttons name it by their
// data-key.

func savedKey(ctx app.Context) string { return ctx.JSSrc().Get("dataset").Get("key").String() }

func (c *calculator) onSaveName(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.TypeSaveName(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	now, when := clock()
	c.apply(ctx, c.s.Save(now, when))
}

func (c *calculator) onOpenSaved(ctx app.Context, e app.Event) { c.apply(ctx, c.s.Open(savedKey(ctx))) }

func (c *calculator) onDeleteSaved(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.Delete(savedKey(ctx)))
}

func (c *calculator) onUndoDelete(ctx app.Context, e app.Event) { c.apply(ctx, c.s.UndoDelete()) }

func (c *calculator) onRenameStart(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.StartRename(savedKey(ctx)))
}

func (c *calculator) onRenameText(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.TypeRename(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onRenameDone(ctx app.Context, e app.Event) {
	e.PreventDefault()
	c.apply(ctx, c.s.Rename())
}

// onSide puts a saved scenario side by side with the release and the
// current scenario, or takes it away.
func (c *calculator) onSide(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.ToggleSide(savedKey(ctx)))
}

func (c *calculator) onSideClose(ctx app.Context, e app.Event) { c.apply(ctx, c.s.CloseSide()) }

func (c *calculator) onExportSide(ctx app.Context, e app.Event) {
	c.export(ctx, "hecla-side-by-side.csv", "text/csv", c.s.ExportSideBySide())
}

func (c *calculator) onExportJSON(ctx app.Context, e app.Event) {
	c.export(ctx, "hecla-scenarios.json", "application/json", string(c.s.ExportScenarios()))
}

func (c *calculator) onExportCSV(ctx app.Context, e app.Event) {
	c.export(ctx, "hecla-results.csv", "text/csv", c.s.ExportResults())
}

// export hands content to the browser as the download file, and says
// whether it took it: the status line tells of the last action.
func (c *calculator) export(ctx app.Context, file, mime, content string) {
	if err := download(file, mime, content); err != nil {
		c.apply(ctx, c.s.ExportFailed(err))
		return
	}
	c.apply(ctx, c.s.Exported(file))
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
		ctx.PreventUpdate()
		return
	}
	if size := files.Index(0).Get("size").Int(); size > view.MaxImportBytes {
		c.apply(ctx, c.s.ImportTooBig(size))
		input.Set("value", "")
		return
	}
	var then app.Func
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		array := app.Window().Get("Uint8Array").New(args[0])
		b := make([]byte, array.Length())
		app.CopyBytesToGo(b, array)
		ctx.Dispatch(func(ctx app.Context) {
			now, when := clock()
			c.apply(ctx, c.s.Import(b, now, when))
		})
		input.Set("value", "")
		then.Release()
		return nil
	})
	files.Index(0).Call("arrayBuffer").Call("then", then)
	ctx.PreventUpdate() // until the file is read
}
