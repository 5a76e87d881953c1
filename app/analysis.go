package main

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
	"strings"
)

// The analysis panel: the sensitivity tornado, each mine's price curve, its
// cost waterfall and the attribution bridges. It is computed only while the
// panel is open: the tornado alone is 41 evaluations.

// curvePoints is how many prices a price curve evaluates.
const curvePoints = 21

type analysisView struct {
	output  string
	tornado []tornadoRow
	unit    string

	mine       calc.Mine
	curve      []lineSeries
	markers    []lineMarker
	waterStart bridgeStep
	waterSteps []bridgeStep
	waterEnd   bridgeStep
	waterBase  []waterRow

	bridgeGP       bridgeParts
	bridgeCost     bridgeParts
	bridgeCostNote string
}

type bridgeParts struct {
	start bridgeStep
	steps []bridgeStep
	end   bridgeStep
}

// waterRow is one line of the waterfall's table, baseline beside scenario;
// release says whether base is printed ("printed": the reconciliation to
// GAAP prints the line) or the model's ("model").
type waterRow struct{ label, base, scenario, release string }

// tornadoOutputs are the outputs the tornado can explain.
func tornadoOutputs() []figureSpec {
	specs := []figureSpec{companySpecs()[1]}
	for _, m := range calc.Mines() {
		for _, s := range mineSpecs(m) {
			if s.metric == m.Slug()+"."+calc.TotalCash.Slug() || s.metric == m.Slug()+"."+calc.MetricGrossProfit {
				s.label = m.Name() + ": " + strings.ToLower(s.label)
				specs = append(specs, s)
			}
		}
	}
	return specs
}

func specFor(metric string) figureSpec {
	for _, s := range tornadoOutputs() {
		if s.metric == metric {
			return s
		}
	}
	return tornadoOutputs()[0]
}

