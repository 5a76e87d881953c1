package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Page is everything the page shows for one scenario, formatted.
type Page struct {
	Period calc.PeriodID
	Label  string
	// Heading names the company and the quarter ("Hecla Mining · First
	// quarter 2007"): a view that stands alone, an embed, says it at its top.
	Heading  string
	Prices   []Lever
	Mines    []Mine
	Segments []Segment
	Company  []Figure
	// Cash is the quarter's cash: the company's, then each mine's; Value
	// the year's value at the scenario's share price.
	Cash  []Figure
	Value []Figure
	// Production is the company's production of each metal.
	Production []Figure
	// Outputs are every output of the scenario, and Base the period's at
	// the release's levers, for the export.
	Outputs, Base Outputs
	// Sensitivities is the rule of thumb of each metal's price; Outlook the
	// year 2007 against the guidance (nil outside the first quarter of 2007).
	Sensitivities Sensitivities
	Outlook       *Outlook
	Opex          Lever
	// Statement is the tax rate and the shares, beside the other operating
	// expenses: the statement's levers below gross profit.
	Statement []Lever
	// Year is the outlook's own levers, nil outside the first quarter of
	// 2007: each later quarter's prices and the year's plans.
	Year *YearLevers
	// SharePrice is the Value panel's field, nil outside the first quarter
	// of 2007, the only period the lever belongs to.
	SharePrice *Lever
	// Strip is the key results a narrow screen keeps in sight.
	Strip    Strip
	Summary  string // what the live region reads out
	Query    string // the scenario as a URL query
	Result   *calc.Result
	Baseline *calc.Result
	Pin      []PinRow // the current scenario against the pinned one
	// Side is the release, the current scenario and saved ones side by
	// side; nil while no saved scenario is chosen.
	Side *SideBySide
	// Seek and Grid are the analyst's tools' tables, nil while closed.
	Seek    *Seek
	Grid    *GridTable
	Ranges  *Ranges
	Methods Methods
	// Analysis is the analysis panel's charts, nil until the panel is first
	// open.
	Analysis *Analysis
	// Announce is what the polite live region reads: the summary as it
	// stood when typing last paused.
	Announce Announcement
	// Full is the link from an embed to the full calculator, at the same
	// scenario.
	Full FullLink
}

// FullLink is a link to the full calculator; Href is relative to the
// embed's page, which is beside it.
type FullLink struct{ Href string }

// Announcement is the text of the page's polite live region.
type Announcement struct{ Text string }

type Mine struct {
	Mine     calc.Mine
	Title    string
	Subtitle string
	Levers   []Lever
	Advanced []Lever
	Figures  []Figure
}

type Segment struct {
	Segment calc.Segment
	Title   string
	Figures []Figure
}

// Input is what a page is made from: scenario S of period P of the model
// M, calibrated from Release; Base is P's outputs at the release's levers
// (BaselineOutputs, made once per period); Source says what the release
// prints for a metric, and Field what is typed in a lever's field, and the
// message if it was refused.
type Input struct {
	Release *data.Release
	Model   *calc.Model
	Period  *calc.Period
	S       calc.Scenario
	Base    Outputs
	Source  func(metric string) Source
	Field   func(calc.Lever) (text, err string)
}

// NewPage is the page of in's scenario: one evaluation, its investor views
// (a few more), and everything formatted.
func NewPage(in Input) Page {
	rel, m, p, s, src, field := in.Release, in.Model, in.Period, in.S, in.Source, in.Field
	r := p.Evaluate(s)
	views := p.Views(s, r)
	cur, base := OutputsOf(r, views), in.Base
	v := Page{Period: p.ID, Label: p.Label, Heading: heading(rel, p), Query: m.Encode(s), Result: r, Baseline: p.Baseline, Outputs: cur, Base: base}
	v.Full.Href = "./"
	if v.Query != "" {
		v.Full.Href += "?" + v.Query
	}
	for _, metal := range calc.Metals() {
		v.Prices = append(v.Prices, lever(p, s, field, calc.PriceLever(metal)))
	}
	for _, mine := range calc.Mines() {
		mv := Mine{
			Mine:     mine,
			Title:    mine.Name(),
			Subtitle: mineSubtitle(rel, mine),
			Figures:  figures(mineSpecs(mine), cur, base, src),
		}
		for _, k := range []calc.LeverKind{calc.Tons, calc.Grade, calc.Mining, calc.Milling} {
			mv.Levers = append(mv.Levers, lever(p, s, field, calc.MineLever(mine, k)))
		}
		mv.Advanced = append(mv.Advanced, lever(p, s, field, calc.MineLever(mine, calc.Recovery)))
		be, baseBE := r.Mines[mine].BreakEven, p.Baseline.Mines[mine].BreakEven
		for i := range mv.Figures {
			if !strings.HasSuffix(mv.Figures[i].Metric, calc.MetricBreakEven) {
				continue
			}
			if !baseBE.Price.Valid {
				mv.Figures[i].Baseline = "none"
			}
			if !be.Price.Valid {
				mv.Figures[i].Text = "none"
				mv.Figures[i].Note = "unprofitable at every price"
				if be.Always {
					mv.Figures[i].Note = "profitable at every price"
				}
			}
		}
		v.Mines = append(v.Mines, mv)
	}
	for _, seg := range calc.Segments() {
		v.Segments = append(v.Segments, Segment{Segment: seg, Title: seg.Name(), Figures: figures(segmentSpecs(seg), cur, base, src)})
	}
	v.Company = figures(companySpecs(), cur, base, src)
	v.Production = figures(productionSpecs(), cur, base, src)
	v.Cash = figures(cashSpecs(), cur, base, src)
	v.Value = valueFigures(p, s, cur, base, src)
	v.Sensitivities = sensitivities(cur)
	v.Outlook = outlookOf(views, cur, base, src)
	v.Opex = lever(p, s, field, calc.OpexLever())
	v.Statement = statementLevers(p, s, field)
	if only, _ := calc.SharePriceLever().OnlyIn(); p.ID == only {
		sp := sharePriceField(lever(p, s, field, calc.SharePriceLever()))
		v.SharePrice = &sp
		v.Year = yearLevers(rel, p, s, field)
	}
	v.Methods = buildMethods(p, s, r)
	company := func(metric string) string {
		for _, f := range v.Company {
			if f.Metric == calc.CompanyScope+"."+metric {
				return f.Text
			}
		}
		return NotAvailable
	}
	v.Strip = stripOf(&v, !s.IsBaseline())
	v.Summary = "Company gross profit " + company(calc.MetricGrossProfit) + " thousand, net income " + company(calc.MetricNetIncome) +
		" thousand, earnings per share " + company(calc.MetricEPS) + "."
	return v
}

// mineSubtitle is what a mine's heading says under its name: its primary
// metal, where it is and, where the release prints only Hecla's part of the
// mine, that share.
func mineSubtitle(rel *data.Release, m calc.Mine) string {
	parts := []string{m.Primary().Name()}
	if d, ok := rel.Mine(m); ok {
		parts = append(parts, d.Location)
		if d.Share != nil {
			parts = append(parts, "Hecla's "+d.Share.Printed+"% share")
		}
	}
	return strings.Join(parts, " · ")
}

// heading is Page.Heading: the release's issuer, without "Company", and
// the quarter's label.
func heading(rel *data.Release, p *calc.Period) string {
	return strings.TrimSuffix(rel.Source.Issuer, " Company") + " · " + p.Label
}
