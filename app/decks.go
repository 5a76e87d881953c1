package main

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// Price decks set all four metal prices at once: the release's averages for
// either quarter, or every metal 20% below or above the current period's.
type priceDeck struct {
	key, label string
}

var priceDecks = []priceDeck{
	{"2007q1", "Q1 2007 prices"},
	{"2006q1", "Q1 2006 prices"},
	{"low", "Low deck (−20%)"},
	{"high", "High deck (+20%)"},
}

// deckPrices is the deck's price of each metal.
func deckPrices(m *calc.Model, p *calc.Period, key string) (prices map[calc.Metal]decimal.Decimal, ok bool) {
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

// onDeck applies the deck named by the button's data-deck.
func (c *calculator) onDeck(ctx app.Context, e app.Event) {
	if c.applyDeck(ctx.JSSrc().Get("dataset").Get("deck").String()) {
		c.discrete(ctx)
	}
}

func (c *calculator) applyDeck(key string) bool {
	prices, ok := deckPrices(c.model, c.period, key)
	if !ok {
		return false
	}
	for metal, v := range prices {
		l := calc.PriceLever(metal)
		if err := c.scenario.Set(c.period, l, v); err == nil {
			c.texts[l] = leverText(l, v)
			delete(c.errs, l)
		}
	}
	c.recompute()
	return true
}

func (c *calculator) deckButtons() app.UI {
	return app.Elem("div").Class("decks").Role("group").Aria("label", "Price decks").Body(
		app.Range(priceDecks).Slice(func(i int) app.UI {
			d := priceDecks[i]
			return app.Elem("button").Attr("type", "button").Class("action").DataSet("deck", d.key).OnClick(c.onDeck).Text(d.label)
		}),
	)
}
