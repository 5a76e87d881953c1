//go:build !wasm

package main

import (
	"bytes"
	"github.com/hecla-calc/calculator/internal/dom"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// releaseCell is a figure row's release cell as a reader meets it.
type releaseCell struct {
	Metric   string `json:"metric"`
	Release  string `json:"release"`  // data-release
	Text     string `json:"text"`     // what the cell shows (the model's tag included)
	Rounding string `json:"rounding"` // the rounding marker's href, if any
}

// The rounding marks a quarter's release cells carry: where the model's
// baseline and the printed figure differ by the release's own rounding (the
// validator's list), by metric.
var wantRounding = map[calc.PeriodID]map[string]string{
	calc.Q1of2007: {
		// The release's headline 36,330 ounces of gold; its mines sum to 36,331.
		"company.gold-produced": "#finding-2007q1-production-summary-gold",
	},
	calc.Q1of2006: {
		"silver.gross-profit":   "#finding-2006q1-highlights-gross-profit-silver",
		"gold.gross-profit":     "#finding-2006q1-highlights-gross-profit-gold",
		"company.gold-produced": "#finding-2006q1-production-summary-gold",
	},
}

// checkReleaseCells holds every release cell of a quarter's page against
// the dataset: a figure the release prints is data-release="printed" and
// shows the printed text exactly (a dollar sign before money, the release's
// own parentheses and precision); any other is data-release="model" and
// carries the model's tag.
func checkReleaseCells(t *testing.T, rel *data.Release, period calc.PeriodID, cells []releaseCell) {
	t.Helper()
	refs := view.FigureSources(rel)
	printed := 0
	for _, c := range cells {
		ref, isPrinted := refs[c.Metric]
		if !isPrinted {
			if c.Release != "model" || !strings.HasPrefix(c.Text, "model ") {
				t.Errorf("%s %s: release cell %q data-release=%q, want the model's baseline, tagged model", period, c.Metric, c.Text, c.Release)
			}
			continue
		}
		printed++
		fig, err := rel.Figure(ref.Table, ref.Row, string(period))
		if err != nil {
			t.Fatal(err)
		}
		want := fig.Printed
		if !strings.HasSuffix(c.Metric, calc.MetricProduced) { // "produced", "lead-produced"
			want = "$" + want
		}
		if c.Release != "printed" || c.Text != want {
			t.Errorf("%s %s: release cell %q data-release=%q, want %q as printed (%s/%s)", period, c.Metric, c.Text, c.Release, want, ref.Table, ref.Row)
		}
		if c.Rounding != wantRounding[period][c.Metric] {
			t.Errorf("%s %s: rounding marker %q, want %q", period, c.Metric, c.Rounding, wantRounding[period][c.Metric])
		}
	}
	// Every output of the contract has its row and release cell but the
	// rules of thumb, which have none, and the 2007 outlook's outside its
	// quarter; those the release prints are the dataset's cited ones.
	cellsWant, printedWant := 0, 0
	for _, name := range calc.OutputNames() {
		if strings.HasPrefix(name, "sensitivity.") || (period != calc.Q1of2007 && strings.HasPrefix(name, "fy2007.")) {
			continue
		}
		cellsWant++
		if _, cited := refs[name]; cited {
			printedWant++
		}
	}
	if len(cells) != cellsWant || printed != printedWant {
		t.Errorf("%s: %d release cells, %d printed; want %d and %d", period, len(cells), printed, cellsWant, printedWant)
	}
}

// prerenderedReleaseCells reads the release cells of the server's HTML.
func prerenderedReleaseCells(t *testing.T, body []byte) []releaseCell {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var cells []releaseCell
	for tr := range doc.Descendants() {
		if tr.Type != html.ElementNode || tr.Data != "tr" {
			continue
		}
		var c releaseCell
		hasBase := false // a figure's row; the rules of thumb's have no release cell
		for n := range tr.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			class, _ := dom.Attr(n, "class")
			switch {
			case n.Data == "output":
				c.Metric, _ = dom.Attr(n, "data-metric")
			case n.Data == "td" && class == "base":
				c.Release, _ = dom.Attr(n, "data-release")
				hasBase = true
			case n.Data == "summary" || class == "shown":
				c.Text = dom.Text(n)
			case class == "rounding-mark":
				c.Rounding, _ = dom.Attr(n, "href")
			}
		}
		if c.Metric != "" && hasBase {
			cells = append(cells, c)
		}
	}
	return cells
}

func TestPrerenderedReleaseCells(t *testing.T) {
	base := testServer(t)
	rel := fixture.Release(t)
	for _, period := range []calc.PeriodID{calc.Q1of2007, calc.Q1of2006} {
		res, body := servetest.Get(t, base+"/?period="+string(period))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET /?period=%s: %s", period, res.Status)
		}
		checkReleaseCells(t, rel, period, prerenderedReleaseCells(t, body))
		// The marker links to the validator's finding, which is on the page.
		for _, id := range wantRounding[period] {
			if !bytes.Contains(body, []byte(`id="`+strings.TrimPrefix(id, "#")+`"`)) {
				t.Errorf("%s: no element %s for the rounding marker to link to", period, id)
			}
		}
	}
}

// The live page's release cells, after the period switch in the browser.
func TestBrowserReleaseCells(t *testing.T) {
	rel := fixture.Release(t)
	tb := newTab(t)
	tb.open("/")
	for _, period := range []calc.PeriodID{calc.Q1of2007, calc.Q1of2006} {
		if period != calc.Q1of2007 {
			tb.do("choosing "+string(period), chromedp.Click(chromedp.CSS(`input[name="period"][value="`+string(period)+`"]`)))
		}
		tb.waitFigures(map[calc.PeriodID]string{calc.Q1of2007: "", calc.Q1of2006: "period=2006q1"}[period])
		cells := js[[]releaseCell](tb, `Array.from(document.querySelectorAll("tr:has(td.base) output[data-metric]"), o => {
			const td = o.closest("tr").querySelector("td.base");
			const shown = td.querySelector("summary") || td.querySelector(".shown");
			const mark = td.querySelector("a.rounding-mark");
			return {metric: o.getAttribute("data-metric"), release: td.getAttribute("data-release") || "",
				text: shown ? shown.textContent : "", rounding: mark ? mark.getAttribute("href") : ""};
		})`)
		checkReleaseCells(t, rel, period, cells)
	}
	// The marker opens the assumptions panel at the validator's finding.
	const mark = `tr:has(output[data-metric="silver.gross-profit"]) a.rounding-mark`
	tb.do("clicking the rounding marker", chromedp.Click(chromedp.CSS(mark)))
	tb.poll("the finding is open and focused", func() (bool, string) {
		got := js[string](tb, `(() => { const d = document.getElementById("assumptions"), f = document.activeElement;
			return (d && d.open ? "open " : "closed ") + (f ? f.id + ": " + f.textContent : ""); })()`)
		return got == "open finding-2006q1-highlights-gross-profit-silver: rounding: 2006q1, Highlights: gross profit: silver operations = sales: silver operations - Silver operations: GAAP cost of sales: printed 9,986, computed 9987.", got
	})
	tb.waitSearch("?period=2006q1")
}
