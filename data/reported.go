package data

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

var thousand = decimal.NewFromInt(1000)

// periodLabels names the release's two quarters; the balance sheet's dates
// are not periods the model calibrates.
var periodLabels = map[calc.PeriodID]string{
	calc.Q1of2007: "First quarter 2007",
	calc.Q1of2006: "First quarter 2006",
}

// Model calibrates the engine for both quarters of the release, 2007 first.
func (r *Release) Model() (*calc.Model, error) {
	var reps []calc.Reported
	for _, id := range []calc.PeriodID{calc.Q1of2007, calc.Q1of2006} {
		rep, err := r.Reported(id)
		if err != nil {
			return nil, err
		}
		reps = append(reps, rep)
	}
	return calc.NewModel(reps...)
}

// Reported gathers what calibration needs for one quarter, in the engine's
// units: thousands become dollars and ounces, the reconciliation's negated
// treatment and freight becomes a positive cost.
func (r *Release) Reported(id calc.PeriodID) (calc.Reported, error) {
	g := getter{r: r, col: string(id)}
	rep := calc.Reported{Period: id, Label: periodLabels[id]}
	for _, m := range calc.Metals() {
		rep.Prices[m] = g.get("metal-prices", m.Slug())
	}
	for _, m := range calc.Mines() {
		rep.Mines[m] = g.mine(m)
	}
	for _, s := range calc.Segments() {
		slug := s.Slug()
		rep.SegmentSales[s] = g.thousands("highlights", "sales."+slug)
		rep.SegmentGrossProfit[s] = g.thousands("highlights", "gross-profit."+slug)
		rep.SegmentCostOfSales[s] = g.thousands("reconciliation-"+slug, "gaap.cost-of-sales")
		rep.SegmentProduced[s] = g.get("production-summary", slug)
		rep.SegmentCashOperatingPerOz[s] = g.get("production-summary", SummaryPerOzRow(s, calc.CashOperating))
		rep.SegmentTotalCashPerOz[s] = g.get("production-summary", SummaryPerOzRow(s, calc.TotalCash))
		rep.SegmentTotalProductionPerOz[s] = g.get("production-summary", SummaryPerOzRow(s, calc.TotalProduction))
	}
	const ops = "operations"
	rep.Sales = g.thousands(ops, "sales")
	rep.CostOfSales = g.thousands(ops, "total-cost-of-sales")
	rep.GrossProfit = g.thousands(ops, "gross-profit")
	rep.GeneralAndAdministrative = g.thousands(ops, "general-and-administrative")
	rep.OtherOperatingExpenses = g.thousands(ops, "total-other-operating-expenses")
	rep.IncomeFromOperations = g.thousands(ops, "income-from-operations")
	rep.OtherIncome = g.thousands(ops, "total-other-income")
	rep.IncomeBeforeTaxes = g.thousands(ops, "income-before-taxes")
	rep.IncomeTaxProvision = g.thousands(ops, "income-tax-provision")
	rep.NetIncome = g.thousands(ops, "net-income")
	rep.PreferredDividends = g.thousands(ops, "preferred-dividends").Neg()
	rep.BasicShares = g.thousands(ops, "basic-shares")
	rep.EPS = g.get(ops, "eps")
	if id == calc.Q1of2007 {
		rep.Guidance = g.guidance()
	}
	if g.err != nil {
		return rep, g.err
	}
	return rep, r.fillCash(&rep)
}

// fillCash adds the quarter's cash and, for the first quarter of 2007, the
// year's printed inputs (cash.go) to rep.
func (r *Release) fillCash(rep *calc.Reported) error {
	cf, err := r.CashFlow(rep.Period)
	if err != nil {
		return err
	}
	rep.Cash = calc.ReportedCash{
		Operating: cf.Operating, CapitalAdditions: cf.CapitalAdditions,
		Exploration: cf.Exploration, PreDevelopment: cf.PreDevelopment,
		PreferredDividends: cf.PreferredDividends, OperatingBeforeExploration: cf.OperatingBeforeExploration,
	}
	if rep.Period != calc.Q1of2007 {
		return nil
	}
	liq, err := r.CashAndInvestments()
	if err != nil {
		return err
	}
	shares, err := r.SharesOutstanding()
	if err != nil {
		return err
	}
	o, err := r.Outlook()
	if err != nil {
		return err
	}
	rep.Year = &calc.ReportedYear{
		CashAndInvestments: liq.Total(), SharesOutstanding: shares,
		Exploration: o.Exploration.Value, HollisterGain: o.HollisterGain.Value, HollisterCash: o.HollisterCash.Value,
	}
	return nil
}

