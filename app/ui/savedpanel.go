package ui

import (
	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// savedPanel lists the scenarios saved in this browser, with what can be
// done to each, the comparison of one with the current scenario, and the
// exports.
func (c *calculator) savedPanel() app.UI {
	return app.Elem("section").Class("panel saved").Aria("labelledby", "saved-h").Body(
		app.Elem("h2").ID("saved-h").Text("Saved scenarios"),
		app.If(c.store == nil, func() app.UI {
			return app.Elem("p").Class("hint").Text("Scenarios you save are kept in this browser; they appear here once the page has loaded.")
		}),
		app.Elem("form").Class("save-form").OnSubmit(c.onSave).Body(
			app.Elem("label").Attr("for", "save-name").Text("Name"),
			app.Input().Type("text").ID("save-name").Value(c.saveName).Placeholder("e.g. Silver at $20").OnInput(c.onSaveName),
			app.Elem("button").Attr("type", "submit").ID("save-scenario").Class("action").Text("Save current scenario"),
		),
		app.Elem("p").Class("status").Aria("live", "polite").Text(c.savedStatus),
		app.If(len(c.savedNotices) > 0, func() app.UI {
			return app.Elem("ul").Class("saved-notices").Body(app.Range(c.savedNotices).Slice(func(i int) app.UI {
				return app.Elem("li").Text(c.savedNotices[i])
			}))
		}),
		app.Elem("ul").Class("saved-list").Body(app.Range(c.saved).Slice(func(i int) app.UI { return c.savedItem(c.saved[i]) })),
		c.comparison(),
		app.Elem("div").Class("exports").Body(
			app.Elem("button").Attr("type", "button").ID("export-json").Class("action").OnClick(c.onExportJSON).Text("Export scenarios (JSON)"),
			app.Elem("label").Class("action file").Attr("for", "import-json").Text("Import scenarios (JSON)"),
			app.Input().Type("file").ID("import-json").Class("visually-hidden").Accept("application/json,.json").OnChange(c.onImport),
			app.Elem("button").Attr("type", "button").ID("export-csv").Class("action").OnClick(c.onExportCSV).Text("Export results (CSV)"),
		),
	)
}

func (c *calculator) savedItem(s view.SavedScenario) app.UI {
	if c.renaming == s.Key {
		return app.Elem("li").DataSet("key", s.Key).Body(
			app.Elem("form").OnSubmit(c.onRenameDone).Body(
				app.Elem("label").Attr("for", "rename-"+s.Key).Class("visually-hidden").Text("New name for "+s.Name),
				app.Input().Type("text").ID("rename-"+s.Key).Value(c.renameText).OnInput(c.onRenameText),
				app.Elem("button").Attr("type", "submit").Class("action").Text("Done"),
			),
		)
	}
	return app.Elem("li").DataSet("key", s.Key).Body(
		app.Elem("span").Class("name").Text(s.Name),
		app.Elem("button").Attr("type", "button").Class("action").DataSet("key", s.Key).Aria("label", "Open "+s.Name).OnClick(c.onOpenSaved).Text("Open"),
		app.Elem("button").Attr("type", "button").Class("action").DataSet("key", s.Key).Aria("label", "Compare "+s.Name+" with the current scenario").OnClick(c.onCompare).Text("Compare"),
		app.Elem("button").Attr("type", "button").Class("action").DataSet("key", s.Key).Aria("label", "Rename "+s.Name).OnClick(c.onRenameStart).Text("Rename"),
		app.Elem("button").Attr("type", "button").Class("action").DataSet("key", s.Key).Aria("label", "Delete "+s.Name).OnClick(c.onDeleteSaved).Text("Delete"),
	)
}

func (c *calculator) comparison() app.UI {
	cv := c.compare
	if cv == nil {
		return nil
	}
	return app.Elem("div").Class("compare").Body(
		app.Elem("table").Class("figures").Body(
			app.Elem("caption").Text("\u201c"+cv.Name+"\u201d beside the current scenario (dollars in thousands, except per ounce and per share)"),
			chart.ColumnHeads("Figure", "Saved", "Current", "Current − saved"),
			app.Elem("tbody").Body(app.Range(cv.Rows).Slice(func(i int) app.UI {
				r := cv.Rows[i]
				return app.Elem("tr").Class("tone-"+string(r.Tone)).Body(
					app.Elem("th").Attr("scope", "row").Class("label").Text(r.Label),
					app.Elem("td").Class("base").Text(r.Saved),
					app.Elem("td").Class("value").Text(r.Current),
					app.Elem("td").Class("change").Text(r.Change),
				)
			})),
		),
		app.Elem("button").Attr("type", "button").ID("compare-close").Class("action").OnClick(c.onCompareClose).Text("Close comparison"),
	)
}
