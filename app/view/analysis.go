package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/shopspring/decimal"
)

// The analysis panel: the sensitivity tornado, each mine's price curve, its
// cost waterfall and the attribution bridges. It is computed only while the
// panel is open: the tornado alone is 41 evaluations.

// curvePoints is how many prices a price curve evaluates.
const curvePoints = 21

type Analysis struct {
	Output  string
	Tornado []TornadoRow
	Unit    string

	Mine       calc.Mine
	Curve      []LineSeries
	Markers    []LineMarker
	WaterStart BridgeStep
	WaterSteps []BridgeStep
	WaterEnd   BridgeStep
	WaterBase  []WaterRow

	BridgeGP       Bridge
	BridgeCost     Bridge
	BridgeCostNote string

	// Quarters is the bridge of QuartersOutput from Q1 2006 to Q1 2007,
	// which no lever changes (QuartersBridge).
	QuartersOutput string
	Quarters       Bridge
}

type Bridge struct {
	Start BridgeStep
	Steps []BridgeStep
	End   BridgeStep
	// Note says what a step no lever names gathers, under the chart.
	Note string
}

// WaterRow is one line of the waterfall's table, baseline beside scenario;
// release says whether base is printed ("printed": the reconciliation to
// GAAP prints the line) or the model's ("model").
type WaterRow struct{ Label, Base, Scenario, Release string }

// TornadoOutputs are the outputs the tornado can explain, each label
// naming its scope ("Company: gross profit"): the mine picker beside the
// tornado is the other charts'.
func TornadoOutputs() []Spec {
	specs := []Spec{scopedSpec(calc.CompanyScope + "." + calc.MetricGrossProfit)}
	for _, m := range calc.Mines() {
		for _, s := range mineSpecs(m) {
			if s.Metric == m.Slug()+"."+calc.TotalCash.Slug() || s.Metric == m.Slug()+"."+calc.MetricGrossProfit {
				s.Label = m.Name() + ": " + strings.ToLower(s.Label)
				specs = append(specs, s)
			}
		}
	}
	return specs
}

// TornadoTitle is the tornado's title for metric, naming the scope it
// plots: "Sensitivity of the company's gross profit when each lever moves
// 10% down and up".
func TornadoTitle(metric string) string {
	return "Sensitivity of " + possessive(SpecFor(metric).Label) + " when each lever moves 10% down and up"
}

// possessive makes a scoped label ("Lucky Friday: gross profit") a
// phrase: "Lucky Friday's gross profit", "the company's gross profit".
func possessive(label string) string {
	scope, what, ok := strings.Cut(label, ": ")
	if !ok {
		return label
	}
	if scope == "Company" {
		return "the company's " + what
	}
	return scope + "'s " + what
}

func SpecFor(metric string) Spec {
	for _, s := range TornadoOutputs() {
		if s.Metric == metric {
			return s
		}
	}
	return TornadoOutputs()[0]
}

