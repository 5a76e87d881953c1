package ui

import (
	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/app/view"
)

// kinds are the page's values the live layer keeps on screen (app/live):
// each figure's row, lever and table cell, the announcement, and the
// analysis panel's charts, which go-app draws.
func (c *calculator) kinds() live.Kinds {
	return live.Kinds{figureKind, leverKind, cellKind, announceKind, fullLinkKind, &live.Kind[*view.Analysis]{
		Tag:   "div",
		Key:   func(*view.Analysis) string { return "analysis" },
		Attrs: func(*view.Analysis) []live.Attr { return []live.Attr{{Name: "class", Value: "charts"}} },
		Draw:  c.analysisCharts,
	}}
}
