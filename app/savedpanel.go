package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// savedPanel lists the scenarios saved in this browser, with what can be
// done to each, the comparison of one with the current scenario, and the
// exports.
func (c *calculator) savedPanel() app.UI {
	return app.Section().Class("panel saved").Aria("labelledby", "saved-h").Body(
		app.H2().ID("saved-h").Text("Saved scenarios"),
		app.If(c.store == nil, func() app.UI {
			return app.P().Class("hint").Text("Scenarios you save are kept in this browser; they appear here once the page has loaded.")
		}),
		app.Form().Class("save-form").OnSubmit(c.onSave).Body(
			app.Label().For("save-name").Text("Name"),
			app.Input().Type("text").ID("save-name").Value(c.saveName).Placeholder("e.g. Silver at $20").OnInput(c.onSaveName),
			app.Button().Type("submit").ID("save-scenario").Class("action").Text("Save current scenario"),
		),
		app.P().Class("status").Aria("live", "polite").Text(c.savedStatus),
		app.If(len(c.savedNotices) > 0, func() app.UI {
			return app.Ul().Class("saved-notices").Body(app.Range(c.savedNotices).Slice(func(i int) app.UI {
				return app.Li().Text(c.savedNotices[i])
			}))
		}),
		app.Ul().Class("saved-list").Body(app.Range(c.saved).Slice(func(i int) app.UI { return c.savedItem(c.saved[i]) })),
		c.comparison(),
		app.Div().Class("exports").Body(
			app.Button().Type("button").ID("export-json").Class("action").OnClick(c.onExportJSON).Text("Export scenarios (JSON)"),
			app.Label().Class("action file").For("import-json").Text("Import scenarios (JSON)"),
			app.Input().Type("file").ID("import-json").Class("visually-hidden").Accept("application/json,.json").OnChange(c.onImport),
			app.Button().Type("button").ID("export-csv").Class("action").OnClick(c.onExportCSV).Text("Export results (CSV)"),
		),
	)
}

func (c *calculator) savedItem(s savedScenario) app.UI {
	if c.renaming == s.key {
		return app.Li().DataSet("key", s.key).Body(
			app.Form().OnSubmit(c.onRenameDone).Body(
				app.Label().For("rename-"+s.key).Class("visually-hidden").Text("New name for "+s.Name),
				app.Input().Type("text").ID("rename-"+s.key).Value(c.renameText).OnInput(c.onRenameText),
				app.Button().Type("submit").Class("action").Text("Done"),
			),
		)
	}
	return app.Li().DataSet("key", s.key).Body(
		app.Span().Class("name").Text(s.Name),
		app.Button().Type("button").Class("action").DataSet("key", s.key).Aria("label", "Open "+s.Name).OnClick(c.onOpenSaved).Text("Open"),
		app.Button().Type("button").Class("action").DataSet("key", s.key).Aria("label", "Compare "+s.Name+" with the current scenario").OnClick(c.onCompare).Text("Compare"),
		app.Button().Type("button").Class("action").DataSet("key", s.key).Aria("label", "Rename "+s.Name).OnClick(c.onRenameStart).Text("Rename"),
		app.Button().Type("button").Class("action").DataSet("key", s.key).Aria("label", "Delete "+s.Name).OnClick(c.onDeleteSaved).Text("Delete"),
	)
}

func (c *calculator) comparison() app.UI {
	cv := c.compare
	if cv == nil {
		return nil
	}
	return app.Div().Class("compare").Body(
		app.Table().Class("figures").Body(
			app.Caption().Text("\u201c"+cv.name+"\u201d beside the current scenario (dollars in thousands, except per ounce and per share)"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("label").Text("Figure"),
				app.Th().Scope("col").Text("Saved"),
				app.Th().Scope("col").Text("Current"),
				app.Th().Scope("col").Text("Current − saved"),
			)),
			app.TBody().Body(app.Range(cv.rows).Slice(func(i int) app.UI {
				r := cv.rows[i]
				return app.Tr().Class("tone-"+string(r.tone)).Body(
					app.Th().Scope("row").Class("label").Text(r.label),
					app.Td().Class("base").Text(r.saved),
					app.Td().Class("value").Text(r.current),
					app.Td().Class("change").Text(r.change),
				)
			})),
		),
		app.Button().Type("button").ID("compare-close").Class("action").OnClick(c.onCompareClose).Text("Close comparison"),
	)
}