func NewAnalysis(rel *data.Release, m *calc.Model, p *calc.Period, s calc.Scenario, r *calc.Result, output string, mine calc.Mine) Analysis {
	spec := SpecFor(output)
	a := Analysis{Output: spec.Metric, Mine: mine, Unit: unitOf(spec)}
	if rows, err := m.Sensitivity(s, spec.Metric); err == nil {
		for _, row := range rows {
			if !row.Down.Valid || !row.Up.Valid || (row.Down.Decimal.IsZero() && row.Up.Decimal.IsZero()) {
				continue
			}
			label := row.Lever.Label()
			if mn, ok := row.Lever.Mine(); ok {
				label = mn.Name() + " " + strings.ToLower(label)
			}
			a.Tornado = append(a.Tornado, TornadoRow{Label: label, Low: scaleFor(spec, row.Down.Decimal), High: scaleFor(spec, row.Up.Decimal),
				LowText: signed(spec.format(row.Down.Decimal), row.Down.Decimal), HighText: signed(spec.format(row.Up.Decimal), row.Up.Decimal),
				LowTone: changeTone(row.Down.Decimal, spec.lowerIsBetter), HighTone: changeTone(row.Up.Decimal, spec.lowerIsBetter)})
			if len(a.Tornado) == 10 {
				break
			}
		}
	}

	primary := mine.Primary()
	gpName, costName := mine.Slug()+"."+calc.MetricGrossProfit, mine.Slug()+"."+calc.TotalCash.Slug()
	if pts, err := m.PriceCurve(s, primary, []string{gpName, costName}, curvePoints); err == nil {
		gp := LineSeries{Name: "Gross profit", Unit: "$ thousands"}
		cost := LineSeries{Name: "Total cash cost per oz", Unit: "$ per oz"}
		gpSpec, costSpec := SpecFor(gpName), SpecFor(costName)
		places := perOzPlaces(primary)
		for _, pt := range pts {
			xText := Money(pt.Price, places)
			y, yText := pt.Values[0], NotAvailable
			if y.Valid {
				yText = gpSpec.format(y.Decimal)
				y.Decimal = y.Decimal.Shift(-3) // thousands, as the tables
			}
			gp.Points = append(gp.Points, LinePoint{X: pt.Price, Y: y, XText: xText, YText: yText})
			cText := NotAvailable
			if pt.Values[1].Valid {
				cText = costSpec.format(pt.Values[1].Decimal)
			}
			cost.Points = append(cost.Points, LinePoint{X: pt.Price, Y: pt.Values[1], XText: xText, YText: cText})
		}
		a.Curve = []LineSeries{gp, cost}
	}
	release, current := p.BaselineLever(calc.PriceLever(primary)), s.Value(p, calc.PriceLever(primary))
	a.Markers = []LineMarker{
		{Label: "Release", Kind: "baseline", X: release, Text: Money(release, perOzPlaces(primary))},
		{Label: "Scenario", Kind: "scenario", X: current, Text: Money(current, perOzPlaces(primary))},
	}
	if be := r.Mines[mine].BreakEven.Price; be.Valid {
		a.Markers = append(a.Markers, LineMarker{Label: "Break-even", Kind: "break-even", X: be.Decimal, Text: Money(be.Decimal, perOzPlaces(primary))})
	}

	mr, br := &r.Mines[mine], &p.Baseline.Mines[mine]
	k := func(d decimal.Decimal) string { return Money(d.Shift(-3), 0) }
	step := func(label string, d decimal.Decimal) BridgeStep {
		return BridgeStep{Label: label, Amount: d.Shift(-3), Text: signed(k(d), d), Tone: changeTone(d, true)}
	}
	subtotal := func(label string, d decimal.Decimal) BridgeStep {
		return BridgeStep{Label: label, Amount: d.Shift(-3), Text: k(d), Tone: ToneSame, Subtotal: true}
	}
	a.WaterStart = BridgeStep{Label: "Mining and milling", Amount: mr.MiningMilling.Shift(-3), Text: k(mr.MiningMilling), Tone: ToneSame}
	a.WaterSteps = []BridgeStep{
		step("Fixed site costs", mr.FixedSite),
		step("Treatment and freight", mr.Treatment),
		step("By-product credits", mr.Credits.Neg()),
		subtotal("Cash operating cost", mr.CashOperating),
		step("Royalties and taxes", mr.Royalties),
		subtotal("Total cash cost", mr.TotalCash),
		step("Depreciation", mr.Depreciation),
		step("Reclamation and other", mr.Reclamation.Add(mr.Residual)),
	}
	a.WaterEnd = BridgeStep{Label: "Total production cost", Amount: mr.TotalProd.Shift(-3), Text: k(mr.TotalProd), Tone: ToneSame}
	// A line the mine's reconciliation prints shows the printed figure; the
	// build-up to it is the model's.
	d, described := mineOf(rel, mine)
	row := func(label, printedRow string, b, s decimal.Decimal) WaterRow {
		if printedRow != "" && described {
			if fig, err := rel.Figure(d.Reconciliation, printedRow, string(p.ID)); err == nil {
				return WaterRow{label, Money(fig.Value, fig.Places()), k(s), "printed"}
			}
		}
		return WaterRow{label, k(b), k(s), "model"}
	}
	a.WaterBase = []WaterRow{
		row("Mining and milling", "", br.MiningMilling, mr.MiningMilling),
		row("Fixed site costs", "", br.FixedSite, mr.FixedSite),
		row("Treatment and freight", "", br.Treatment, mr.Treatment),
		row("By-product credits", "", br.Credits.Neg(), mr.Credits.Neg()),
		row("Cash operating cost", "", br.CashOperating, mr.CashOperating),
		row("Royalties and production taxes", "", br.Royalties, mr.Royalties),
		row("Total cash cost", "total-cash-costs", br.TotalCash, mr.TotalCash),
		row("Depreciation, depletion and amortization", "", br.Depreciation, mr.Depreciation),
		row("Reclamation, other, residual", "", br.Reclamation.Add(br.Residual), mr.Reclamation.Add(mr.Residual)),
		row("Total production cost", "", br.TotalProd, mr.TotalProd),
		row("GAAP: total cash cost", "gaap.total-cash-costs", br.TotalCash, mr.TotalCash),
		row("GAAP: treatment and freight", "gaap.treatment-freight", br.Treatment.Neg(), mr.Treatment.Neg()),
		row("GAAP: by-product credits", "gaap.by-product-credits", br.Credits, mr.Credits),
		row("GAAP: depreciation", "gaap.dda", br.Depreciation, mr.Depreciation),
		row("GAAP: change in product inventory", "gaap.inventory", br.Inventory, mr.Inventory),
		row("GAAP: reclamation and other", "gaap.reclamation", br.Reclamation, mr.Reclamation),
		row("GAAP: reduction in labor costs", "gaap.labor", br.Labor, mr.Labor),
		row("GAAP cost of sales", "gaap.cost-of-sales", br.CostOfSales, mr.CostOfSales),
	}

	a.BridgeGP = attributionBridge(m, s, "company.gross-profit", SpecFor("company.gross-profit"))
	a.BridgeCost = attributionBridge(m, s, costName, SpecFor(costName))
	if len(a.BridgeCost.Steps) == 0 && !s.IsBaseline() {
		a.BridgeCostNote = "This mine's cost per ounce does not exist in every mix of the release and the scenario, so its change cannot be split."
	}
	return a
}

