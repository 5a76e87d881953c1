package ui

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/hecla-calc/calculator/app/view"
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

// embedSections are the values show= takes: the company, each segment and
// each mine, as the engine names them, so a mine it gains is a section.
var embedSections = func() []string {
	sections := []string{calc.CompanyScope}
	for _, s := range calc.Segments() {
		sections = append(sections, s.Slug())
	}
	for _, m := range calc.Mines() {
		sections = append(sections, m.Slug())
	}
	return append(sections, investorPanels...)
}()

type embedOptions struct {
	on          bool
	show        map[string]bool // empty: everything
	levers      string          // "all", "prices" or "none"
	theme       string          // "auto", "light" or "dark"
	transparent bool
}

// parseEmbed reads the embed keys of a URL; a bad value is a notice naming
// the key and the values it takes, and its default applies. As for the
// scenario's keys, a key given again is a notice and its last value
// applies, and the notices are capped (calc.Notices). It reads the query
// itself rather than through url.Values, which would keep every part of a
// query of any length (and gives up, empty, past 10,000 of them).
func parseEmbed(u *url.URL) (embedOptions, []calc.Notice) {
	var notices calc.Notices
	var values [len(view.UIKeys)]string
	var given [len(view.UIKeys)]bool
	for part := range strings.SplitSeq(u.RawQuery, "&") {
		rawKey, rawValue, _ := strings.Cut(part, "=")
		key, err := url.QueryUnescape(rawKey)
		i := view.UIKeyIndex(key)
		if err != nil || i < 0 {
			continue
		}
		value, err := url.QueryUnescape(rawValue)
		if err != nil {
			continue // Decode's notice
		}
		if given[i] {
			notices.Add(key, value, calc.Duplicate, func(k, _ string) string {
				return k + ": given more than once; the last value applies"
			})
		}
		values[i], given[i] = value, true
	}
	get := func(key string) string { return values[view.UIKeyIndex(key)] }

	o := embedOptions{
		on:     isEmbedPath(u.Path) || get("embed") == "1",
		levers: "all",
		theme:  "auto",
	}
	bad := func(key, value, rule string) {
		notices.Add(key, value, calc.OutOfRange, func(k, _ string) string { return k + ": " + rule })
	}
	if v := get("show"); v != "" {
		o.show = map[string]bool{}
		for s := range strings.SplitSeq(v, ",") {
			if s = strings.TrimSpace(s); contains(embedSections, s) {
				o.show[s] = true
			} else if s != "" {
				notices.Add("show", s, calc.OutOfRange, func(k, v string) string {
					return fmt.Sprintf("%s: %q is not a section (use %s)", k, v, strings.Join(embedSections, ", "))
				})
			}
		}
	}
	if v := get("levers"); v != "" {
		if contains([]string{"all", "prices", "none"}, v) {
			o.levers = v
		} else {
			bad("levers", v, "use all, prices or none")
		}
	}
	if v := get("theme"); v != "" {
		if contains([]string{"auto", "light", "dark"}, v) {
			o.theme = v
		} else {
			bad("theme", v, "use auto, light or dark")
		}
	}
	o.transparent = get("transparent") == "1"
	return o, notices.List()
}

// shows reports whether a section is in the view.
func (o embedOptions) shows(section string) bool {
	return !o.on || len(o.show) == 0 || o.show[section]
}

// investorPanels are the sections of the page's investor panels an embed
// shows when show= names them: not by default, where it shows the results.
var investorPanels = []string{"outlook", "sensitivities"}

// picks reports whether show= names section.
func (o embedOptions) picks(section string) bool { return o.show[section] }

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
	return c.pageEvents(app.Elem("div").Class("page embed")).DataSet("theme", o.theme).DataSet("transparent", boolText(o.transparent)).Body(
		c.updateBanner(),
		c.noticeBar(),
		app.Elem("main").ID("main").Body(
			app.If(o.levers != "none", func() app.UI { return c.pricesSection(v, false) }),
			c.totalsSection(v, o.shows, false),
			c.minesSection(v, o.shows, o.levers == "all"),
			c.productionSection(v, o.shows),
			app.If(o.picks("outlook"), func() app.UI { return c.outlookPanel(v) }),
			app.If(o.picks("sensitivities"), func() app.UI { return c.sensitivitiesPanel(v) }),
		),
		c.live.UI(v.Announce),
		app.Elem("p").Class("footer").Body(
			c.live.UI(v.Full),
			app.Text(" · Figures from Hecla Mining's release of May 2, 2007; the model's are estimates."),
		),
	)
}

// IsEmbed tells whether the page at u is the embed view, as the page
// itself decides: the server frames such answers as the embed's
// (server.Config.IsEmbed).
func IsEmbed(u *url.URL) bool {
	o, _ := parseEmbed(u)
	return o.on
}

// isEmbedPath tells the embed view's paths: /embed (under any prefix), and
// embed.html, its file in the static site.
func isEmbedPath(p string) bool {
	p = strings.TrimSuffix(p, "/")
	return strings.HasSuffix(p, "/embed") || strings.HasSuffix(p, "/embed.html")
}
