package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// The investor's figures beside the release's: what each mine makes of its
// by-products and the company of each metal, and each mine's and
// segment's cash margin per ounce (docs/model.md, "Investor views").

// producedOf is the output name of a metal's production, within a scope.
func producedOf(m calc.Metal) string { return m.Slug() + "-produced" }

// metricCashMargin is the output name of a scope's cash margin per ounce.
const metricCashMargin = "cash-margin-per-oz"

// quantitySpec is a metal produced, in the unit the release counts it in.
func quantitySpec(scope string, m calc.Metal) Spec {
	return Spec{Metric: scope + "." + producedOf(m), Label: m.Name() + " produced (" + m.QuantityUnit() + ")", kind: kindOunces}
}

// byProductSpecs are a mine's by-products produced.
func byProductSpecs(m calc.Mine) []Spec {
	var specs []Spec
	for _, metal := range m.ByProducts() {
		specs = append(specs, quantitySpec(m.Slug(), metal))
	}
	return specs
}

// marginSpec is a scope's primary metal's price less its total cash cost
// per ounce: higher is better.
func marginSpec(scope string, metal calc.Metal) Spec {
	return Spec{Metric: scope + "." + metricCashMargin, Label: "Cash margin per oz (" + strings.ToLower(metal.Name()) + " price less total cash cost)", kind: kindPerOz, metal: metal}
}

// productionSpecs are the company's production of every metal, as the
// release's production summary totals it.
func productionSpecs() []Spec {
	var specs []Spec
	for _, m := range calc.Metals() {
		specs = append(specs, quantitySpec(calc.CompanyScope, m))
	}
	return specs
}
