package ui

import (
	"html"

	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
)

// stripKind is the results strip: on a narrow screen, where the results are
// far below the levers, the key figures stay in sight (sticky) while a
// lever has the focus or the scenario changes one (web/app.css). It is not
// a live region: the page's polite announcement already reads the figures
// out once typing pauses. Its figures carry data-strip-metric, not
// data-metric, which names each output once on the page.
var stripKind = &live.Kind{
	Of:  view.Strip{},
	Tag: "aside",
	Key: func(any) string { return "strip" },
	Attrs: func(v any) []live.Attr {
		return []live.Attr{{Name: "class", Value: "strip"}, {Name: "id", Value: "strip"}, {Name: "aria-label", Value: "Key results"},
			{Name: "data-changed", Value: boolText(v.(view.Strip).Changed)}}
	},
	Inner: func(v any) string { return stripHTML(v.(view.Strip)) },
}

func stripHTML(s view.Strip) string {
	e := html.EscapeString
	out := `<dl>`
	for _, f := range s.Figures {
		out += `<div class="strip-figure" data-strip-metric="` + e(f.Metric) + `" data-value="` + e(f.Value) + `"><dt>` + e(f.Label) + `</dt><dd>` +
			`<span class="now">` + e(f.Text) + `</span>`
		if f.Change != "" {
			out += ` <span class="change" data-tone="` + e(string(f.Tone)) + `"><span aria-hidden="true">` + e(arrow(f.Tone)) + `</span>` + e(f.Change) + `</span>`
		}
		out += `</dd></div>`
	}
	return out + `</dl>`
}
