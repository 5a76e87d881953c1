package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Constant is one calibrated constant of docs/model.md's tables, for the UI's
// assumptions panel: where it applies, its symbol, name and one-line meaning.
type Constant struct {
	Scope   string // a mine slug, a segment slug or "company"
	Symbol  string
	Name    string
	Meaning string
	Unit    string
	Value   decimal.Decimal
}

// Constants lists every calibrated constant of the period.
func (p *Period) Constants() []Constant {
	var cs []Constant
	add := func(scope, symbol, name, unit, meaning string, v decimal.Decimal) {
		cs = append(cs, Constant{Scope: scope, Symbol: symbol, Name: name, Meaning: meaning, Unit: unit, Value: out(v)})
	}
	for _, m := range Mines() {
		c := &p.mines[m]
		s := m.Slug()
		primary := m.Primary().Name()
		add(s, "r", "Recovery", "fraction", primary+" produced per ounce of "+strings.ToLower(primary)+" in the ore milled (Q0 / (T0 × g0))", c.recovery)
		for _, k := range m.ByProducts() {
			add(s, "b_"+k.Slug(), k.Name()+" per ton of ore", k.QuantityUnit()+"/ton", k.Name()+" produced per ton of ore; by-products scale with tonnage", c.byProductPerTn[k])
		}
		if mineInfos[m].creditsFollowPrimary {
			add(s, "k", "Credits per $ of gold price", "oz", "third-party gold credit divided by the gold price; the credit moves with the price", c.creditsPerUnit)
		} else {
			add(s, "φ", "Payable factor", "fraction", "by-product credits as a share of the by-products' value at the release's average prices", c.payable)
		}
		add(s, "τ", "Treatment and freight per ton", "$/ton", "smelter treatment and freight charges per ton of ore", c.tfPerTon)
		add(s, "O", "Fixed site cash costs", "$", "cash operating cost not explained by mining, milling, treatment and credits; held fixed", c.fixedSite)
		add(s, "ρ", "Royalty and production-tax rate", "fraction", "total cash cost beyond cash operating cost, as a share of the primary metal's value", c.royaltyRate)
		add(s, "δ", "Cost-basis ounces ratio", "fraction", "ounces the per-ounce costs divide by, per ounce produced", c.costBasisRatio)
		add(s, "d", "Depreciation per ton", "$/ton", "depreciation, depletion and amortization per ton (units of production)", c.daPerTon)
		add(s, "X", "Production-cost residual", "$", "what the printed total production cost per ounce holds beyond its listed parts", c.residual)
		add(s, "Inv", "Change in product inventory", "$", "as printed in the reconciliation; held fixed", c.inventory)
		add(s, "Recl", "Reclamation and other costs", "$", "as printed in the reconciliation; held fixed", c.reclamation)
		add(s, "Labor", "Reduction in labor costs", "$", "as printed in the reconciliation; held fixed", c.labor)
	}
	for _, sg := range Segments() {
		c := &p.segments[sg]
		add(sg.Slug(), "σ", "Realization", "fraction", "reported segment sales per dollar of net smelter revenue at average prices (timing, realized prices)", c.realization)
		add(sg.Slug(), "U", "Unallocated segment cost", "$", "segment cost of sales its mine columns do not hold", c.unallocated)
	}
	rep := &p.Reported
	add(CompanyScope, "t", "Effective tax rate", "fraction", "income tax provision over income before income taxes", p.taxRate)
	add(CompanyScope, "OI", "Other income (expense)", "$", "interest and other income less interest expense, as printed; held fixed", rep.OtherIncome)
	add(CompanyScope, "PD", "Preferred dividends", "$", "as printed; subtracted before earnings per share", rep.PreferredDividends)
	add(CompanyScope, "N", "Basic weighted average shares", "shares", "the divisor of earnings per share", rep.BasicShares)
	return cs
}
