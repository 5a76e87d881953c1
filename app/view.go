package main

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
	"strings"
)

// The view model: every figure the page shows, formatted once per change in
// the input handlers, so Render only lays it out.

// tone says whether a change is good or bad news for an investor.
type tone string

const (
	toneSame   tone = "same"
	toneBetter tone = "better"
	toneWorse  tone = "worse"
)

// figureKind picks a figure's format.
type figureKind int

const (
	kindThousands figureKind = iota // dollars shown in thousands
	kindPerOz                       // cost per ounce of the metal
	kindPrice                       // a break-even price of the metal
	kindOunces
	kindEPS
)

// figureSpec describes one displayed output.
type figureSpec struct {
	metric string // the output contract's name
	label  string
	kind   figureKind
	metal  calc.Metal // for per-ounce figures and prices
	// lowerIsBetter marks costs: a fall is good news.
	lowerIsBetter bool
}

// figureView is a figure ready to lay out.
type figureView struct {
	Metric   string
	Label    string
	Value    string // the unrounded decimal, "" where the figure does not exist
	Text     string // formatted
	Baseline string // the release cell: the printed figure as printed, or the model's baseline
	// Release says which Baseline is: "printed" (the release prints the
	// figure) or "model" (it does not; "" where the row has no release cell).
	Release string
	// Model is the model's baseline, formatted, where it differs from the
	// printed figure by the release's own rounding; Rounding is then the
	// anchor of the validator's finding on that figure ("" if it has none).
	Model    string
	Rounding string
	Change   string // formatted absolute change, "" when none
	Percent  string // "+12.3%" where a percentage means something
	Tone     tone
	Note     string // why a figure is absent
	Source   string // where the baseline comes from in the release
}

// figure formats one output of a result against the period's baseline; src,
// if given, says what the release prints for it (the release cell).
func figure(spec figureSpec, r, base *calc.Result, src func(metric string) baselineSource) figureView {
	v, _ := r.Metric(spec.metric)
	b, _ := base.Metric(spec.metric)
	fv := figureView{Metric: spec.metric, Label: spec.label, Tone: toneSame}
	fv.Text, fv.Baseline = notAvailable, notAvailable
	if v.Valid {
		fv.Value = v.Decimal.String()
		fv.Text = spec.format(v.Decimal)
	}
	if b.Valid {
		fv.Baseline = spec.format(b.Decimal)
	}
	modelBase := fv.Baseline
	if src != nil {
		fv.releaseCell(spec, src(spec.metric))
	}
	if !v.Valid || !b.Valid {
		return fv
	}
	// The change is from the model's baseline, so none at the release's
	// levers, whatever the release's own rounding did to the printed figure.
	change := v.Decimal.Sub(b.Decimal)
	shown := spec.format(change)
	if shown == spec.format(decimal.Zero) {
		if fv.Text == modelBase {
			return fv // no change a reader can see
		}
		// The two figures round apart although the change rounds to
		// nothing ($0.07 against $0.08 a share): show it finer.
		shown = spec.finer(change)
	}
	fv.Change = signed(shown, change)
	if b.Decimal.Sign() != 0 && b.Decimal.Sign() == v.Decimal.Sign() {
		pct := change.DivRound(b.Decimal.Abs(), 6).Shift(2)
		fv.Percent = signed(number(pct.Abs(), 1)+"%", pct)
	}
	up := change.Sign() > 0
	if up != spec.lowerIsBetter {
		fv.Tone = toneBetter
	} else {
		fv.Tone = toneWorse
	}
	return fv
}

// signed puts an explicit + or − before a formatted change; the format's own
// parentheses are dropped for it.
func signed(formatted string, d decimal.Decimal) string {
	if d.Sign() < 0 {
		return "−" + stripParens(formatted)
	}
	return "+" + formatted
}

