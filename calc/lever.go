package calc

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Lever is one input a user can change. Levers are numbered in the scenario
// URL's stable order: the four prices, each mine's five levers, other
// operating expenses, then the year's (yearlevers.go).
type Lever int

// LeverKind says what a lever changes.
type LeverKind int

// The kinds of lever. Tons to Recovery are per mine.
const (
	Price LeverKind = iota
	Tons
	Grade
	Mining
	Milling
	Recovery
	OtherOpex
	// The year's kinds (yearlevers.go), Exploration to SharePrice in the
	// order of their levers.
	QuarterPrice
	Exploration
	HollisterGain
	TaxRate
	Shares
	SharePrice
)

const (
	mineKinds      = 5 // Tons, Grade, Mining, Milling, Recovery
	firstMineLever = Lever(numMetals)
	opexLever      = firstMineLever + Lever(numMines*mineKinds)
	// numQuarterLevers counts Levers; numLevers every lever, the year's too.
	numQuarterLevers = int(opexLever) + 1
	numLevers        = int(sharePriceLever) + 1
)

// levers holds one value per lever.
type levers [numLevers]decimal.Decimal

// Levers lists the quarter's levers in the stable order: the prices, the
// mines' and other operating expenses, the levers every analysis moves.
// The year's follow them (YearLevers, AllLevers).
func Levers() []Lever {
	all := make([]Lever, numQuarterLevers)
	for i := range all {
		all[i] = Lever(i)
	}
	return all
}

// PriceLever is the lever of a metal's price.
func PriceLever(m Metal) Lever { return priceLever(m) }

// MineLever is one of a mine's levers; kind is Tons to Recovery.
func MineLever(m Mine, kind LeverKind) Lever { return mineLever(m, kind) }

// OpexLever is the company's other operating expenses for the quarter.
func OpexLever() Lever { return opexLever }

func priceLever(m Metal) Lever { return Lever(m) }

func mineLever(m Mine, kind LeverKind) Lever {
	return firstMineLever + Lever(int(m)*mineKinds+int(kind-Tons))
}

// Kind is what the lever changes.
func (l Lever) Kind() LeverKind {
	switch {
	case l < firstMineLever:
		return Price
	case l == opexLever:
		return OtherOpex
	case l > opexLever:
		return l.yearKind()
	default:
		return Tons + LeverKind(int(l-firstMineLever)%mineKinds)
	}
}

// Mine is the lever's mine; ok is false for prices and other expenses.
func (l Lever) Mine() (m Mine, ok bool) {
	if l < firstMineLever || l >= opexLever {
		return 0, false
	}
	return Mine(int(l-firstMineLever) / mineKinds), true
}

// Metal is the priced metal of a price lever.
func (l Lever) Metal() (m Metal, ok bool) {
	if l.Kind() != Price {
		return 0, false
	}
	return Metal(l), true
}

// kindInfo holds each kind's key, label and unit, and what its field asks
// for when the text is not a number (prices: metalExamples).
var kindInfo = [...]struct{ key, label, unit, what string }{
	Price:     {"", "price", "", ""},
	Tons:      {"tons", "Ore tons", "tons", "a number of tons, such as 84,848"},
	Grade:     {"grade", "Grade", "oz/ton", "a grade in ounces per ton, such as 0.62"},
	Mining:    {"mining", "Mining cost", "$/ton", "a cost in dollars per ton, such as 45.50"},
	Milling:   {"milling", "Milling cost", "$/ton", "a cost in dollars per ton, such as 21.40"},
	Recovery:  {"recovery", "Recovery", "%", "a percentage, such as 91.72 or 91.72%"},
	OtherOpex: {"opex", "Other operating expenses", "$ (whole dollars, not thousands)", "an amount in whole dollars (not thousands), such as 8,500,000"},
	// QuarterPrice reads as Price does, from its metal.
	QuarterPrice:  {"", "price", "", ""},
	Exploration:   {"fy2007.exploration", "Exploration in 2007", "$ (whole dollars, not thousands)", "an amount in whole dollars (not thousands), such as 22,000,000"},
	HollisterGain: {"fy2007.hollister-gain", "Hollister gain", "$ (whole dollars, not thousands)", "an amount in whole dollars (not thousands), such as 63,000,000"},
	TaxRate:       {"tax-rate", "Tax rate", "%", "a percentage, such as 8.83 or 8.83%"},
	Shares:        {"shares", "Shares", "shares (basic weighted average)", "a number of shares, such as 119,951,000"},
	SharePrice:    {"share-price", "Share price", "$/share", "a price in dollars per share, such as 9.50"},
}

