//go:build !wasm

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// The charts render as SVG once the analysis opens, and follow the levers.
func TestBrowserAnalysisCharts(t *testing.T) {
	tb := newTab(t)
	tb.open("/?silver=20")
	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	ids := []string{"tornado", "curve", "waterfall", "bridge-gp", "bridge-cost"}
	tb.poll("every chart is drawn", func() (bool, string) {
		for _, id := range ids {
			if !js[bool](tb, `(() => { const s = document.querySelector("#`+id+` svg[role=img]"); return !!s && s.querySelectorAll("rect, path, polyline, line").length > 2 })()`) {
				return false, id + " has no drawing yet"
			}
		}
		return true, ""
	})
	drawing := func(id string) string { return js[string](tb, `document.querySelector("#`+id+` svg").innerHTML`) }
	before := map[string]string{}
	for _, id := range ids {
		before[id] = drawing(id)
	}
	tb.typeInto(`input[name="silver"]`, "25")
	tb.waitSearch("?silver=25")
	for _, id := range ids {
		tb.poll(id+" follows the silver price", func() (bool, string) {
			return drawing(id) != before[id], "unchanged"
		})
	}
	tb.do("showing a chart as a table", chromedp.Click(chromedp.CSS("#tornado details.chart-data > summary")))
	if rows := js[int](tb, `document.querySelectorAll("#tornado details.chart-data tbody tr").length`); rows == 0 {
		t.Error("the tornado's table has no rows")
	}
}