func stripParens(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '(' && s[i] != ')' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// releaseCell makes the release cell of fv from src: the printed figure as
// printed, or the model's baseline marked as the model's.
func (fv *figureView) releaseCell(spec figureSpec, src baselineSource) {
	fv.Source = src.text
	if !src.printed {
		fv.Release = "model"
		return
	}
	fv.Release = "printed"
	model := fv.Baseline
	fv.Baseline = spec.printedText(src)
	if model != fv.Baseline {
		fv.Model, fv.Rounding = model, src.finding
	}
}

func (spec figureSpec) format(d decimal.Decimal) string { return spec.formatAt(d, 0) }

// formatAt is format with extra places past the figure's own precision.
func (spec figureSpec) formatAt(d decimal.Decimal, extra int32) string {
	switch spec.kind {
	case kindPerOz, kindPrice:
		return money(d, perOzPlaces(spec.metal)+extra)
	case kindOunces:
		return number(d, extra)
	case kindEPS:
		return money(d, 2+extra)
	default:
		return money(d.Shift(-3), extra)
	}
}

// finer is a change too small for the figure's precision, at the first
// precision that shows it (at most four places more).
func (spec figureSpec) finer(d decimal.Decimal) string {
	for extra := int32(1); ; extra++ {
		if s := spec.formatAt(d, extra); s != spec.formatAt(decimal.Zero, extra) || extra == 4 {
			return s
		}
	}
}

// scopeSpecs are the figures a mine and a segment share: production, the
// three costs per ounce of the metal, and the gross-profit lines.
func scopeSpecs(scope string, metal calc.Metal) []figureSpec {
	s := scope + "."
	return []figureSpec{
		{metric: s + calc.MetricProduced, label: metal.Name() + " produced (oz)", kind: kindOunces},
		{metric: s + calc.CashOperating.Slug(), label: "Cash operating cost per oz", kind: kindPerOz, metal: metal, lowerIsBetter: true},
		{metric: s + calc.TotalCash.Slug(), label: "Total cash cost per oz", kind: kindPerOz, metal: metal, lowerIsBetter: true},
		{metric: s + calc.TotalProduction.Slug(), label: "Total production cost per oz", kind: kindPerOz, metal: metal, lowerIsBetter: true},
		{metric: s + calc.MetricSales, label: "Sales", kind: kindThousands},
		{metric: s + calc.MetricCostOfSales, label: "Cost of sales (GAAP)", kind: kindThousands, lowerIsBetter: true},
		{metric: s + calc.MetricGrossProfit, label: "Gross profit", kind: kindThousands},
	}
}

// mineSpecs are the figures of a mine's card: the shared ones and the
// break-even price of its primary metal.
func mineSpecs(m calc.Mine) []figureSpec {
	p := m.Primary()
	return append(scopeSpecs(m.Slug(), p), figureSpec{metric: m.Slug() + "." + calc.MetricBreakEven,
		label: "Break-even " + strings.ToLower(p.Name()) + " price", kind: kindPrice, metal: p, lowerIsBetter: true})
}

// segmentSpecs are a segment's figures in the dense totals table; its metal
// is its mines' primary metal.
func segmentSpecs(s calc.Segment) []figureSpec { return scopeSpecs(s.Slug(), s.Mines()[0].Primary()) }

// companySpecs are the company's figures.
func companySpecs() []figureSpec {
	k := calc.CompanyScope + "."
	return []figureSpec{
		{metric: k + calc.MetricSales, label: "Sales", kind: kindThousands},
		{metric: k + calc.MetricGrossProfit, label: "Gross profit", kind: kindThousands},
		{metric: k + calc.MetricIncomeOps, label: "Income from operations", kind: kindThousands},
		{metric: k + calc.MetricNetIncome, label: "Net income", kind: kindThousands},
		{metric: k + calc.MetricEPS, label: "Earnings per share", kind: kindEPS},
	}
}

func figures(specs []figureSpec, r, base *calc.Result, src func(metric string) baselineSource) []figureView {
	out := make([]figureView, len(specs))
	for i, s := range specs {
		out[i] = figure(s, r, base, src)
	}
	return out
}
