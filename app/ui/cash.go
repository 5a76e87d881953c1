package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The quarter's cash and the year's value at a share price (docs/model.md,
// "The year, the cash and the value"). Their rows are the live layer's, as
// every figure table's, so an edit rewrites only the cells it changes.

// cashPanel is the quarter's cash: the company's operating cash flow (the
// release prints it and the non-GAAP figure before exploration), capital
// additions and free cash flow, then each mine's.
func (c *calculator) cashPanel(v *view.Page) app.UI {
	return app.Elem("section").Class("panel cash").ID("cash").Aria("labelledby", "cash-h").Body(
		app.Elem("h2").ID("cash-h").Text("Cash"),
		c.figureTable("The quarter's cash, dollars in thousands", "Dollars in thousands", v.Cash),
		app.Elem("p").Class("hint").Text("Operating cash flow moves with net income and depreciation from the release's figure; capital additions are held at the release's."),
	)
}

// valuePanel is the year 2007 valued at a share price, typed in its field
// (or share-price= in the link); every figure is absent until there is one.
// An embed without levers leaves the field out.
func (c *calculator) valuePanel(v *view.Page, field bool) app.UI {
	return app.Elem("section").Class("panel value").ID("value").Aria("labelledby", "value-h").Body(
		app.Elem("h2").ID("value-h").Text("Value"),
		app.If(field && v.SharePrice != nil, func() app.UI { return c.live.UI(*v.SharePrice) }),
		c.figureTable("The year 2007 at a share price, dollars in thousands except multiples", "Dollars in thousands, except multiples", v.Value),
	)
}
