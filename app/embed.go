package main

import (
	"net/url"
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The embed view: the calculator without page chrome, for an iframe in an
// investor-relations page. It is the same component and the same scenario
// URL, plus a few keys of its own, read here:
//
//	embed=1 (or the path /embed)  the embed view
//	show=lucky-friday,company    the result sections to show (default: all)
//	levers=all|prices|none       which levers to offer: the price deck and
//	                             each shown mine's levers, the price deck
//	                             only, or none (default: all)
//	theme=auto|light|dark        colour scheme (default: follow the system)
//	transparent=1                no background of its own
//
// The embed posts its content height to the parent window whenever it
// changes, as {type: "hecla-calc:height", height: <CSS pixels>}, and listens
// to no message from the parent at all.

// heightMessage is the type of the embed's height message, documented in
// the README and used by web/embed.js.
const heightMessage = "hecla-calc:height"

// embedSections are the values show= takes.
var embedSections = []string{"company", "silver", "gold", "lucky-friday", "greens-creek", "la-camorra"}

type embedOptions struct {
	on          bool
	show        map[string]bool // empty: everything
	levers      string          // "all", "prices" or "none"
	theme       string          // "auto", "light" or "dark"
	transparent bool
}

// isUIKey tells the scenario decoder which keys are the page's own.
func isUIKey(key string) bool {
	switch key {
	case "embed", "show", "levers", "theme", "transparent":
		return true
	}
	return false
}

// parseEmbed reads the embed keys of a URL; a bad value is a notice naming
// the key and the values it takes, and its default applies.
func parseEmbed(u *url.URL) (embedOptions, []calc.Notice) {
	q := u.Query()
	o := embedOptions{
		on:     isEmbedPath(u.Path) || q.Get("embed") == "1",
		levers: "all",
		theme:  "auto",
	}
	var notices []calc.Notice
	bad := func(key, value, rule string) {
		notices = append(notices, calc.Notice{Key: key, Value: value, Code: calc.OutOfRange, Message: key + ": " + rule})
	}
	if v := q.Get("show"); v != "" {
		o.show = map[string]bool{}
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); contains(embedSections, s) {
				o.show[s] = true
			} else if s != "" {
				bad("show", s, "\""+s+"\" is not a section (use "+strings.Join(embedSections, ", ")+")")
			}
		}
	}
	if v := q.Get("levers"); v != "" {
		if contains([]string{"all", "prices", "none"}, v) {
			o.levers = v
		} else {
			bad("levers", v, "use all, prices or none")
		}
	}
	if v := q.Get("theme"); v != "" {
		if contains([]string{"auto", "light", "dark"}, v) {
			o.theme = v
		} else {
			bad("theme", v, "use auto, light or dark")
		}
	}
	o.transparent = q.Get("transparent") == "1"
	return o, notices
}

// shows reports whether a section is in the view.
func (o embedOptions) shows(section string) bool {
	return !o.on || len(o.show) == 0 || o.show[section]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// renderEmbed is the embed view: the chosen sections, a link to the full
// calculator, nothing else.
func (c *calculator) renderEmbed() app.UI {
	v := &c.view
	o := c.embed
	mineLevers := o.levers == "all"
	return c.pageEvents(app.Elem("div").Class("page embed")).DataSet("theme", o.theme).DataSet("transparent", boolText(o.transparent)).Body(
		c.updateBanner(),
		c.noticeBar(),
		app.Elem("main").ID("main").Body(
			app.If(o.levers != "none", func() app.UI {
				return app.Elem("section").Class("panel prices").Aria("labelledby", "prices-h").Body(
					app.Elem("h2").ID("prices-h").Text("Metal prices"),
					app.Elem("div").Class("levers").Body(app.Range(v.prices).Slice(func(i int) app.UI { return c.leverField(v.prices[i]) })),
				)
			}),
			app.If(o.shows("company") || o.shows("silver") || o.shows("gold"), func() app.UI {
				return app.Elem("section").Class("panel totals").Aria("label", "Company and segments").Body(
					app.If(o.shows("company"), func() app.UI {
						return c.figureTable("Company, dollars in thousands except per share", "Dollars in thousands, except per share", v.company)
					}),
					app.Range(v.segments).Slice(func(i int) app.UI {
						s := v.segments[i]
						if !o.shows(calc.Segments()[i].Slug()) {
							return nil
						}
						return c.figureTable(s.title+", dollars in thousands except per ounce", s.title+" (dollars in thousands, except per ounce)", s.figures)
					}),
				)
			}),
			app.Elem("div").Class("mines").Body(app.Range(v.mines).Slice(func(i int) app.UI {
				m := &v.mines[i]
				if !o.shows(m.mine.Slug()) {
					return nil
				}
				return c.mineSection(m, mineLevers)
			})),
		),
		&announcement{leafHook: leafHook{c: c}, Text: c.announce},
		app.Elem("p").Class("footer").Body(
			app.Elem("a").Attr("href", c.fullURL()).Attr("target", "_blank").Attr("rel", "noopener").Text("Open the full calculator"),
			app.Text(" · Figures from Hecla Mining's release of May 2, 2007; the model's are estimates."),
		),
	)
}

// fullURL is the full calculator with the same scenario.
func (c *calculator) fullURL() string {
	q := c.view.query
	if q == "" {
		return "./"
	}
	return "./?" + q
}

// isEmbedPath tells the embed view's paths: /embed (under any prefix), and
// embed.html, its file in the static site.
func isEmbedPath(p string) bool {
	p = strings.TrimSuffix(p, "/")
	return strings.HasSuffix(p, "/embed") || strings.HasSuffix(p, "/embed.html")
}
