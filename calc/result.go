package calc

import "github.com/shopspring/decimal"

// Result is every line item of one evaluation, in dollars and ounces, rounded
// only to the engine's output precision. The UI formats it and never
// recomputes.
type Result struct {
	Period   PeriodID
	Mines    [numMines]MineResult
	Segments [numSegments]SegmentResult
	Company  CompanyResult
}

// MineResult is one mine's figures under MODEL.md's scenario equations.
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

// round rounds every output once to outputPlaces, which removes the residue
// of division (see rounding.go).
func (r *Result) round() {
	for i := range r.Mines {
		m := &r.Mines[i]
		for _, f := range []*decimal.Decimal{&m.Produced, &m.CostBasisOz, &m.MiningMilling, &m.FixedSite,
			&m.Treatment, &m.Credits, &m.CashOperating, &m.Royalties, &m.TotalCash, &m.Depreciation,
			&m.Reclamation, &m.Residual, &m.TotalProd, &m.Inventory, &m.Labor, &m.CostOfSales, &m.Sales,
			&m.GrossProfit, &m.nsr} {
			*f = out(*f)
		}
		for k := range m.ByProducts {
			m.ByProducts[k] = out(m.ByProducts[k])
		}
		roundNull(m.PerOz[:])
		if m.BreakEven.Price.Valid {
			m.BreakEven.Price.Decimal = out(m.BreakEven.Price.Decimal)
		}
	}
	for i := range r.Segments {
		s := &r.Segments[i]
		for _, f := range []*decimal.Decimal{&s.Produced, &s.CostBasisOz, &s.Sales, &s.CostOfSales, &s.Unallocated, &s.GrossProfit} {
			*f = out(*f)
		}
		roundNull(s.PerOz[:])
	}
	c := &r.Company
	for _, f := range []*decimal.Decimal{&c.Sales, &c.CostOfSales, &c.GrossProfit, &c.OtherOperatingExpenses,
		&c.IncomeFromOperations, &c.OtherIncome, &c.IncomeBeforeTaxes, &c.IncomeTax, &c.NetIncome,
		&c.PreferredDividends, &c.ApplicableToCommon, &c.EPS} {
		*f = out(*f)
	}
}

func roundNull(ds []decimal.NullDecimal) {
	for i := range ds {
		if ds[i].Valid {
			ds[i].Decimal = out(ds[i].Decimal)
		}
	}
}
