package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onDeck applies the deck named by the button's data-deck.
func (c *calculator) onDeck(ctx app.Context, e app.Event) {
	if c.applyDeck(ctx.JSSrc().Get("dataset").Get("deck").String()) {
		c.discrete(ctx)
	}
}

func (c *calculator) applyDeck(key string) bool {
	prices, ok := view.DeckPrices(c.model, c.period, key)
	if !ok {
		return false
	}
	for metal, v := range prices {
		l := calc.PriceLever(metal)
		if err := c.scenario.Set(c.period, l, v); err == nil {
			c.texts[l] = view.LeverText(l, v)
			delete(c.errs, l)
		}
	}
	c.recompute()
	return true
}

func (c *calculator) deckButtons() app.UI {
	return app.Elem("div").Class("decks").Role("group").Aria("label", "Price decks").Body(
		app.Range(view.Decks).Slice(func(i int) app.UI {
			d := view.Decks[i]
			return actionButton(d.Label, c.onDeck).DataSet("deck", d.Key)
		}),
	)
}
