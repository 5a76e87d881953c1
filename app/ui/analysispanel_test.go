package ui

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// The charts' labels say what they plot: the tornado of the company's gross
// profit says "the company's" while the mine picker beside it shows Lucky
// Friday; the bridge from Q1 2006 to Q1 2007, whose bars are the two
// quarters' levels, has an axis of levels, not of changes; and under it a
// line says what its "Site changes" gathers.
func TestAnalysisLabelsSayWhatTheyPlot(t *testing.T) {
	c := newCalculator(t, "")
	c.s.OpenAnalysis(true)
	c.s.ExplainMine("lucky-friday")
	c.s.BridgeQuarters("lucky-friday.total-cash-cost-per-oz")
	doc, err := dom.Parse(app.HTMLString(app.Elem("div").Body(c.analysisCharts(c.s.View().Analysis)...)))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(id string) *html.Node {
		t.Helper()
		for n := range doc.Descendants() {
			if got, _ := dom.Attr(n, "id"); got == id {
				return n
			}
		}
		t.Fatalf("no #%s", id)
		return nil
	}
	for n := range byID("analysis-mine").Descendants() {
		if _, selected := dom.Attr(n, "selected"); selected && dom.Text(n) != "Lucky Friday" {
			t.Errorf("the mine picker shows %q, want Lucky Friday", dom.Text(n))
		}
	}
	if got, want := dom.Text(byID("tornado-title")), "Sensitivity of the company's gross profit when each lever moves 10% down and up"; got != want {
		t.Errorf("the tornado's title is %q, want %q", got, want)
	}
	quarters := dom.Text(byID("quarters"))
	if !strings.Contains(quarters, "Total cash cost ($ per oz)") || strings.Contains(quarters, "Change (") {
		t.Errorf("the quarters' bridge does not plot levels on an axis of levels: %q", quarters)
	}
	note := byID("quarters").NextSibling
	for note != nil && note.Type != html.ElementNode {
		note = note.NextSibling
	}
	if note == nil || dom.Text(note) != view.SiteChangesNote || !strings.HasPrefix(view.SiteChangesNote, "Site changes: ") {
		t.Errorf("under the quarters' bridge: %v, want the note on its site changes", note)
	}
}
