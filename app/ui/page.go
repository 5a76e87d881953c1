package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render lays out the session's view and state; it computes nothing.
func (c *calculator) Render() app.UI {
	if c.loadErr != "" {
		return app.Elem("main").Class("page").Body(
			app.Elem("h1").Text("The calculator could not load its data"),
			app.Elem("p").Text(c.loadErr),
		)
	}
	if c.s.Embed().On {
		return c.renderEmbed()
	}
	v := c.s.View()
	return c.pageEvents(app.Elem("div").Class("page")).Body(
		skipLinks(),
		c.updateBanner(),
		app.Elem("p").ID("print-context").Class("print-context"),
		c.header(v),
		c.live.UI(v.Strip),
		c.noticeBar(),
		app.Elem("main").ID("main").Body(
			c.pricesSection(v, true),
			c.totalsSection(v, everySection, true),
			c.minesSection(v, everySection, true),
			c.productionSection(v, everySection),
			c.cashPanel(v),
			c.outlookPanel(v, true),
			c.valuePanel(v, true),
			c.sensitivitiesPanel(v),
			c.seekPanel(v),
			c.gridPanel(v),
			c.rangesPanel(v),
			c.analysisPanel(c.s.AnalysisOpen(), v.Analysis),
			c.methodsPanel(),
			c.savedPanel(),
			c.assumptions(),
		),
		c.live.UI(v.Announce),
		app.Elem("footer").Class("footer").Body(citation(c.s.Release())),
	)
}

func (c *calculator) header(v *view.Page) app.UI {
	tb := c.s.Toolbar()
	return app.Elem("header").Class("masthead").Body(
		app.Elem("div").Class("title").Body(
			app.Elem("h1").Text("Hecla Mining: what-if cost calculator"),
			app.Elem("p").Class("subtitle").Text("Cash cost per ounce and gross profit from the release of May 2, 2007. Change a figure; every result follows."),
		),
		app.Elem("div").Class("toolbar").Body(
			app.Elem("fieldset").Class("period-switch").Body(
				app.Elem("legend").Class("visually-hidden").Text("Period"),
				app.Range(c.s.Model().Periods()).Slice(func(i int) app.UI {
					p := c.s.Model().Periods()[i]
					return app.Elem("label").Class("seg").Body(
						boolAttr(app.Input().Type("radio").Name("period").Value(string(p.ID)), "checked", p.ID == v.Period).
							OnChange(c.onPeriod),
						app.Elem("span").Text(view.PeriodButton(p.ID)),
					)
				}),
			),
			actionButton("Reset all", c.onResetAll).ID("reset-all"),
			actionButton("Copy link", c.onCopyLink).ID("copy-link"),
			app.Elem("span").Class("status").Aria("live", "polite").Text(tb.Copied),
			app.If(tb.CopyFailed, func() app.UI {
				return app.Input().Type("text").ID("link-text").Class("link-text").ReadOnly(true).
					Aria("label", "This scenario's link").Value(app.Window().Get("location").Get("href").String())
			}),
		),
		app.If(tb.PeriodNote != "", func() app.UI { return app.Elem("p").Class("period-note").Role("status").Text(tb.PeriodNote) }),
	)
}

// noticeBar lists the parts of the URL that did not apply.
func (c *calculator) noticeBar() app.UI {
	notices := c.s.Notices()
	if len(notices) == 0 {
		return nil
	}
	return app.Elem("div").Class("notices").Role("status").Body(
		app.Elem("p").Text("Some of this link's settings were not applied; the rest were:"),
		app.Elem("ul").Body(app.Range(notices).Slice(func(i int) app.UI {
			return app.Elem("li").DataSet("key", notices[i].Key).Text(notices[i].Message)
		})),
		actionButton("Dismiss", c.onDismissNotices).ID("dismiss-notices"),
	)
}

// The sections the page and the embed share: the metal prices, the
// company's and segments' results, and a card per mine. full is the page's
// form (the embed's leaves out the prices' hint, decks and pin, and the
// other operating expenses); shows says which results a section lays out,
// by scope (calc.CompanyScope, a segment's or a mine's slug).

// everySection shows every result: the page's.
func everySection(string) bool { return true }

func (c *calculator) pricesSection(v *view.Page, full bool) app.UI {
	return app.Elem("section").Class("panel prices").Aria("labelledby", "prices-h").Body(
		app.Elem("h2").ID("prices-h").Text("Metal prices"),
		app.If(full, func() app.UI {
			return app.Elem("p").Class("hint").Text("The release's average price for the quarter is shown under each field.")
		}),
		app.Elem("div").Class("levers").Body(app.Range(v.Prices).Slice(func(i int) app.UI { return c.live.UI(v.Prices[i]) })),
		app.If(full, func() app.UI { return c.deckButtons() }),
		app.If(full, func() app.UI { return c.pinPanel() }),
	)
}