func buildAnalysis(rel *data.Release, m *calc.Model, p *calc.Period, s calc.Scenario, r *calc.Result, output string, mine calc.Mine) analysisView {
	spec := specFor(output)
	a := analysisView{output: spec.metric, mine: mine, unit: unitOf(spec)}
	if rows, err := m.Sensitivity(s, spec.metric); err == nil {
		for _, row := range rows {
			if !row.Down.Valid || !row.Up.Valid || (row.Down.Decimal.IsZero() && row.Up.Decimal.IsZero()) {
				continue
			}
			label := row.Lever.Label()
			if mn, ok := row.Lever.Mine(); ok {
				label = mn.Name() + " " + strings.ToLower(label)
			}
			a.tornado = append(a.tornado, tornadoRow{Label: label, Low: scaleFor(spec, row.Down.Decimal), High: scaleFor(spec, row.Up.Decimal),
				LowText: signed(spec.format(row.Down.Decimal), row.Down.Decimal), HighText: signed(spec.format(row.Up.Decimal), row.Up.Decimal),
				LowTone: changeTone(row.Down.Decimal, spec.lowerIsBetter), HighTone: changeTone(row.Up.Decimal, spec.lowerIsBetter)})
			if len(a.tornado) == 10 {
				break
			}
		}
	}

	primary := mine.Primary()
	gpName, costName := mine.Slug()+"."+calc.MetricGrossProfit, mine.Slug()+"."+calc.TotalCash.Slug()
	if pts, err := m.PriceCurve(s, primary, []string{gpName, costName}, curvePoints); err == nil {
		gp := lineSeries{Name: "Gross profit", Unit: "$ thousands"}
		cost := lineSeries{Name: "Total cash cost per oz", Unit: "$ per oz"}
		gpSpec, costSpec := specFor(gpName), specFor(costName)
		places := perOzPlaces(primary)
		for _, pt := range pts {
			xText := money(pt.Price, places)
			y, yText := pt.Values[0], notAvailable
			if y.Valid {
				yText = gpSpec.format(y.Decimal)
				y.Decimal = y.Decimal.Shift(-3) // thousands, as the tables
			}
			gp.Points = append(gp.Points, linePoint{X: pt.Price, Y: y, XText: xText, YText: yText})
			cText := notAvailable
			if pt.Values[1].Valid {
				cText = costSpec.format(pt.Values[1].Decimal)
			}
			cost.Points = append(cost.Points, linePoint{X: pt.Price, Y: pt.Values[1], XText: xText, YText: cText})
		}
		a.curve = []lineSeries{gp, cost}
	}
	release, current := p.BaselineLever(calc.PriceLever(primary)), s.Value(p, calc.PriceLever(primary))
	a.markers = []lineMarker{
		{Label: "Release", Kind: "baseline", X: release, Text: money(release, perOzPlaces(primary))},
		{Label: "Scenario", Kind: "scenario", X: current, Text: money(current, perOzPlaces(primary))},
	}
	if be := r.Mines[mine].BreakEven.Price; be.Valid {
		a.markers = append(a.markers, lineMarker{Label: "Break-even", Kind: "break-even", X: be.Decimal, Text: money(be.Decimal, perOzPlaces(primary))})
	}

	mr, br := &r.Mines[mine], &p.Baseline.Mines[mine]
	k := func(d decimal.Decimal) string { return money(d.Shift(-3), 0) }
	step := func(label string, d decimal.Decimal) bridgeStep {
		return bridgeStep{Label: label, Amount: d.Shift(-3), Text: signed(k(d), d), Tone: changeTone(d, true)}
	}
	subtotal := func(label string, d decimal.Decimal) bridgeStep {
		return bridgeStep{Label: label, Amount: d.Shift(-3), Text: k(d), Tone: toneSame, Subtotal: true}
	}
	a.waterStart = bridgeStep{Label: "Mining and milling", Amount: mr.MiningMilling.Shift(-3), Text: k(mr.MiningMilling), Tone: toneSame}
	a.waterSteps = []bridgeStep{
		step("Fixed site costs", mr.FixedSite),
		step("Treatment and freight", mr.Treatment),
		step("By-product credits", mr.Credits.Neg()),
		subtotal("Cash operating cost", mr.CashOperating),
		step("Royalties and taxes", mr.Royalties),
		subtotal("Total cash cost", mr.TotalCash),
		step("Depreciation", mr.Depreciation),
		step("Reclamation and other", mr.Reclamation.Add(mr.Residual)),
	}
	a.waterEnd = bridgeStep{Label: "Total production cost", Amount: mr.TotalProd.Shift(-3), Text: k(mr.TotalProd), Tone: toneSame}
	// A line the mine's reconciliation prints shows the printed figure; the
	// build-up to it is the model's.
	recon := reconciliationTable(mine)
	row := func(label, printedRow string, b, s decimal.Decimal) waterRow {
		if printedRow != "" && rel != nil {
			if fig, err := rel.Figure(recon, printedRow, string(p.ID)); err == nil {
				return waterRow{label, money(fig.Value, fig.Places()), k(s), "printed"}
			}
		}
		return waterRow{label, k(b), k(s), "model"}
	}
	a.waterBase = []waterRow{
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

	a.bridgeGP = attributionBridge(m, s, "company.gross-profit", specFor("company.gross-profit"))
	a.bridgeCost = attributionBridge(m, s, costName, specFor(costName))
	if len(a.bridgeCost.steps) == 0 && !s.IsBaseline() {
		a.bridgeCostNote = "This mine's cost per ounce does not exist in every mix of the release and the scenario, so its change cannot be split."
	}
	return a
}

func unitOf(spec figureSpec) string {
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
func attributionBridge(m *calc.Model, s calc.Scenario, output string, spec figureSpec) bridgeParts {
	a, err := m.Attribute(s, output)
	if err != nil {
		return bridgeParts{}
	}
	b := bridgeParts{
		start: bridgeStep{Label: "Release levers (model)", Amount: scaleFor(spec, a.Baseline), Text: spec.format(a.Baseline), Tone: toneSame},
		end:   bridgeStep{Label: "Scenario", Amount: scaleFor(spec, a.Scenario), Text: spec.format(a.Scenario), Tone: toneSame},
	}
	for _, pt := range a.Parts {
		b.steps = append(b.steps, bridgeStep{Label: pt.Group.Label, Amount: scaleFor(spec, pt.Amount), Text: signed(spec.format(pt.Amount), pt.Amount), Tone: changeTone(pt.Amount, spec.lowerIsBetter)})
	}
	return b
}

// scaleFor puts a figure in its chart's unit: thousands for dollar totals.
func scaleFor(spec figureSpec, d decimal.Decimal) decimal.Decimal {
	if spec.kind == kindThousands {
		return d.Shift(-3)
	}
	return d
}

func (c *calculator) onAnalysisToggle(ctx app.Context, e app.Event) {
	c.analysisOpen = ctx.JSSrc().Get("open").Bool()
	c.recompute()
}

func (c *calculator) onAnalysisOutput(ctx app.Context, e app.Event) {
	c.analysisOutput = ctx.JSSrc().Get("value").String()
	c.recompute()
}

func (c *calculator) onAnalysisMine(ctx app.Context, e app.Event) {
	for _, m := range calc.Mines() {
		if m.Slug() == ctx.JSSrc().Get("value").String() {
			c.analysisMine = m
		}
	}
	c.recompute()
}

// modelSpace separates a model's tag from the figure after it.
func modelSpace(release string) string {
	if release == "model" {
		return " "
	}
	return ""
}
