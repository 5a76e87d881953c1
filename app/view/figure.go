package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The view model: every figure the page shows, formatted once per change in
// the input handlers, so Render only lays it out.

// Tone says whether a change is good or bad news for an investor.
type Tone string

const (
	ToneSame   Tone = "same"
	ToneBetter Tone = "better"
	ToneWorse  Tone = "worse"
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

// Spec describes one displayed output.
type Spec struct {
	Metric string // the output contract's name
	Label  string
	kind   figureKind
	metal  calc.Metal // for per-ounce figures and prices
	// lowerIsBetter marks costs: a fall is good news.
	lowerIsBetter bool
	why           string // the set of explanations the figure shows (why.go)
}

// Figure is a figure ready to lay out.
type Figure struct {
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
	// Discrepancy says the printed figure differs from the model's by more
	// than the release's rounding: its own figures do not add up to it.
	Discrepancy bool
	Change      string // formatted absolute change, "" when none
	Percent     string // "+12.3%" where a percentage means something
	Tone        Tone
	Note        string // why a figure is absent
	Source      string // where the baseline comes from in the release
	// Why names the explanations of the by-product method the figure's row
	// offers (Explanations); "" for none.
	Why string
	// First is the first row of its table, whose source is the table's one
	// tab stop on a page just drawn: the keyboard reaches the table's other
	// sources by the arrow keys (app/ui, roving.go), not by ~100 Tabs.
	First bool
}

// figure formats one output of a result against the period's baseline; src,
// if given, says what the release prints for it (the release cell).
func figure(spec Spec, r, base outputs, src func(metric string) Source) Figure {
	v, _ := r.Metric(spec.Metric)
	b, _ := base.Metric(spec.Metric)
	fv := Figure{Metric: spec.Metric, Label: spec.Label, Tone: ToneSame, Why: spec.why}
	fv.Text, fv.Baseline = NotAvailable, NotAvailable
	if v.Valid {
		fv.Value = v.Decimal.String()
		fv.Text = spec.format(v.Decimal)
	}
	if b.Valid {
		fv.Baseline = spec.format(b.Decimal)
	}
	modelBase := fv.Baseline
	if src != nil {
		fv.releaseCell(spec, src(spec.Metric))
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
		fv.Percent = signed(Number(pct.Abs(), 1)+"%", pct)
	}
	up := change.Sign() > 0
	if up != spec.lowerIsBetter {
		fv.Tone = ToneBetter
	} else {
		fv.Tone = ToneWorse
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
func (fv *Figure) releaseCell(spec Spec, src Source) {
	fv.Source = src.text
	if !src.printed {
		fv.Release = "model"
		return
	}
	fv.Release = "printed"
	model := fv.Baseline
	fv.Baseline = spec.printedText(src)
	if model != fv.Baseline {
		fv.Model, fv.Rounding, fv.Discrepancy = model, src.finding, src.discrepancy
	}
}

func (spec Spec) format(d decimal.Decimal) string { return spec.formatAt(d, 0) }

// formatAt is format with extra places past the figure's own precision.
func (spec Spec) formatAt(d decimal.Decimal, extra int32) string {
	switch spec.kind {
	case kindPerOz, kindPrice:
		return Money(d, perOzPlaces(spec.metal)+extra)
	case kindOunces:
		return Number(d, extra)
	case kindEPS:
		return Money(d, 2+extra)
	case kindMultiple, kindFraction:
		return formatValue(spec.kind, d, extra)
	default:
		return Money(d.Shift(-3), extra)
	}
}

// finer is a change too small for the figure's precision, at the first
// precision that shows it (at most four places more).
func (spec Spec) finer(d decimal.Decimal) string { return spec.finerThan(d, 0) }

// finerThan is finer, past extra places more than the figure's own.
func (spec Spec) finerThan(d decimal.Decimal, extra int32) string {
	for more := extra + 1; ; more++ {
		if s := spec.formatAt(d, more); s != spec.formatAt(decimal.Zero, more) || more == extra+4 {
			return s
		}
	}
}

// scopeSpecs are the figures a mine and a segment share: production, the
// three costs per ounce of the metal, and the gross-profit lines.
func scopeSpecs(scope string, metal calc.Metal, credits bool) []Spec {
	s := scope + "."
	// The by-product method's surprises are where by-products are credited.
	cost, totalCost := "", ""
	if credits {
		cost, totalCost = "cost", "total-cost"
	}
	return []Spec{
		{Metric: s + calc.MetricProduced, Label: metal.Name() + " produced (oz)", kind: kindOunces},
		{Metric: s + calc.CashOperating.Slug(), Label: "Cash operating cost per oz", kind: kindPerOz, metal: metal, lowerIsBetter: true, why: cost},
		{Metric: s + calc.TotalCash.Slug(), Label: "Total cash cost per oz", kind: kindPerOz, metal: metal, lowerIsBetter: true, why: totalCost},
		{Metric: s + calc.TotalProduction.Slug(), Label: "Total production cost per oz", kind: kindPerOz, metal: metal, lowerIsBetter: true, why: totalCost},
		marginSpec(scope, metal),
		{Metric: s + calc.MetricSales, Label: "Sales", kind: kindThousands, why: "sales"},
		{Metric: s + calc.MetricCostOfSales, Label: "Cost of sales (GAAP)", kind: kindThousands, lowerIsBetter: true},
		{Metric: s + calc.MetricGrossProfit, Label: "Gross profit", kind: kindThousands},
	}
}

// mineSpecs are the figures of a mine's card: the shared ones and the
// break-even price of its primary metal.
func mineSpecs(m calc.Mine) []Spec {
	p := m.Primary()
	specs := scopeSpecs(m.Slug(), p, len(m.ByProducts()) > 0)
	// Its by-products after its primary metal.
	specs = append(specs[:1], append(byProductSpecs(m), specs[1:]...)...)
	return append(specs, Spec{Metric: m.Slug() + "." + calc.MetricBreakEven,
		Label: "Break-even " + strings.ToLower(p.Name()) + " price", kind: kindPrice, metal: p, lowerIsBetter: true})
}

// segmentSpecs are a segment's figures in the dense totals table; its metal
// is its mines' primary metal.
func segmentSpecs(s calc.Segment) []Spec {
	credits := false
	for _, m := range s.Mines() {
		credits = credits || len(m.ByProducts()) > 0
	}
	return scopeSpecs(s.Slug(), s.Primary(), credits)
}

// companySpecs are the company's figures.
func companySpecs() []Spec {
	k := calc.CompanyScope + "."
	return []Spec{
		{Metric: k + calc.MetricSales, Label: "Sales", kind: kindThousands, why: "sales"},
		{Metric: k + calc.MetricGrossProfit, Label: "Gross profit", kind: kindThousands},
		{Metric: k + calc.MetricIncomeOps, Label: "Income from operations", kind: kindThousands},
		{Metric: k + calc.MetricNetIncome, Label: "Net income", kind: kindThousands},
		{Metric: k + calc.MetricEPS, Label: "Earnings per share", kind: kindEPS},
	}
}

// companySpec is the company's figure of a metric ("gross-profit").
func companySpec(metric string) Spec {
	for _, s := range companySpecs() {
		if s.Metric == calc.CompanyScope+"."+metric {
			return s
		}
	}
	panic("view: the company has no figure " + metric)
}

func figures(specs []Spec, r, base outputs, src func(metric string) Source) []Figure {
	out := make([]Figure, len(specs))
	for i, s := range specs {
		out[i] = figure(s, r, base, src)
	}
	if len(out) > 0 {
		out[0].First = true
	}
	return out
}

// changeTone is the tone of a change in an output: a rise is better news
// unless lower is better (a cost).
func changeTone(change decimal.Decimal, lowerIsBetter bool) Tone {
	switch {
	case change.Sign() == 0:
		return ToneSame
	case (change.Sign() > 0) != lowerIsBetter:
		return ToneBetter
	default:
		return ToneWorse
	}
}
