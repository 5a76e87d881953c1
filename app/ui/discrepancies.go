package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// discrepancies lists the release's own arithmetic that does not add up, as
// the validator finds it.
func discrepancies(lines []view.Finding) app.UI {
	return app.Elem("div").Body(
		app.Elem("h3").Text("Where the release does not add up"),
		app.Elem("ul").Class("findings").Body(app.Range(lines).Slice(func(i int) app.UI {
			li := app.Elem("li")
			if id := lines[i].ID(); id != "" {
				li = li.ID(id)
			}
			return li.Text(lines[i].Text)
		})),
	)
}
