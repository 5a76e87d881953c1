package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The embed view: the calculator without page chrome, for an iframe in an
// investor-relations page: the same component and the same scenario URL,
// plus a few keys of its own (session.Embed). It posts its content height
// to the parent window whenever it changes, as {type: "hecla-calc:height",
// height: <CSS pixels>}, and listens to no message from the parent at all.

// heightMessage is the type of the embed's height message, documented in
// the README and used by web/embed.js.
const heightMessage = "hecla-calc:height"

// renderEmbed is the embed view: the company and the quarter at its top
// (the host page's own words may not say them), the chosen sections, a
// link to the full calculator, nothing else.
func (c *calculator) renderEmbed() app.UI {
	v := c.s.View()
	o := c.s.Embed()
	return c.pageEvents(app.Elem("div").Class("page embed")).DataSet("theme", o.Theme).DataSet("transparent", boolText(o.Transparent)).Body(
		c.updateBanner(),
		c.noticeBar(),
		app.Elem("main").ID("main").Body(
			app.Elem("h1").Class("embed-heading").Text(v.Heading),
			app.If(o.Levers != "none", func() app.UI { return c.pricesSection(v, false) }),
			c.totalsSection(v, o.Shows, false),
			c.minesSection(v, o.Shows, o.Levers == "all"),
			c.productionSection(v, o.Shows),
			app.If(o.Picks("cash"), func() app.UI { return c.cashPanel(v) }),
			app.If(o.Picks("outlook"), func() app.UI { return c.outlookPanel(v, o.Levers == "all") }),
			app.If(o.Picks("value"), func() app.UI { return c.valuePanel(v, o.Levers != "none") }),
			app.If(o.Picks("sensitivities"), func() app.UI { return c.sensitivitiesPanel(v) }),
		),
		c.live.UI(v.Announce),
		app.Elem("p").Class("footer").Body(
			c.live.UI(v.Full),
			app.Text(" · Figures from Hecla Mining's release of May 2, 2007; the model's are estimates."),
		),
	)
}
