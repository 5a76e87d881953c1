package calc

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Period is a calibrated period: the constants of docs/model.md's
// "Calibration" and the baseline levers, ready to evaluate scenarios. It is
// immutable once Calibrate returns it.
type Period struct {
	ID       PeriodID
	Label    string
	Reported Reported

	mines    [numMines]mineCalibration
	segments [numSegments]segmentCalibration
	taxRate  decimal.Decimal // t

	baseline levers
	// Result is the evaluation at baseline: the figures every change is
	// measured from.
	Baseline *Result
	// baselineProduced is the baseline's companyProduced, the first
	// quarter of every outlook.
	baselineProduced [numMetals]decimal.Decimal
}

type mineCalibration struct {
	recovery       decimal.Decimal            // r, a fraction
	byProductPerTn [numMetals]decimal.Decimal // b_k
	payable        decimal.Decimal            // φ; silver mines only
	creditsPerUnit decimal.Decimal            // La Camorra: Credits0 / P0_gold
	tfPerTon       decimal.Decimal            // τ
	fixedSite      decimal.Decimal            // O
	royaltyRate    decimal.Decimal            // ρ
	costBasisRatio decimal.Decimal            // δ
	daPerTon       decimal.Decimal            // d
	residual       decimal.Decimal            // X
	inventory      decimal.Decimal
	reclamation    decimal.Decimal
	labor          decimal.Decimal

	// Sums of the constants above that the equations always add together,
	// formed once here rather than in every evaluation.
	gaapFixed     decimal.Decimal // Inventory + Recl + Labor
	prodFixed     decimal.Decimal // Recl + X
	marginal      decimal.Decimal // σ − ρ: gross profit per dollar of metal value
	creditsMargin decimal.Decimal // σ × k: the same for credits that follow the price
}

type segmentCalibration struct {
	realization decimal.Decimal // σ
	unallocated decimal.Decimal // U
}

// CalibrationError names the reported figure calibration could not use.
type CalibrationError struct {
	Period PeriodID
	Field  string
	Rule   string
}

func (e *CalibrationError) Error() string {
	return fmt.Sprintf("calibrating %s: %s: %s", e.Period, e.Field, e.Rule)
}

// Calibrate derives a period's constants from what the release reports.
func Calibrate(rep Reported) (*Period, error) {
	p := &Period{ID: rep.Period, Label: rep.Label, Reported: rep}
	fail := func(field, rule string) error { return &CalibrationError{Period: rep.Period, Field: field, Rule: rule} }
	for _, m := range Metals() {
		if rep.Prices[m].Sign() <= 0 {
			return nil, fail(m.Slug()+" price", "must be positive")
		}
		p.baseline[priceLever(m)] = rep.Prices[m]
	}
	for _, m := range Mines() {
		f := rep.Mines[m]
		at := m.Slug()
		if f.Tons.Sign() <= 0 || f.Grade.Sign() <= 0 || f.Produced.Sign() <= 0 || f.CostBasisOz.Sign() <= 0 {
			return nil, fail(at, "tons, grade, metal produced and cost-basis ounces must be positive")
		}
		c := &p.mines[m]
		c.recovery = div(f.Produced, f.Tons.Mul(f.Grade))
		for _, k := range m.ByProducts() {
			c.byProductPerTn[k] = div(f.ByProducts[k], f.Tons)
		}
		if mineInfos[m].creditsFollowPrimary {
			c.creditsPerUnit = div(f.Credits, rep.Prices[m.Primary()])
		} else {
			v := byProductValue(f.ByProducts, m.ByProducts(), &rep.Prices)
			if v.Sign() <= 0 {
				return nil, fail(at+" by-products", "their value at the release's prices must be positive")
			}
			c.payable = div(f.Credits, v)
		}
		c.tfPerTon = div(f.TreatmentFreight, f.Tons)
		cashOp0 := f.PerOz[CashOperating].Mul(f.CostBasisOz)
		c.fixedSite = cashOp0.Sub(f.Tons.Mul(f.MiningPerTon.Add(f.MillingPerTon))).Sub(f.TreatmentFreight).Add(f.Credits)
		c.royaltyRate = div(f.TotalCash.Sub(cashOp0), f.Produced.Mul(rep.Prices[m.Primary()]))
		c.costBasisRatio = div(f.CostBasisOz, f.Produced)
		c.daPerTon = div(f.Depreciation, f.Tons)
		c.residual = f.PerOz[TotalProduction].Mul(f.CostBasisOz).Sub(f.TotalCash.Add(f.Depreciation).Add(f.Reclamation))
		c.inventory, c.reclamation, c.labor = f.Inventory, f.Reclamation, f.Labor
		c.gaapFixed = f.Inventory.Add(f.Reclamation).Add(f.Labor)
		c.prodFixed = f.Reclamation.Add(c.residual)

		p.baseline[mineLever(m, Tons)] = f.Tons
		p.baseline[mineLever(m, Grade)] = f.Grade
		p.baseline[mineLever(m, Mining)] = f.MiningPerTon
		p.baseline[mineLever(m, Milling)] = f.MillingPerTon
		p.baseline[mineLever(m, Recovery)] = c.recovery.Mul(hundred)
	}
	p.baseline[opexLever] = rep.OtherOperatingExpenses
	if rep.IncomeBeforeTaxes.IsZero() {
		return nil, fail("income before income taxes", "must not be zero: the tax rate divides by it")
	}
	if rep.BasicShares.Sign() <= 0 {
		return nil, fail("basic weighted average shares", "must be positive")
	}
	p.taxRate = div(rep.IncomeTaxProvision.Neg(), rep.IncomeBeforeTaxes)
	if err := p.calibrateYear(); err != nil {
		return nil, err
	}
	if err := checkGuidance(rep); err != nil {
		return nil, err
	}

	// σ and U are what make the segment columns come out as printed: they are
	// fitted to the mines evaluated at baseline, with σ = 1 and U = 0 for now.
	var mines [numMines]MineResult
	for _, m := range Mines() {
		p.evaluateMineAt(m, &p.baseline, one, allQuotients, &mines[m])
	}
	for _, s := range Segments() {
		nsr, gaap := zero, zero
		for _, m := range s.Mines() {
			nsr = nsr.Add(mines[m].nsr)
			gaap = gaap.Add(mines[m].CostOfSales)
		}
		if nsr.Sign() <= 0 {
			return nil, fail(s.Slug()+" segment", "net smelter revenue at baseline must be positive")
		}
		p.segments[s].realization = div(rep.SegmentSales[s], nsr)
		p.segments[s].unallocated = rep.SegmentCostOfSales[s].Sub(gaap)
		for _, m := range s.Mines() {
			c := &p.mines[m]
			c.marginal = p.segments[s].realization.Sub(c.royaltyRate)
			c.creditsMargin = p.segments[s].realization.Mul(c.creditsPerUnit)
		}
	}
	p.Baseline = p.evaluate(&p.baseline)
	p.baselineProduced = companyProduced(p.Baseline)
	return p, nil
}

// byProductValue is Σ_k value(B_k, P_k): lead and zinc at tons × 2,000 lb ×
// $/lb, gold at ounces × $/oz.
func byProductValue(qty [numMetals]decimal.Decimal, metals []Metal, prices *[numMetals]decimal.Decimal) decimal.Decimal {
	v := zero
	for _, k := range metals {
		v = v.Add(metalValue(k, qty[k], prices[k]))
	}
	return v
}

func metalValue(k Metal, qty, price decimal.Decimal) decimal.Decimal {
	if k.base() {
		return qty.Mul(poundsPerTon).Mul(price)
	}
	return qty.Mul(price)
}
