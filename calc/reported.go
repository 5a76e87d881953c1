package calc

import "github.com/shopspring/decimal"

// PeriodID names a period: "2007q1" or "2006q1".
type PeriodID string

// The periods of the release. DefaultPeriod is the one a scenario without a
// period means.
const (
	Q1of2007      PeriodID = "2007q1"
	Q1of2006      PeriodID = "2006q1"
	DefaultPeriod          = Q1of2007
)

// Reported holds what the release reports for one period, in the engine's
// units (dollars, ounces, tons), as calibration needs it. The data package
// fills it from the dataset; calc never reads the dataset itself.
type Reported struct {
	Period PeriodID
	Label  string // "First quarter 2007"

	Prices [numMetals]decimal.Decimal // the release's average prices

	Mines [numMines]ReportedMine

	// Per segment, from the highlights and the segment reconciliations.
	SegmentSales       [numSegments]decimal.Decimal
	SegmentCostOfSales [numSegments]decimal.Decimal
	SegmentGrossProfit [numSegments]decimal.Decimal
	// The production summary's per-ounce figures (silver: by-product method
	// over both silver mines; gold: La Camorra).
	SegmentCashOperatingPerOz   [numSegments]decimal.Decimal
	SegmentTotalCashPerOz       [numSegments]decimal.Decimal
	SegmentTotalProductionPerOz [numSegments]decimal.Decimal
	SegmentProduced             [numSegments]decimal.Decimal // silver oz; gold oz of all mines

	// The statement of operations.
	Sales                    decimal.Decimal
	CostOfSales              decimal.Decimal // with depreciation, depletion and amortization
	GrossProfit              decimal.Decimal
	GeneralAndAdministrative decimal.Decimal
	OtherOperatingExpenses   decimal.Decimal // the total below gross profit
	IncomeFromOperations     decimal.Decimal
	OtherIncome              decimal.Decimal // total other income (expense)
	IncomeBeforeTaxes        decimal.Decimal
	IncomeTaxProvision       decimal.Decimal // as printed: negative for a charge
	NetIncome                decimal.Decimal
	PreferredDividends       decimal.Decimal // a positive amount paid
	BasicShares              decimal.Decimal // shares, not thousands
	EPS                      decimal.Decimal

	// Guidance is the company's estimates for the year, which the first
	// quarter of 2007's outlook is set beside; none for other periods.
	Guidance []Guidance

	// Cash is the quarter's cash flow as printed, which the quarter's cash
	// outputs move from (docs/model.md, "The year, the cash and the value").
	Cash ReportedCash
	// Year is what the release says of the rest of 2007, which the outlook
	// runs on: only the outlook's period has it, and that period needs it.
	Year *ReportedYear
}

// ReportedCash is one quarter's cash flow, in dollars; outflows the
// statement prints in parentheses are positive here, as the equations
// subtract them.
type ReportedCash struct {
	Operating          decimal.Decimal // OCF0: net cash provided by (used in) operating activities
	CapitalAdditions   decimal.Decimal // capex0: additions to properties, plants and equipment
	Exploration        decimal.Decimal // the statement of operations' exploration expense
	PreDevelopment     decimal.Decimal // and its pre-development expense
	PreferredDividends decimal.Decimal // paid, from the cash flow statement
	// OperatingBeforeExploration is the highlights' non-GAAP figure, which
	// is Operating + Exploration + PreDevelopment; calibration checks it.
	OperatingBeforeExploration decimal.Decimal
}

// ReportedYear is what the release states of 2007 beyond its first quarter:
// the balance sheet at the quarter's end and the plans its text gives, the
// defaults of the year's levers.
type ReportedYear struct {
	CashAndInvestments decimal.Decimal // cash and short-term investments at the quarter's end
	SharesOutstanding  decimal.Decimal // common shares outstanding at the quarter's end
	Exploration        decimal.Decimal // the year's planned exploration spend
	HollisterGain      decimal.Decimal // the gain on the Hollister sale, booked in the second quarter
	HollisterCash      decimal.Decimal // the sale's cash, received in April
}

// ReportedMine is one mine's production data and cash-cost reconciliation.
type ReportedMine struct {
	Tons          decimal.Decimal // ore processed or milled
	Grade         decimal.Decimal // primary metal, oz per ton
	MiningPerTon  decimal.Decimal
	MillingPerTon decimal.Decimal
	Produced      decimal.Decimal                   // primary metal, oz
	ByProducts    [numMetals]decimal.Decimal        // gold in oz, lead and zinc in tons; zero where none
	CostBasisOz   decimal.Decimal                   // the ounces per-ounce costs divide by
	PerOz         [numPerOzMeasures]decimal.Decimal // as printed in the production data

	TotalCash        decimal.Decimal
	Depreciation     decimal.Decimal
	TreatmentFreight decimal.Decimal // a positive cost; the reconciliation prints it negated
	Credits          decimal.Decimal // by-product credits
	Inventory        decimal.Decimal // change in product inventory
	Reclamation      decimal.Decimal // reclamation, severance and other costs
	Labor            decimal.Decimal // reduction in labor costs
	CostOfSales      decimal.Decimal // the reconciliation's GAAP line
	CapitalAdditions decimal.Decimal
}

// PerOzMeasure is one of the release's three costs per ounce.
type PerOzMeasure int

// The per-ounce measures, in the order the release prints them.
const (
	CashOperating PerOzMeasure = iota
	TotalCash
	TotalProduction
	numPerOzMeasures
)

// PerOzMeasures lists the three measures.
func PerOzMeasures() []PerOzMeasure { return []PerOzMeasure{CashOperating, TotalCash, TotalProduction} }

// Slug is the measure's output-name stem: "cash-operating-cost-per-oz" etc.
func (m PerOzMeasure) Slug() string {
	return [...]string{"cash-operating-cost-per-oz", "total-cash-cost-per-oz", "total-production-cost-per-oz"}[m]
}

// Name is the measure as the release names it.
func (m PerOzMeasure) Name() string {
	return [...]string{"Cash operating costs", "Total cash costs", "Total production costs"}[m]
}