// metalExamples is a price each metal's field offers as an example, near the
// release's.
var metalExamples = [numMetals]string{Silver: "13.31", Gold: "650", Lead: "0.80", Zinc: "1.60"}

// Key is the lever's name in the scenario URL: "silver",
// "lucky-friday.tons", "opex".
func (l Lever) Key() string {
	if m, ok := l.Metal(); ok {
		return m.Slug()
	}
	if m, ok := l.Mine(); ok {
		return m.Slug() + "." + kindInfo[l.Kind()].key
	}
	if q, m, ok := l.QuarterPrice(); ok {
		return quarterKey(q) + m.Slug()
	}
	return kindInfo[l.Kind()].key
}

// Label names the lever for people, without its mine.
func (l Lever) Label() string {
	if m, ok := l.Metal(); ok {
		return m.Name() + " price"
	}
	if l > opexLever {
		return l.yearLabel()
	}
	return kindInfo[l.Kind()].label
}

// Unit is the lever's unit as shown beside its field.
func (l Lever) Unit() string {
	if m, ok := l.Metal(); ok {
		return m.PriceUnit()
	}
	if _, m, ok := l.QuarterPrice(); ok {
		return m.PriceUnit()
	}
	return kindInfo[l.Kind()].unit
}

// LeverByKey finds a lever by its URL key.
func LeverByKey(key string) (Lever, bool) {
	// Read from the key's parts rather than by building every lever's key:
	// Decode asks once per part of a query, which may hold any number.
	if l, ok := yearLeverByKey(key); ok {
		return l, true
	}
	if mine, kind, ok := strings.Cut(key, "."); ok {
		for m := range numMines {
			if m.Slug() != mine {
				continue
			}
			for k := Tons; k <= Recovery; k++ {
				if kindInfo[k].key == kind {
					return mineLever(m, k), true
				}
			}
		}
		return 0, false
	}
	if key == kindInfo[OtherOpex].key {
		return opexLever, true
	}
	for m := range numMetals {
		if m.Slug() == key {
			return priceLever(m), true
		}
	}
	return 0, false
}

// Parse reads text typed for this lever and checks it against the lever's
// domain; the error's Field is the lever's URL key and its message names the
// lever in words.
func (l Lever) Parse(text string) (decimal.Decimal, *FieldError) {
	if k := l.Kind(); k == Recovery || k == TaxRate {
		// The field's unit is %, so "91.72%" says what the label says.
		text = strings.TrimSuffix(strings.TrimSpace(text), "%")
	}
	v, err := parseAmount(l.describe(), l.asksFor(), text)
	if err == nil {
		err = l.Check(v)
	}
	if err != nil {
		err.Field = l.Key()
		return decimal.Zero, err
	}
	return v, nil
}

// Check applies the lever's domain rule: nothing is negative, and recovery is
// at most 100% (the year's levers: checkYear). The error names the lever and
// the rule. The rules that depend on a period are Scenario.Set's.
func (l Lever) Check(v decimal.Decimal) *FieldError {
	if l > opexLever {
		return l.checkYear(v)
	}
	if v.Sign() < 0 {
		return &FieldError{Field: l.Key(), Code: OutOfRange, Message: l.describe() + " cannot be negative"}
	}
	if l.Kind() == Recovery && v.GreaterThan(hundred) {
		return &FieldError{Field: l.Key(), Code: OutOfRange, Message: l.describe() + " cannot be above 100%"}
	}
	return nil
}

// asksFor is what the lever's field asks for when its text is not a number.
func (l Lever) asksFor() string {
	if m, ok := l.Metal(); ok {
		return "a price in " + m.PriceUnit() + ", such as " + metalExamples[m]
	}
	if _, m, ok := l.QuarterPrice(); ok {
		return "a price in " + m.PriceUnit() + ", such as " + metalExamples[m]
	}
	return kindInfo[l.Kind()].what
}

// Describe is the lever's label with its mine, for messages.
func (l Lever) Describe() string { return l.describe() }

func (l Lever) describe() string {
	if m, ok := l.Mine(); ok {
		return m.Name() + " " + strings.ToLower(l.Label())
	}
	return l.Label()
}
