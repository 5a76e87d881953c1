package view

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// Price decks set all four metal prices at once: the release's averages for
// either quarter, or every metal 20% below or above the current period's.
type Deck struct {
	Key, Label string
}

var Decks = []Deck{
	{"2007q1", "Q1 2007 prices"},
	{"2006q1", "Q1 2006 prices"},
	{"low", "Low deck (−20%)"},
	{"high", "High deck (+20%)"},
}

// DeckPrices is the deck's price of each metal.
func DeckPrices(m *calc.Model, p *calc.Period, key string) (prices map[calc.Metal]decimal.Decimal, ok bool) {
	prices = map[calc.Metal]decimal.Decimal{}
	factor := decimal.NewFromInt(1)
	source := p
	switch key {
	case "low":
		factor = decimal.RequireFromString("0.8")
	case "high":
		factor = decimal.RequireFromString("1.2")
	default:
		if source, ok = m.Period(calc.PeriodID(key)); !ok {
			return nil, false
		}
	}
	for _, metal := range calc.Metals() {
		prices[metal] = source.BaselineLever(calc.PriceLever(metal)).Mul(factor)
	}
	return prices, true
}
