package ui

import (
	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A figure table's summaries (each release cell's source, each "Why?") are
// one tab stop, not one each: about a hundred of them stood between a
// reader and the next lever. As the ARIA Authoring Practices' roving
// tabindex has it, one summary per table is in the tab order (no tabindex)
// and the others have tabindex="-1"; Up and Down move the focus among them,
// Home and End to the first and the last, and the summary the focus moved
// to becomes the table's stop. Enter and Space open a summary as before,
// and a screen reader's table commands reach every one.
//
// Which summary holds the stop is the reader's doing, so only the page
// knows it: the server writes the stop on the first row's source
// (view.Figure.First), and a row the live layer writes anew keeps the stop
// it held (rows.go reads it back before writing).

// stop says which of a figure row's summaries holds its table's tab stop.
type stop int

const (
	noStop     stop = iota
	whyStop         // the "Why?" disclosure's
	sourceStop      // the release cell's source
)

// stopAttr is a summary's tabindex: none for its table's stop, -1 for the
// others, which the arrow keys reach.
func stopAttr(stop bool) string {
	if stop {
		return ""
	}
	return ` tabindex="-1"`
}

func hasWhy(f view.Figure) bool { return len(view.Explanations(f.Why)) > 0 }

// firstStop is where a row holds its table's stop on a page just drawn: on
// the first row's source (on its "Why?" if it has no source).
func firstStop(f view.Figure) stop {
	if !f.First {
		return noStop
	}
	return placeStop(sourceStop, f)
}

// placeStop is where a row that held its table's stop at held holds it
// once it shows f: at the same summary if f still has it, else at the
// other one, so that no table loses its stop.
func placeStop(held stop, f view.Figure) stop {
	switch {
	case held == noStop:
		return noStop
	case held == whyStop && hasWhy(f), held == sourceStop && f.Source != "":
		return held
	case f.Source != "":
		return sourceStop
	case hasWhy(f):
		return whyStop
	}
	return noStop
}

// shownStop is which of a row's summaries holds the stop on the page, the
// row showing was.
func shownStop(tr live.Node, was view.Figure) stop {
	switch {
	case was.Source != "" && holdsStop(sourceSummary(tr)):
		return sourceStop
	case hasWhy(was) && holdsStop(whySummary(tr)):
		return whyStop
	}
	return noStop
}

// sourceSummary and whySummary are a row's summaries (baseHTML's, in the
// third cell, and labelHTML's, in the first), where the row has them.
func sourceSummary(tr live.Node) live.Node { return tr.Child(2).Child(0).Child(0) }
func whySummary(tr live.Node) live.Node    { return tr.Child(0).Child(0).Child(0) }

func holdsStop(summary live.Node) bool { return summary.Attr("tabindex") != "-1" }
func giveStop(summary live.Node)       { summary.SetAttr("tabindex", "0") }

// rove is where a key moves the focus from the i-th of n summaries; ok is
// false for a key that does not move it. The ends hold: no wrapping, as in
// a table.
func rove(key string, i, n int) (j int, ok bool) {
	switch key {
	case "ArrowDown":
		return min(i+1, n-1), true
	case "ArrowUp":
		return max(i-1, 0), true
	case "Home":
		return 0, true
	case "End":
		return n - 1, true
	}
	return i, false
}

// rovingTable is the figure table a summary's keys rove in, if t is one of
// its summaries.
func rovingTable(t app.Value) (app.Value, bool) {
	if !t.Truthy() || t.Get("tagName").String() != "SUMMARY" {
		return nil, false
	}
	table := t.Call("closest", "table.figures")
	return table, table.Truthy()
}

// onRovingKey moves the focus among a table's summaries on the arrow keys,
// Home and End (with no modifier: those are the browser's); it reports
// whether the key was one of them.
func onRovingKey(e app.Event) bool {
	key := e.Get("key").String()
	if _, ok := rove(key, 0, 1); !ok {
		return false // most keys, typed in a field: nothing more to ask the browser
	}
	t := e.Get("target")
	table, ok := rovingTable(t)
	if !ok || e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() {
		return false
	}
	all := table.Call("querySelectorAll", "summary")
	n, i := all.Length(), -1
	for k := range n {
		if all.Index(k).Equal(t) {
			i = k
			break
		}
	}
	if i < 0 {
		return false
	}
	j, _ := rove(key, i, n)
	e.PreventDefault() // the page would scroll
	if j != i {
		takeStop(table, all.Index(j))
		all.Index(j).Call("focus")
	}
	return true
}

// takeStop makes summary its table's one tab stop.
func takeStop(table, summary app.Value) {
	held := table.Call("querySelectorAll", `summary:not([tabindex="-1"])`)
	for k := range held.Length() {
		held.Index(k).Call("setAttribute", "tabindex", "-1")
	}
	summary.Call("setAttribute", "tabindex", "0")
}

// focusStop makes a summary focused otherwise (a click, a screen reader)
// its table's stop, so that Tab returns to it.
func focusStop(t app.Value) {
	if table, ok := rovingTable(t); ok && t.Call("getAttribute", "tabindex").String() == "-1" {
		takeStop(table, t)
	}
}
