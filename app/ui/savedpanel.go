package ui

import (
	"slices"

	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// savedPanel lists the scenarios saved in this browser, with what can be
// done to each, the comparison of one with the current scenario, and the
// exports.
func (c *calculator) savedPanel() app.UI {
	sv := c.s.Saved()
	return app.Elem("section").Class("panel saved").Aria("labelledby", "saved-h").Body(
		app.Elem("h2").ID("saved-h").Text("Saved scenarios"),
		app.If(!sv.Available, func() app.UI {
			return app.Elem("p").Class("hint").Text("Scenarios you save are kept in this browser; they appear here once the page has loaded.")
		}),
		app.Elem("form").Class("save-form").OnSubmit(c.onSave).Body(
			app.Elem("label").Attr("for", "save-name").Text("Name"),
			app.Input().Type("text").ID("save-name").Value(sv.Name).Placeholder("e.g. Silver at $20").OnInput(c.onSaveName),
			app.Elem("button").Attr("type", "submit").ID("save-scenario").Class("action").Text("Save current scenario"),
		),
		app.Elem("p").Class("status").Aria("live", "polite").Body(
			app.Text(sv.Status),
			app.If(sv.Undo, func() app.UI { return actionButton("Undo", c.onUndoDelete).ID("undo-delete") }),
		),
		app.If(len(sv.Notices) > 0, func() app.UI {
			return app.Elem("ul").Class("saved-notices").Body(app.Range(sv.Notices).Slice(func(i int) app.UI {
				return app.Elem("li").Text(sv.Notices[i])
			}))
		}),
		app.Elem("ul").Class("saved-list").Body(app.Range(sv.List).Slice(func(i int) app.UI { return c.savedItem(sv, sv.List[i]) })),
		c.sideBySide(c.s.View().Side),
		app.Elem("div").Class("exports").Body(
			actionButton("Export scenarios (JSON)", c.onExportJSON).ID("export-json"),
			app.Elem("label").Class("action file").Attr("for", "import-json").Text("Import scenarios (JSON)"),
			app.Input().Type("file").ID("import-json").Class("visually-hidden").Accept("application/json,.json").OnChange(c.onImport),
			actionButton("Export results (CSV)", c.onExportCSV).ID("export-csv"),
		),
	)
}

func (c *calculator) savedItem(sv session.Saved, s view.SavedScenario) app.UI {
	if sv.Renaming == s.Key {
		return app.Elem("li").DataSet("key", s.Key).Body(
			app.Elem("form").OnSubmit(c.onRenameDone).Body(
				app.Elem("label").Attr("for", "rename-"+s.Key).Class("visually-hidden").Text("New name for "+s.Name),
				app.Input().Type("text").ID("rename-"+s.Key).Value(sv.RenameText).OnInput(c.onRenameText),
				app.Elem("button").Attr("type", "submit").Class("action").Text("Done"),
			),
		)
	}
	return app.Elem("li").DataSet("key", s.Key).Body(
		app.Elem("span").Class("name").Text(s.Name),
		savedButton(s, "Open", "Open "+s.Name, c.onOpenSaved),
		actionButton("Side by side", c.onSide).DataSet("key", s.Key).Aria("label", "Side by side: "+s.Name).Aria("pressed", boolText(slices.Contains(sv.Side, s.Key))),
		savedButton(s, "Rename", "Rename "+s.Name, c.onRenameStart),
		savedButton(s, "Delete", "Delete "+s.Name, c.onDeleteSaved),
	)
}