func unitOf(spec Spec) string {
	switch spec.kind {
	case kindPerOz:
		return "$ per oz"
	case kindEPS:
		return "$ per share"
	}
	return "$ thousands"
}

// attributionBridge is the Shapley attribution as bridge steps, in the
// output's display units.
func attributionBridge(m *calc.Model, s calc.Scenario, output string, spec Spec) Bridge {
	a, err := m.Attribute(s, output)
	if err != nil {
		return Bridge{}
	}
	b := Bridge{
		Start: BridgeStep{Label: "Release levers (model)", Amount: scaleFor(spec, a.Baseline), Text: spec.format(a.Baseline), Tone: ToneSame},
		End:   BridgeStep{Label: "Scenario", Amount: scaleFor(spec, a.Scenario), Text: spec.format(a.Scenario), Tone: ToneSame},
	}
	for _, pt := range a.Parts {
		b.Steps = append(b.Steps, BridgeStep{Label: pt.Group.Label, Amount: scaleFor(spec, pt.Amount), Text: signed(spec.format(pt.Amount), pt.Amount), Tone: changeTone(pt.Amount, spec.lowerIsBetter)})
	}
	return b
}

// scaleFor puts a figure in its chart's unit: thousands for dollar totals.
func scaleFor(spec Spec, d decimal.Decimal) decimal.Decimal {
	if spec.kind == kindThousands {
		return d.Shift(-3)
	}
	return d
}

// ModelSpace separates a model's tag from the figure after it.
func ModelSpace(release string) string {
	if release == "model" {
		return " "
	}
	return ""
}
