package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onDeck applies the deck named by the button's data-deck.
func (c *calculator) onDeck(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.ApplyDeck(ctx.JSSrc().Get("dataset").Get("deck").String()))
}

func (c *calculator) deckButtons() app.UI {
	return app.Elem("div").Class("decks").Role("group").Aria("label", "Price decks").Body(
		app.Range(view.Decks).Slice(func(i int) app.UI {
			d := view.Decks[i]
			return actionButton(d.Label, c.onDeck).DataSet("deck", d.Key)
		}),
	)
}
