package calc

import "github.com/shopspring/decimal"

// Result is every line item of one evaluation, in dollars and ounces. The
// outputs of the contract (Metrics) are rounded once to outputPlaces; the
// other line items keep the working precision (see rounding.go). The UI
// formats it and never recomputes.
type Result struct {
	Period   PeriodID
	Mines    [numMines]MineResult
	Segments [numSegments]SegmentResult
	Company  CompanyResult
}

// MineResult is one mine's figures under docs/model.md's scenario equations.
type MineResult struct {
	Produced      decimal.Decimal            // Q, primary metal, oz
	ByProducts    [numMetals]decimal.Decimal // B_k
	CostBasisOz   decimal.Decimal            // D
	MiningMilling decimal.Decimal            // T × (mining + milling)
	FixedSite     decimal.Decimal            // O
	Treatment     decimal.Decimal            // TF, treatment and freight
	Credits       decimal.Decimal            // by-product credits
	CashOperating decimal.Decimal
	Royalties     decimal.Decimal
	TotalCash     decimal.Decimal
	Depreciation  decimal.Decimal // DA
	Reclamation   decimal.Decimal // Recl
	Residual      decimal.Decimal // X
	TotalProd     decimal.Decimal
	Inventory     decimal.Decimal
	Labor         decimal.Decimal
	CostOfSales   decimal.Decimal // GAAP cost of sales, with depreciation
	Sales         decimal.Decimal
	GrossProfit   decimal.Decimal
	// PerOz holds the three costs per ounce; not Valid when D is zero.
	PerOz     [numPerOzMeasures]decimal.NullDecimal
	BreakEven BreakEven

	nsr decimal.Decimal // net smelter revenue, before realization
	// The sums of CashOperating and CostOfSales that no price enters,
	// formed with the quantities so that pricing a mine again (a sample,
	// a price step) adds one figure to each instead of five.
	siteCash decimal.Decimal // MiningMilling + FixedSite + Treatment
	gaapBase decimal.Decimal // MiningMilling + FixedSite + Depreciation + Inventory + Recl + Labor
	// The parts of the credits and of NSR a price step moves alone.
	byValue decimal.Decimal // Σ_k value(B_k, P_k), before the payable factor
	revenue decimal.Decimal // Q × P_primary
}

// BreakEven is the primary-metal price at which a mine's gross profit is zero.
type BreakEven struct {
	Price decimal.NullDecimal
	// When Price is absent, Always says the mine is profitable at every
	// price from zero up, and !Always that it is profitable at none.
	Always bool
}

// SegmentResult sums a segment's mines, plus the segment's unallocated cost.
type SegmentResult struct {
	Produced    decimal.Decimal
	CostBasisOz decimal.Decimal
	Sales       decimal.Decimal
	CostOfSales decimal.Decimal
	Unallocated decimal.Decimal // U
	GrossProfit decimal.Decimal
	PerOz       [numPerOzMeasures]decimal.NullDecimal
}

// CompanyResult is the statement of operations from gross profit down.
type CompanyResult struct {
	Sales                  decimal.Decimal
	CostOfSales            decimal.Decimal
	GrossProfit            decimal.Decimal
	OtherOperatingExpenses decimal.Decimal
	IncomeFromOperations   decimal.Decimal
	OtherIncome            decimal.Decimal
	IncomeBeforeTaxes      decimal.Decimal
	IncomeTax              decimal.Decimal // the provision, as a positive charge
	NetIncome              decimal.Decimal
	PreferredDividends     decimal.Decimal
	ApplicableToCommon     decimal.Decimal
	EPS                    decimal.Decimal
}

// round rounds every output of the contract (see Metrics) once to
// outputPlaces, which removes the residue of division (see rounding.go).
// The other line items keep the working precision of divPlaces: they are
// exact to far below a cent or an ounce already, and rounding all of them
// was most of an evaluation's time.
func (r *Result) round() {
	r.Company.round()
	for i := range r.Mines {
		m := &r.Mines[i]
		for _, f := range []*decimal.Decimal{&m.Produced, &m.CostOfSales, &m.GrossProfit} {
			*f = out(*f)
		}
	}
	for i := range r.Segments {
		s := &r.Segments[i]
		for _, f := range []*decimal.Decimal{&s.Produced, &s.Sales, &s.CostOfSales, &s.GrossProfit} {
			*f = out(*f)
		}
	}
}

// round rounds the company's outputs, as Result.round does.
func (c *CompanyResult) round() {
	for _, f := range []*decimal.Decimal{&c.Sales, &c.GrossProfit, &c.IncomeFromOperations, &c.NetIncome} {
		*f = out(*f)
	}
}
