package ui

import (
	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// kinds are the page's values the live layer keeps on screen (app/live):
// each figure's row, lever and table cell, the price sensitivities, the
// guidance rows, the announcement, the embed's link, and the analysis panel's charts, which go-app draws.
func (c *calculator) kinds() []*live.Kind {
	return []*live.Kind{figureKind, leverKind, cellKind, outputKind, guidanceKind, announceKind, fullLinkKind, stripKind, {
		Of:    (*view.Analysis)(nil),
		Tag:   "div",
		Key:   func(any) string { return "analysis" },
		Attrs: func(any) []live.Attr { return []live.Attr{{Name: "class", Value: "charts"}} },
		Draw:  func(v any) []app.UI { return c.analysisCharts(v.(*view.Analysis)) },
	}, {
		Of:   (*view.Seek)(nil),
		Tag:  "div",
		Key:  func(any) string { return "seek-table" },
		Draw: func(v any) []app.UI { return c.seekTable(v.(*view.Seek)) },
	}, {
		Of:   (*view.GridTable)(nil),
		Tag:  "div",
		Key:  func(any) string { return "grid-table" },
		Draw: func(v any) []app.UI { return c.gridTable(v.(*view.GridTable)) },
	}, {
		Of:   (*view.Ranges)(nil),
		Tag:  "div",
		Key:  func(any) string { return "ranges-result" },
		Draw: func(v any) []app.UI { return c.rangesResult(v.(*view.Ranges)) },
	}}
}
