//go:build !wasm

package main

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/hecla-calc/calculator/internal/servetest"
	"github.com/shopspring/decimal"
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
	calc.Q1of2007: {},
	calc.Q1of2006: {
		"silver.gross-profit": "#finding-2006q1-highlights-gross-profit-silver",
		"gold.gross-profit":   "#finding-2006q1-highlights-gross-profit-gold",
	},
}

// checkReleaseCells holds every release cell of a quarter's page against
// the dataset: a figure the release prints is data-release="printed" and
// shows the printed text exactly (a dollar sign before money, the release's
// own parentheses and precision); any other is data-release="model" and
// carries the model's tag.
func checkReleaseCells(t *testing.T, rel *data.Release, period calc.PeriodID, cells []releaseCell) {
	t.Helper()
	refs := figureSources()
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
		fig, err := rel.Figure(ref.table, ref.row, string(period))
		if err != nil {
			t.Fatal(err)
		}
		want := fig.Printed
		if !strings.HasSuffix(c.Metric, "."+calc.MetricProduced) {
			want = "$" + want
		}
		if c.Release != "printed" || c.Text != want {
			t.Errorf("%s %s: release cell %q data-release=%q, want %q as printed (%s/%s)", period, c.Metric, c.Text, c.Release, want, ref.table, ref.row)
		}
		if c.Rounding != wantRounding[period][c.Metric] {
			t.Errorf("%s %s: rounding marker %q, want %q", period, c.Metric, c.Rounding, wantRounding[period][c.Metric])
		}
	}
	// Five company figures, two segments' seven, three mines' five printed.
	if len(cells) != 5+2*7+3*8 || printed != 5+2*7+3*5 {
		t.Errorf("%s: %d release cells, %d printed; want %d and %d", period, len(cells), printed, 5+2*7+3*8, 5+2*7+3*5)
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
		for n := range tr.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			class, _ := attrOf(n, "class")
			switch {
			case n.Data == "output":
				c.Metric, _ = attrOf(n, "data-metric")
			case n.Data == "td" && class == "base":
				c.Release, _ = attrOf(n, "data-release")
			case n.Data == "summary" || class == "shown":
				c.Text = textOf(n)
			case class == "rounding-mark":
				c.Rounding, _ = attrOf(n, "href")
			}
		}
		if c.Metric != "" {
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
		cells := js[[]releaseCell](tb, `Array.from(document.querySelectorAll("tr output[data-metric]"), o => {
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

// Where a scenario's EPS and the model's baseline round apart but their
// difference rounds to nothing at cents, the change column still shows it,
// finer: a reader never sees two different figures with no change between.
func TestChangeShownWhenFiguresDiffer(t *testing.T) {
	m := fixture.Model(t)
	p := m.Default()
	spec := companySpecs()[4]
	if spec.metric != "company.eps" {
		t.Fatalf("companySpecs()[4] is %s", spec.metric)
	}
	base := p.BaselineLever(calc.PriceLever(calc.Silver))
	step := dec("0.01")
	found := 0
	for i := -300; i <= 300; i++ {
		var s calc.Scenario
		if err := s.Set(p, calc.PriceLever(calc.Silver), base.Add(step.Mul(dec(strconv.Itoa(i))))); err != nil {
			t.Fatal(err)
		}
		f := figure(spec, p.Evaluate(s), p.Baseline, nil)
		v, _ := p.Evaluate(s).Metric(spec.metric)
		b, _ := p.Baseline.Metric(spec.metric)
		if f.Text == f.Baseline || spec.format(v.Decimal.Sub(b.Decimal)) != spec.format(decimal.Zero) {
			continue
		}
		found++
		if f.Change == "" || strings.Trim(f.Change, "+−$0.") == "" {
			t.Errorf("silver %+d¢: EPS %s against %s, change %q: want the change shown finer", i, f.Text, f.Baseline, f.Change)
		}
	}
	if found == 0 {
		t.Fatal("no silver price within $3 of the release's makes EPS round apart from the baseline by less than a cent")
	}
}

// The waterfall's table shows the lines the reconciliation to GAAP prints
// as printed, and the model's build-up to them marked as the model's.
func TestWaterfallReleaseColumn(t *testing.T) {
	rel, m := fixture.Release(t), fixture.Model(t)
	p, _ := m.Period(calc.Q1of2006)
	for _, tc := range []struct {
		mine             calc.Mine
		line, base, kind string
	}{
		{calc.LaCamorra, "GAAP: change in product inventory", "$(3,711)", "printed"},
		{calc.LaCamorra, "GAAP cost of sales", "$13,829", "printed"},
		{calc.LaCamorra, "Total cash cost", "$13,209", "printed"},
		{calc.LuckyFriday, "GAAP: by-product credits", "$5,001", "printed"},
		{calc.LuckyFriday, "GAAP: reduction in labor costs", "$0", "model"}, // Lucky Friday's reconciliation has no such line
		{calc.LuckyFriday, "Mining and milling", "", "model"},
	} {
		a := buildAnalysis(rel, m, p, calc.Scenario{Period: p.ID}, p.Baseline, "company.gross-profit", tc.mine)
		var got *waterRow
		for i := range a.waterBase {
			if a.waterBase[i].label == tc.line {
				got = &a.waterBase[i]
			}
		}
		if got == nil {
			t.Fatalf("%s: no line %q", tc.mine.Slug(), tc.line)
		}
		if got.release != tc.kind || (tc.base != "" && got.base != tc.base) {
			t.Errorf("%s %q: release %s %q, want %s %q", tc.mine.Slug(), tc.line, got.release, got.base, tc.kind, tc.base)
		}
	}
}
