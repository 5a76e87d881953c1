package ui

import (
	"html"

	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
)

// figureKind is a figure's row: label, scenario (the output contract),
// release and change. Its HTML is written once; an edit writes cell by
// cell what changed.
var figureKind = &live.Kind{
	Of:    view.Figure{},
	Tag:   "tr",
	Key:   func(v any) string { return "figure:" + v.(view.Figure).Metric },
	Inner: func(v any) string { return rowHTML(v.(view.Figure)) },
	Patch: func(n live.Node, was, now any) { patchRow(n, was.(view.Figure), now.(view.Figure)) },
}

// changeTexts are a change cell's four texts: arrow, amount, percentage,
// and the tone in words for screen readers (the arrow and colour say it to
// the eye).
func changeTexts(f view.Figure) [4]string {
	if f.Change == "" {
		return [4]string{}
	}
	return [4]string{arrow(f.Tone), f.Change, f.Percent, " (" + string(f.Tone) + ")"}
}

// rowHTML is a figure's cells as HTML, its table's tab stop where a page
// just drawn has it (roving.go).
func rowHTML(f view.Figure) string {
	e := html.EscapeString
	t := changeTexts(f)
	at := firstStop(f)
	return `<th scope="row" class="label">` + labelHTML(f, at == whyStop) + `</th>` +
		`<td class="value"><output aria-live="off" data-metric="` + e(f.Metric) + `" data-value="` + e(f.Value) + `">` + e(f.Text) + `</output>` +
		`<span class="note">` + e(f.Note) + `</span></td>` +
		`<td class="base"` + releaseAttr(f) + `>` + baseHTML(f, at == sourceStop) + `</td>` +
		`<td class="change" data-tone="` + e(string(f.Tone)) + `"><span class="arrow" aria-hidden="true">` + e(t[0]) + `</span><span class="amount">` + e(t[1]) +
		`</span><span class="pct">` + e(t[2]) + `</span><span class="visually-hidden">` + e(t[3]) + `</span></td>`
}

// labelHTML is a figure's label, and the explanations of the by-product
// method its row offers: one small "Why?" disclosure, one click (or Enter)
// from the figure, which a screen reader names by its questions; its
// summary is a tab stop if stop, else the arrow keys reach it.
func labelHTML(f view.Figure, stop bool) string {
	e := html.EscapeString
	whys := view.Explanations(f.Why)
	if len(whys) == 0 {
		return e(f.Label)
	}
	var questions, answers string
	for i, w := range whys {
		if i > 0 {
			questions += " "
		}
		questions += w.Question
		answers += `<p><strong>` + e(w.Question) + `</strong> ` + e(w.Answer) + `</p>`
	}
	return e(f.Label) + `<details class="why"><summary` + stopAttr(stop) + `>Why?<span class="visually-hidden"> ` + e(questions) + `</span></summary><div class="answers">` + answers + `</div></details>`
}

// patchRow writes into a row showing was what differs in f.
func patchRow(tr live.Node, was, f view.Figure) {
	if f.Value != was.Value || f.Text != was.Text || f.Note != was.Note {
		td := tr.Child(1)
		out := td.Child(0)
		if f.Value != was.Value {
			out.SetAttr("data-value", f.Value) // "" where the figure does not exist
		}
		if f.Text != was.Text {
			out.SetText(f.Text)
		}
		if f.Note != was.Note {
			td.Last().SetText(f.Note)
		}
	}
	if f.Release != was.Release {
		tr.Child(2).SetAttr("data-release", f.Release)
	}
	base := f.Baseline != was.Baseline || f.Source != was.Source || f.Model != was.Model || f.Rounding != was.Rounding || f.Release != was.Release
	label := f.Label != was.Label || f.Why != was.Why
	if base || label {
		// The table's tab stop is where the reader's arrow keys left it
		// (roving.go), which the view does not know: a cell written anew
		// keeps it, or hands it to the row's other summary if its own is
		// gone.
		held := shownStop(tr, was)
		at := placeStop(held, f)
		if base {
			tr.Child(2).SetHTML(baseHTML(f, at == sourceStop))
		} else if at == sourceStop && held != sourceStop {
			giveStop(sourceSummary(tr))
		}
		if label {
			tr.Child(0).SetHTML(labelHTML(f, at == whyStop))
		} else if at == whyStop && held != whyStop {
			giveStop(whySummary(tr))
		}
	}
	now, before := changeTexts(f), changeTexts(was)
	if f.Tone != was.Tone || now != before {
		td := tr.Child(3)
		if f.Tone != was.Tone {
			td.SetAttr("data-tone", string(f.Tone))
		}
		for i := range now {
			if now[i] != before[i] {
				td.Child(i).SetText(now[i])
			}
		}
	}
}

