package data

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The printed inputs of the year, the cash and the value (MODEL.md), in the
// engine's units: thousands become dollars and shares, as in Reported; an
// outflow the statement prints in parentheses becomes a positive figure,
// the sign MODEL.md's equations subtract.

// CashFlow is one quarter's cash as the release prints it.
type CashFlow struct {
	// Operating is net cash provided by (used in) operating activities
	// (OCF0): 16,365 thousand in 2007q1, (303) in 2006q1.
	Operating decimal.Decimal
	// CapitalAdditions is additions to properties, plants and equipment
	// (capex0), printed (7,875) and (7,885): an outflow, here positive.
	CapitalAdditions decimal.Decimal
	// Exploration and PreDevelopment are the expenses of the statement of
	// operations that the non-GAAP figure adds back.
	Exploration, PreDevelopment decimal.Decimal
	// OperatingBeforeExploration is the non-GAAP net cash provided by
	// operating activities before exploration and pre-development expenses
	// (21,379 and 4,579), from the highlights' note (2) that reconciles it.
	OperatingBeforeExploration decimal.Decimal
	// PreferredDividends is the dividends paid to preferred shareholders,
	// printed (138): an outflow, here positive.
	PreferredDividends decimal.Decimal
}

// CashFlow returns the quarter's cash figures.
func (r *Release) CashFlow(id calc.PeriodID) (CashFlow, error) {
	g := getter{r: r, col: string(id)}
	cf := CashFlow{
		Operating:                  g.thousands("cash-flows", "operating"),
		CapitalAdditions:           g.thousands("cash-flows", "capital-additions").Neg(),
		Exploration:                g.thousands("operations", "exploration"),
		PreDevelopment:             g.thousands("operations", "pre-development"),
		OperatingBeforeExploration: g.thousands("operating-cash-before-exploration", "total"),
		PreferredDividends:         g.thousands("cash-flows", "preferred-dividends").Neg(),
	}
	return cf, g.err
}

// quarterEnd is the balance sheet's column at the end of 2007's first
// quarter; the release prints no balance sheet at the end of 2006's.
const quarterEnd = "2007-03-31"

// Liquidity is the balance sheet's cash at the quarter's end.
type Liquidity struct {
	Cash                 decimal.Decimal // cash and cash equivalents: 85,534 thousand
	ShortTermInvestments decimal.Decimal // short-term investments and securities held for sale: 25,805 thousand
}

// Total is what the text calls "cash and short-term investments" ($111.3
// million): 111,339,000.
func (l Liquidity) Total() decimal.Decimal { return l.Cash.Add(l.ShortTermInvestments) }

// CashAndInvestments returns the cash and short-term investments at March
// 31, 2007.
func (r *Release) CashAndInvestments() (Liquidity, error) {
	g := getter{r: r, col: quarterEnd}
	l := Liquidity{
		Cash:                 g.thousands("balance-sheet", "cash"),
		ShortTermInvestments: g.thousands("balance-sheet", "short-term-investments"),
	}
	return l, g.err
}

// SharesOutstanding returns the common shares outstanding at March 31,
// 2007: 120,195,000. (The weighted averages that EPS divides by are the
// statement of operations', in Reported.)
func (r *Release) SharesOutstanding() (decimal.Decimal, error) {
	g := getter{r: r, col: quarterEnd}
	n := g.thousands("balance-sheet", "common-shares-outstanding")
	return n, g.err
}

// CapitalAdditions returns a mine's capital additions in the quarter, from
// its production data (Greens Creek's is Hecla's share). The three do not
// add up to the company's (CashFlow.CapitalAdditions): the validator
// reports what they leave out.
func (r *Release) CapitalAdditions(id calc.PeriodID, m calc.Mine) (decimal.Decimal, error) {
	desc, ok := r.Mine(m)
	if !ok {
		return decimal.Decimal{}, &FieldError{Field: "mines[" + m.Slug() + "]", Problem: "the engine's mine is not described"}
	}
	g := getter{r: r, col: string(id)}
	v := g.thousands(desc.Production, "capital-additions")
	return v, g.err
}

// Stated is a figure the release gives in a sentence, in dollars, with
// that sentence as its source.
type Stated struct {
	Value    decimal.Decimal
	Sentence string
}

// Outlook is what the release says of the rest of 2007 beyond the
// estimates the guidance judges: the defaults of the year's levers.
type Outlook struct {
	Exploration   Stated // "we plan to spend upwards of $22 million this year"
	HollisterGain Stated // "approximately $63 million", booked in the second quarter
	HollisterCash Stated // "approximately $45 million", received in April
}

// Outlook returns the year's stated plans, each from its fact.
func (r *Release) Outlook() (Outlook, error) {
	var o Outlook
	million := decimal.NewFromInt(1_000_000)
	for _, s := range []struct {
		fact string
		into *Stated
	}{
		{"outlook-exploration", &o.Exploration},
		{"outlook-hollister-gain", &o.HollisterGain},
		{"outlook-hollister-cash", &o.HollisterCash},
	} {
		f, ok := r.Fact(s.fact)
		if !ok || f.Value == nil || f.Unit != USDMillions {
			return Outlook{}, &FieldError{Field: "facts[" + s.fact + "]", Problem: "must be a figure in usd-millions"}
		}
		*s.into = Stated{Value: f.Value.Value.Mul(million), Sentence: f.Quote}
	}
	return o, nil
}
