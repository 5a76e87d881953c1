package main

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// pageView is everything the page shows for one scenario, formatted.
type pageView struct {
	period   calc.PeriodID
	label    string
	prices   []leverView
	mines    []mineView
	segments []segmentView
	company  []figureView
	opex     leverView
	summary  string // what the live region reads out
	query    string // the scenario as a URL query
	result   *calc.Result
	baseline *calc.Result
	pin      []figureView // the current scenario against the pinned one
	methods  methodsView
	analysis analysisView
}

type mineView struct {
	mine     calc.Mine
	title    string
	subtitle string
	levers   []leverView
	advanced []leverView
	figures  []figureView
}

type segmentView struct {
	title   string
	figures []figureView
}

// leverView is the part of a lever's field that follows the scenario and
// period; the typed text and its error are the calculator's state.
type leverView struct {
	lever     calc.Lever
	key       string
	label     string
	unit      string
	baseline  string // formatted, as the release prints it
	changed   bool
	slider    string // the slider's position, 0 to 100
	valueText string // aria-valuetext
}

func buildView(m *calc.Model, p *calc.Period, s calc.Scenario, src func(metric string) baselineSource) pageView {
	r := p.Evaluate(s)
	base := p.Baseline
	v := pageView{period: p.ID, label: p.Label, query: m.Encode(s), result: r, baseline: base}
	for _, metal := range calc.Metals() {
		v.prices = append(v.prices, lever(p, s, calc.PriceLever(metal)))
	}
	for _, mine := range calc.Mines() {
		mv := mineView{
			mine:     mine,
			title:    mine.Name(),
			subtitle: mineSubtitle(mine),
			figures:  figures(mineSpecs(mine), r, base, src),
		}
		for _, k := range []calc.LeverKind{calc.Tons, calc.Grade, calc.Mining, calc.Milling} {
			mv.levers = append(mv.levers, lever(p, s, calc.MineLever(mine, k)))
		}
		mv.advanced = append(mv.advanced, lever(p, s, calc.MineLever(mine, calc.Recovery)))
		be, baseBE := r.Mines[mine].BreakEven, base.Mines[mine].BreakEven
		for i := range mv.figures {
			if !strings.HasSuffix(mv.figures[i].Metric, calc.MetricBreakEven) {
				continue
			}
			if !baseBE.Price.Valid {
				mv.figures[i].Baseline = "none"
			}
			if !be.Price.Valid {
				mv.figures[i].Text = "none"
				mv.figures[i].Note = "unprofitable at every price"
				if be.Always {
					mv.figures[i].Note = "profitable at every price"
				}
			}
		}
		v.mines = append(v.mines, mv)
	}
	for _, seg := range calc.Segments() {
		v.segments = append(v.segments, segmentView{title: seg.Name(), figures: figures(segmentSpecs(seg), r, base, src)})
	}
	v.company = figures(companySpecs(), r, base, src)
	v.opex = lever(p, s, calc.OpexLever())
	v.methods = buildMethods(p, s, r)
	gp, ni, eps := v.company[1], v.company[3], v.company[4]
	v.summary = "Company gross profit " + gp.Text + " thousand, net income " + ni.Text + " thousand, earnings per share " + eps.Text + "."
	return v
}

func mineSubtitle(m calc.Mine) string {
	switch m {
	case calc.GreensCreek:
		return "Silver · Alaska · Hecla's 29.73% share"
	case calc.LuckyFriday:
		return "Silver · Idaho"
	default:
		return "Gold · Venezuela"
	}
}

func lever(p *calc.Period, s calc.Scenario, l calc.Lever) leverView {
	base := p.BaselineLever(l)
	cur := s.Value(p, l)
	_, changed := s.Changed(l)
	top := sliderTop(l, base)
	pos := decimal.Zero
	if top.Sign() > 0 {
		pos = decimal.Min(cur, top).DivRound(top, 4).Shift(2)
	}
	return leverView{
		lever:     l,
		key:       l.Key(),
		label:     l.Label(),
		unit:      l.Unit(),
		baseline:  formatLever(l, base),
		changed:   changed,
		slider:    pos.String(),
		valueText: formatLever(l, cur),
	}
}

// The slider runs from zero to twice the release's figure (recovery stops at
// 100%), in positions of 0 to 100 with a step of half a point, so each arrow
// key moves the lever by 1% of the release's figure. Positions, not values,
// because a range input clamps its value to max when go-app happens to set
// the value before the max: 0 to 100 are the input's own defaults.
const sliderStep = "0.5"

func sliderTop(l calc.Lever, base decimal.Decimal) decimal.Decimal {
	top := base.Mul(decimal.NewFromInt(2))
	if l.Kind() == calc.Recovery && top.GreaterThan(decimal.NewFromInt(100)) {
		top = decimal.NewFromInt(100)
	}
	return top
}

// sliderValue turns a slider position back into the lever's value, to the
// precision the release prints the lever at (recovery to a tenth of a point).
func sliderValue(p *calc.Period, l calc.Lever, position decimal.Decimal) decimal.Decimal {
	base := p.BaselineLever(l)
	places := -base.Exponent()
	if l.Kind() == calc.Recovery {
		places = 1
	}
	return sliderTop(l, base).Mul(position).Shift(-2).Round(places)
}

// formatLever writes a lever's value with its unit, for people and screen
// readers: "$13.31 per oz", "84,848 tons".
func formatLever(l calc.Lever, v decimal.Decimal) string {
	switch l.Kind() {
	case calc.Price:
		if metal, _ := l.Metal(); metal == calc.Lead || metal == calc.Zinc {
			return leverAmount(l, v) + " per lb"
		}
		return leverAmount(l, v) + " per oz"
	case calc.Tons:
		return leverAmount(l, v) + " tons"
	case calc.Grade:
		return leverAmount(l, v) + " oz/ton"
	case calc.Mining, calc.Milling:
		return leverAmount(l, v) + " per ton"
	case calc.Recovery:
		return leverAmount(l, v) + "%"
	default:
		return leverAmount(l, v)
	}
}

// leverAmount is a lever's value without its unit, to the release's
// precision or the value's own when that is finer: "$13.31", "84,848".
func leverAmount(l calc.Lever, v decimal.Decimal) string {
	places := -v.Exponent()
	switch l.Kind() {
	case calc.Price, calc.Mining, calc.Milling:
		return money(v, max(2, places))
	case calc.Tons:
		return number(v, max(0, places))
	case calc.Grade:
		return number(v, max(2, places))
	case calc.Recovery:
		return number(v, 2)
	default:
		return money(v, max(0, places))
	}
}