// cellKind is a cell of the other methods' tables or of a pinned
// comparison: its text, and for a change its tone, follow the scenario.
var cellKind = &live.Kind{
	Of:  view.Cell{},
	Tag: "td",
	Key: func(v any) string { return v.(view.Cell).Key },
	Attrs: func(v any) []live.Attr {
		c := v.(view.Cell)
		var a []live.Attr
		if c.Class != "" {
			a = append(a, live.Attr{Name: "class", Value: c.Class})
		}
		if c.Estimate != "" {
			a = append(a, live.Attr{Name: "data-estimate", Value: c.Estimate})
		}
		if c.Tone != "" {
			a = append(a, live.Attr{Name: "data-tone", Value: string(c.Tone)})
		}
		return a
	},
	Inner: func(v any) string { return html.EscapeString(v.(view.Cell).Text) },
	Patch: func(td live.Node, was, now any) {
		w, c := was.(view.Cell), now.(view.Cell)
		if c.Tone != w.Tone {
			td.SetAttr("data-tone", string(c.Tone))
		}
		if c.Text != w.Text {
			td.SetText(c.Text)
		}
	},
}

// announceKind is the polite live region that reads a summary of the
// figures once typing pauses.
var announceKind = &live.Kind{
	Of:  view.Announcement{},
	Tag: "div",
	Key: func(any) string { return "announce" },
	Attrs: func(any) []live.Attr {
		return []live.Attr{{Name: "class", Value: "visually-hidden"}, {Name: "aria-live", Value: "polite"}, {Name: "id", Value: "announce"}}
	},
	Inner: func(v any) string { return html.EscapeString(v.(view.Announcement).Text) },
}

// fullLinkKind is an embed's link to the full calculator, which keeps the
// scenario as it changes.
var fullLinkKind = &live.Kind{
	Of:  view.FullLink{},
	Tag: "a",
	Key: func(any) string { return "full-link" },
	Attrs: func(v any) []live.Attr {
		return []live.Attr{{Name: "href", Value: v.(view.FullLink).Href}, {Name: "target", Value: "_blank"}, {Name: "rel", Value: "noopener"}}
	},
	Inner: func(any) string { return "Open the full calculator" },
	Patch: func(a live.Node, was, now any) { a.SetAttr("href", now.(view.FullLink).Href) },
}

// outputKind is a figure of the output contract in a table cell (the price
// sensitivities): its value, and a note under it.
var outputKind = &live.Kind{
	Of:    view.Output{},
	Tag:   "td",
	Key:   func(v any) string { return "output:" + v.(view.Output).Metric },
	Attrs: func(any) []live.Attr { return []live.Attr{{Name: "class", Value: "value"}} },
	Inner: func(v any) string {
		o, e := v.(view.Output), html.EscapeString
		return `<output aria-live="off" data-metric="` + e(o.Metric) + `" data-value="` + e(o.Value) + `">` + e(o.Text) + `</output><span class="note">` + e(o.Note) + `</span>`
	},
	Patch: func(td live.Node, was, now any) {
		w, o := was.(view.Output), now.(view.Output)
		out := td.Child(0)
		if o.Value != w.Value {
			out.SetAttr("data-value", o.Value)
		}
		if o.Text != w.Text {
			out.SetText(o.Text)
		}
		if o.Note != w.Note {
			td.Last().SetText(o.Note)
		}
	},
}

// guidanceKind is one of the release's estimates for 2007 beside the
// outlook: written whole when it changes, which is when the outlook moves.
var guidanceKind = &live.Kind{
	Of:  view.GuidanceRow{},
	Tag: "tr",
	Key: func(v any) string { return "guidance:" + v.(view.GuidanceRow).Key },
	Inner: func(v any) string {
		g := v.(view.GuidanceRow)
		return guidanceHTML(g, g.First)
	},
	// Written whole, but keeping the table's tab stop where the reader's
	// arrow keys left it (roving.go).
	Patch: func(tr live.Node, _, now any) {
		tr.SetHTML(guidanceHTML(now.(view.GuidanceRow), holdsStop(tr.Child(0).Child(0).Child(0))))
	},
}

// guidanceHTML is a guidance row's cells; the estimate's source is its
// table's tab stop if stop.
func guidanceHTML(g view.GuidanceRow, stop bool) string {
	e := html.EscapeString
	return `<th scope="row" class="label">` + e(g.Subject) + `: <details class="source"><summary` + stopAttr(stop) + `>` + e(g.Estimate) + `</summary><span class="source-text">Release: “` + e(g.Source) + `”</span></details></th>` +
		`<td class="value">` + e(g.Outlook) + `</td>` +
		`<td class="change" data-tone="` + e(string(g.Tone)) + `"><span class="verdict">` + e(g.Verdict) + `</span> <span class="amount">` + e(g.Distance) + `</span>` + seekButton(g) + `</td>`
}

// seekButton offers, beside a guidance item the outlook misses, the goal
// seek's table for it (delegate.go handles its click).
func seekButton(g view.GuidanceRow) string {
	if g.Verdict != "misses" {
		return ""
	}
	e := html.EscapeString
	return ` <button type="button" class="action seek-link" data-seek="` + e(g.Key) + `" aria-label="What would it take to meet ` + e(g.Subject) + `, ` + e(g.Estimate) + `?">What would it take?</button>`
}
