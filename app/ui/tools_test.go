package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The tools take the year's levers and outputs on the page the server
// writes for the first quarter of 2007: the seek's row for the third
// quarter's silver ($17.9993 for the year's EPS of $0.75), the year's cash
// among the table's outputs and the later quarters' prices among its
// levers, a share price left out saying why there is no table, and range
// fields for the year's levers.
func TestToolsTakeTheYear(t *testing.T) {
	c := newCalculator(t, "seek=fy2007.company.eps:0.75&grid=share-price:q3.zinc:fy2007.company.cash&range.tax-rate=5:20")
	html := app.HTMLString(c)
	for _, want := range []string{
		"Q3 silver price", "$17.9993 per oz",
		`>2007 outlook: company: cash and short-term investments at the year&#39;s end</option>`,
		`<option value="q3.silver">Q3 silver price</option>`,
		`id="grid-refused"`, "No table: share-price: Share price has no value to put an axis around",
		`id="range-q3.silver-low"`, `id="range-share-price-high"`, `id="range-tax-rate-low"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the page has no %s", want)
		}
	}
	if strings.Contains(html, `id="export-grid"`) {
		t.Error("an export of no table")
	}
}