func (g *getter) mine(m calc.Mine) calc.ReportedMine {
	desc, ok := g.r.Mine(m)
	if !ok {
		if g.err == nil {
			g.err = &FieldError{Field: "mines[" + m.Slug() + "]", Problem: "the engine's mine is not described"}
		}
		return calc.ReportedMine{}
	}
	prod, rec := desc.Production, desc.Reconciliation
	primary := m.Primary().Slug()
	f := calc.ReportedMine{
		Tons:             g.get(prod, "ore-tons"),
		Grade:            g.get(prod, primary+"-grade"),
		MiningPerTon:     g.get(prod, "mining-cost-per-ton"),
		MillingPerTon:    g.get(prod, "milling-cost-per-ton"),
		Produced:         g.get(prod, primary),
		TotalCash:        g.thousands(rec, "total-cash-costs"),
		Depreciation:     g.thousands(rec, "gaap.dda"),
		TreatmentFreight: g.thousands(rec, "gaap.treatment-freight").Neg(),
		Credits:          g.thousands(rec, "gaap.by-product-credits"),
		Inventory:        g.thousands(rec, "gaap.inventory"),
		Reclamation:      g.thousands(rec, "gaap.reclamation"),
		CostOfSales:      g.thousands(rec, "gaap.cost-of-sales"),
		CapitalAdditions: g.thousands(prod, "capital-additions"),
	}
	if g.has(rec, "gaap.labor") {
		f.Labor = g.thousands(rec, "gaap.labor")
	}
	for _, k := range m.ByProducts() {
		f.ByProducts[k] = g.get(prod, k.Slug())
	}
	for _, k := range calc.PerOzMeasures() {
		f.PerOz[k] = g.get(prod, PerOzRow(k))
	}
	// Silver costs per ounce divide by the silver produced; gold costs by the
	// reconciliation's divisor, which leaves out third-party gold (the
	// release's note 2 to the reconciliation).
	f.CostBasisOz = f.Produced
	if m.Primary() == calc.Gold {
		f.CostBasisOz = g.thousands(rec, "divisor")
	}
	return f
}

// PerOzRow is the row of a mine's production table that prints its cost
// per ounce of kind k.
func PerOzRow(k calc.PerOzMeasure) string {
	return [...]string{
		calc.CashOperating:   "cash-operating-per-oz",
		calc.TotalCash:       "total-cash-per-oz",
		calc.TotalProduction: "total-production-per-oz",
	}[k]
}

// SummaryPerOzRow is the row of the production summary that prints a
// segment's cost per ounce of kind k.
func SummaryPerOzRow(s calc.Segment, k calc.PerOzMeasure) string {
	return s.Slug() + "." + [...]string{
		calc.CashOperating:   "cash-operating",
		calc.TotalCash:       "total-cash",
		calc.TotalProduction: "total-production",
	}[k]
}

// getter reads figures of one column and keeps the first error, so the
// mapping above reads as a list rather than a ladder of checks.
type getter struct {
	r   *Release
	col string
	err error
}

func (g *getter) get(table, row string) decimal.Decimal {
	f, err := g.r.Figure(table, row, g.col)
	if err != nil && g.err == nil {
		g.err = err
	}
	return f.Value
}

func (g *getter) thousands(table, row string) decimal.Decimal {
	return g.get(table, row).Mul(thousand)
}

func (g *getter) has(table, row string) bool {
	t, ok := g.r.Table(table)
	if !ok {
		return false
	}
	_, ok = t.Row(row)
	return ok
}
