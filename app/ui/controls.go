package ui

import (
	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The page's repeated controls, made in one place: each element a chain of
// go-app calls is a good deal of app.wasm, once per place it is written.

// actionButton is a button that acts on the page (not a form's submit).
func actionButton(text string, h app.EventHandler) app.HTMLElem {
	return app.Elem("button").Attr("type", "button").Class("action").OnClick(h).Text(text)
}

// savedButton is one of a saved scenario's actions, named for screen
// readers with the scenario's name (label); its handler finds the scenario
// by the button's data-key.
func savedButton(s view.SavedScenario, text, label string, h app.EventHandler) app.UI {
	return actionButton(text, h).DataSet("key", s.Key).Aria("label", label)
}

// rowHead is a table row's heading cell.
func rowHead(text string) app.HTMLElem {
	return app.Elem("th").Attr("scope", "row").Class("label").Text(text)
}

// scrollRegion is a wide table's frame, which scrolls on a narrow screen:
// a region the keyboard can reach and scroll, named by label.
func scrollRegion(label string, table app.UI) app.UI {
	return app.Elem("div").Class("table-scroll").Attr("tabindex", "0").Role("region").Aria("label", label).Body(scrollCue(), table)
}

// scrollCue says, in words, that a table scrolls sideways; web/app.css
// shows it only while its container can scroll.
func scrollCue() app.UI {
	return app.Elem("p").Class("scroll-cue").Aria("hidden", "true").Text("Scroll sideways for every column →")
}
