// Package calc is the calculator's scenario model: it calibrates a period
// from the figures the release reports and evaluates what-if scenarios over
// them. The model is described in docs/model.md at the repository's root.
//
// Units: money in US dollars (not thousands), silver and gold in troy ounces,
// ore and base metals in short tons, lead and zinc prices in dollars per pound,
// grades in ounces per ton, recovery as a fraction inside the engine and as a
// percent on the lever.
//
// Arithmetic is shopspring/decimal throughout: sums and products are exact;
// see rounding.go for the one place division is rounded. The package imports
// the standard library and decimal only, holds no state and does no I/O.
// Its simulations (sampler.go) draw from a generator of their own, seeded by
// the caller, so that the same inputs give the same figures everywhere.
package calc
