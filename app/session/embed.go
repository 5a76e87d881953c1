package session

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// The embed view is the calculator without page chrome, for an iframe in an
// investor-relations page. It is the same page and the same scenario URL,
// plus a few keys of its own, read here:
//
//	embed=1 (or the path /embed)  the embed view
//	show=lucky-friday,company    the result sections to show (default: all)
//	levers=all|prices|none       which levers to offer: the price deck and
//	                             each shown mine's levers, the price deck
//	                             only, or none (default: all)
//	theme=auto|light|dark        colour scheme (default: follow the system)
//	transparent=1                no background of its own

// EmbedSections are the values show= takes: the company, each segment and
// each mine, as the engine names them, so a mine it gains is a section,
// and the investor panels.
var EmbedSections = func() []string {
	sections := []string{calc.CompanyScope}
	for _, s := range calc.Segments() {
		sections = append(sections, s.Slug())
	}
	for _, m := range calc.Mines() {
		sections = append(sections, m.Slug())
	}
	return append(sections, investorPanels...)
}()

// investorPanels are the sections of the page's investor panels an embed
// shows when show= names them: not by default, where it shows the results.
var investorPanels = []string{"outlook", "sensitivities", "cash", "value"}

// Embed is the embed view's options.
type Embed struct {
	On          bool
	Show        map[string]bool // empty: everything
	Levers      string          // "all", "prices" or "none"
	Theme       string          // "auto", "light" or "dark"
	Transparent bool
}

// IsEmbed tells whether the page at u is the embed view, as the page
// itself decides (ParseEmbed): the server frames such answers as the
// embed's (server.Config.IsEmbed).
func IsEmbed(u *url.URL) bool {
	o, _ := ParseEmbed(u)
	return o.On
}

// ParseEmbed reads the embed keys of a URL; a bad value is a notice naming
// the key and the values it takes, and its default applies. As for the
// scenario's keys, a key given again is a notice and its last value
// applies, and the notices are capped (calc.Notices). It reads the query
// itself rather than through url.Values, which would keep every part of a
// query of any length (and gives up, empty, past 10,000 of them).
func ParseEmbed(u *url.URL) (Embed, []calc.Notice) {
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

	o := Embed{
		On:     isEmbedPath(u.Path) || get("embed") == "1",
		Levers: "all",
		Theme:  "auto",
	}
	bad := func(key, value, rule string) {
		notices.Add(key, value, calc.OutOfRange, func(k, _ string) string { return k + ": " + rule })
	}
	if v := get("show"); v != "" {
		o.Show = map[string]bool{}
		for s := range strings.SplitSeq(v, ",") {
			if s = strings.TrimSpace(s); slices.Contains(EmbedSections, s) {
				o.Show[s] = true
			} else if s != "" {
				notices.Add("show", s, calc.OutOfRange, func(k, v string) string {
					return fmt.Sprintf("%s: %q is not a section (use %s)", k, v, strings.Join(EmbedSections, ", "))
				})
			}
		}
	}
	if v := get("levers"); v != "" {
		if slices.Contains([]string{"all", "prices", "none"}, v) {
			o.Levers = v
		} else {
			bad("levers", v, "use all, prices or none")
		}
	}
	if v := get("theme"); v != "" {
		if slices.Contains([]string{"auto", "light", "dark"}, v) {
			o.Theme = v
		} else {
			bad("theme", v, "use auto, light or dark")
		}
	}
	o.Transparent = get("transparent") == "1"
	return o, notices.List()
}

// Shows reports whether a section is in the view.
func (o Embed) Shows(section string) bool {
	return !o.On || len(o.Show) == 0 || o.Show[section]
}

// Picks reports whether show= names section.
func (o Embed) Picks(section string) bool { return o.Show[section] }

// isEmbedPath tells the embed view's paths: /embed (under any prefix), and
// embed.html, its file in the static site.
func isEmbedPath(p string) bool {
	p = strings.TrimSuffix(p, "/")
	return strings.HasSuffix(p, "/embed") || strings.HasSuffix(p, "/embed.html")
}
