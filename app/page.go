package main

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render lays out c.view; it computes nothing.
func (c *calculator) Render() app.UI {
	if c.loadErr != "" {
		return app.Main().Class("page").Body(
			app.H1().Text("The calculator could not load its data"),
			app.P().Text(c.loadErr),
		)
	}
	c.drawn = c.shell()
	if c.embed.on {
		return c.renderEmbed()
	}
	v := &c.view
	return c.pageEvents(app.Div().Class("page")).Body(
		c.updateBanner(),
		c.header(v),
		c.noticeBar(),
		app.Main().ID("main").Body(
			app.Section().Class("panel prices").Aria("labelledby", "prices-h").Body(
				app.H2().ID("prices-h").Text("Metal prices"),
				app.P().Class("hint").Text("The release's average price for the quarter is shown under each field."),
				app.Div().Class("levers").Body(app.Range(v.prices).Slice(func(i int) app.UI { return c.leverField(v.prices[i]) })),
				c.deckButtons(),
				c.pinPanel(),
			),
			app.Section().Class("panel totals").Aria("labelledby", "totals-h").Body(
				app.H2().ID("totals-h").Text("Company and segments"),
				c.totalsTable(v),
				app.Details().Class("advanced").Body(
					app.Summary().Text("Advanced: other operating expenses"),
					c.leverField(v.opex),
				),
			),
			app.Div().Class("mines").Body(app.Range(v.mines).Slice(func(i int) app.UI { return c.mineSection(&v.mines[i], true) })),
			&analysisLeaf{leafHook: leafHook{c: c}, Open: c.analysisOpen, V: v.analysis},
			c.methodsPanel(),
			c.savedPanel(),
			c.assumptions(),
		),
		&announcement{leafHook: leafHook{c: c}, Text: c.announce},
		app.Footer().Class("footer").Body(citation(c.rel)),
	)
}

func (c *calculator) header(v *pageView) app.UI {
	return app.Header().Class("masthead").Body(
		app.Div().Class("title").Body(
			app.H1().Text("Hecla Mining: what-if cost calculator"),
			app.P().Class("subtitle").Text("Cash cost per ounce and gross profit from the release of May 2, 2007. Change a figure; every result follows."),
		),
		app.Div().Class("toolbar").Body(
			app.FieldSet().Class("period-switch").Body(
				app.Legend().Class("visually-hidden").Text("Period"),
				app.Range(c.model.Periods()).Slice(func(i int) app.UI {
					p := c.model.Periods()[i]
					return app.Label().Class("seg").Body(
						checked(app.Input().Type("radio").Name("period").Value(string(p.ID)), p.ID == v.period).
							OnChange(c.onPeriod),
						app.Span().Text(periodButton(p.ID)),
					)
				}),
			),
			app.Button().Type("button").Class("action").ID("reset-all").OnClick(c.onResetAll).Text("Reset all"),
			app.Button().Type("button").Class("action").ID("copy-link").OnClick(c.onCopyLink).Text("Copy link"),
			app.Span().Class("status").Aria("live", "polite").Text(c.copied),
		),
	)
}

func periodButton(id calc.PeriodID) string {
	if id == calc.Q1of2006 {
		return "Q1 2006"
	}
	return "Q1 2007"
}

// noticeBar lists the parts of the URL that did not apply.
func (c *calculator) noticeBar() app.UI {
	if len(c.notices) == 0 {
		return nil
	}
	return app.Div().Class("notices").Role("status").Body(
		app.P().Text("Some of this link's settings were not applied; the rest were:"),
		app.Ul().Body(app.Range(c.notices).Slice(func(i int) app.UI {
			return app.Li().DataSet("key", c.notices[i].Key).Text(c.notices[i].Message)
		})),
		app.Button().Type("button").Class("action").ID("dismiss-notices").OnClick(c.onDismissNotices).Text("Dismiss"),
	)
}

// mineSection is a mine's card: its levers (unless an embed hides them)
// and its results.
func (c *calculator) mineSection(m *mineView, levers bool) app.UI {
	id := m.mine.Slug()
	return app.Section().Class("panel mine").ID(id).Aria("labelledby", id+"-h").Body(
		app.H2().ID(id+"-h").Body(app.Text(m.title), app.Span().Class("sub").Text(m.subtitle)),
		app.If(levers, func() app.UI {
			return app.Div().Body(
				app.Div().Class("levers").Body(app.Range(m.levers).Slice(func(i int) app.UI { return c.leverField(m.levers[i]) })),
				app.Details().Class("advanced").Body(
					app.Summary().Text("Advanced: metallurgical recovery"),
					app.Range(m.advanced).Slice(func(i int) app.UI { return c.leverField(m.advanced[i]) }),
				),
			)
		}),
		c.figureTable(m.title+" results, dollars in thousands except per ounce", "Dollars in thousands, except per ounce", m.figures),
	)
}

func (c *calculator) totalsTable(v *pageView) app.UI {
	return app.Div().Body(
		c.figureTable("Company, dollars in thousands except per share", "Dollars in thousands, except per share", v.company),
		app.Range(v.segments).Slice(func(i int) app.UI {
			s := v.segments[i]
			return c.figureTable(s.title+", dollars in thousands except per ounce", s.title+" (dollars in thousands, except per ounce)", s.figures)
		}),
	)
}

// boolText writes an ARIA boolean as text; go-app would write true as a bare
// attribute, which ARIA does not read as "true".
func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// updateBanner offers the new version go-app has fetched; until the reload
// the page keeps running the version it loaded, whole.
func (c *calculator) updateBanner() app.UI {
	if !c.updateAvailable {
		return nil
	}
	return app.Div().ID("update-banner").Class("notices").Role("status").Body(
		app.Span().Text("Update available: a new version of the calculator is ready. "),
		app.Button().Type("button").ID("update-reload").Class("action").OnClick(c.onReload).Text("Reload"),
	)
}

// checked marks a radio or check box. Pre-rendered, go-app writes
// Checked(false) as checked="false", which HTML reads as checked, so there a
// box that is not checked gets no attribute; in the browser go-app sets the
// property, both ways.
func checked(in app.HTMLInput, on bool) app.HTMLInput {
	if on || app.IsClient {
		return in.Checked(on)
	}
	return in
}