// totalsSection is the company's and the segments' results, those shows
// picks; nil if it picks none.
func (c *calculator) totalsSection(v *view.Page, shows func(scope string) bool, full bool) app.UI {
	tables := []app.UI{}
	if shows(calc.CompanyScope) {
		tables = append(tables, c.figureTable("Company, dollars in thousands except per share", "Dollars in thousands, except per share", v.Company))
	}
	for _, s := range v.Segments {
		if shows(s.Segment.Slug()) {
			tables = append(tables, c.figureTable(s.Title+", dollars in thousands except per ounce", s.Title+" (dollars in thousands, except per ounce)", s.Figures))
		}
	}
	if len(tables) == 0 {
		return nil
	}
	if !full {
		return app.Elem("section").Class("panel totals").Aria("label", "Company and segments").Body(tables...)
	}
	return app.Elem("section").Class("panel totals").Aria("labelledby", "totals-h").Body(
		app.Elem("h2").ID(resultsID).Attr("tabindex", "-1").Text("Company and segments"),
		app.Elem("div").Body(tables...),
		app.Elem("details").Class("advanced").Body(
			app.Elem("summary").Text("Advanced: other operating expenses, tax rate and shares"),
			c.live.UI(v.Opex),
			app.Range(v.Statement).Slice(func(i int) app.UI { return c.live.UI(v.Statement[i]) }),
		),
	)
}

// productionSection is the company's production of each metal, beside the
// release's production summary; nil where shows leaves out the company.
func (c *calculator) productionSection(v *view.Page, shows func(scope string) bool) app.UI {
	if !shows(calc.CompanyScope) {
		return nil
	}
	return app.Elem("section").Class("panel production").Aria("labelledby", "production-h").Body(
		app.Elem("h2").ID("production-h").Text("Production"),
		c.figureTable("Company production, troy ounces and short tons", "Metal produced", v.Production),
		app.Elem("p").Class("hint").Text("Each mine's by-products are in its card."),
	)
}

// minesSection is the cards of the mines shows picks, with their levers
// if levers.
func (c *calculator) minesSection(v *view.Page, shows func(scope string) bool, levers bool) app.UI {
	return app.Elem("div").Class("mines").Body(app.Range(v.Mines).Slice(func(i int) app.UI {
		if !shows(v.Mines[i].Mine.Slug()) {
			return nil
		}
		return c.mineSection(&v.Mines[i], levers)
	}))
}

// mineSection is a mine's card: its levers (unless an embed hides them)
// and its results.
func (c *calculator) mineSection(m *view.Mine, levers bool) app.UI {
	id := m.Mine.Slug()
	return app.Elem("section").Class("panel mine").ID(id).Aria("labelledby", id+"-h").Body(
		app.Elem("h2").ID(id+"-h").Body(app.Text(m.Title), app.Elem("span").Class("sub").Text(m.Subtitle)),
		app.If(levers, func() app.UI {
			return app.Elem("div").Body(
				app.Elem("div").Class("levers").Body(app.Range(m.Levers).Slice(func(i int) app.UI { return c.live.UI(m.Levers[i]) })),
				app.Elem("details").Class("advanced").Body(
					app.Elem("summary").Text("Advanced: metallurgical recovery"),
					app.Range(m.Advanced).Slice(func(i int) app.UI { return c.live.UI(m.Advanced[i]) }),
				),
			)
		}),
		c.figureTable(m.Title+" results, dollars in thousands except per ounce", "Dollars in thousands, except per ounce", m.Figures),
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
	return app.Elem("div").ID("update-banner").Class("notices").Role("status").Body(
		app.Elem("span").Text("Update available: a new version of the calculator is ready. "),
		actionButton("Reload", c.onReload).ID("update-reload"),
	)
}

// boolAttr sets a boolean attribute: open, selected, checked. Pre-rendered,
// go-app writes false as open="false", which HTML reads as open, so there a
// false flag gets no attribute; in the browser go-app sets the property,
// both ways. E is app.HTMLElem, or app.HTMLInput for the radios.
func boolAttr[E interface{ Attr(string, any) E }](e E, name string, on bool) E {
	if on || app.IsClient {
		return e.Attr(name, on)
	}
	return e
}
