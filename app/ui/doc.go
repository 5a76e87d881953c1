// Package ui is the calculator's page in go-app: the calculator component,
// which owns the scenario and the state of the page (its handlers compute,
// its Render only lays out the view), the page's layout (the prices, the
// company and segments, a card per mine, the analysis, methods, saved and
// assumptions panels, the embed view), the kinds of its live values
// (rows.go, leverfield.go, kinds.go) and the events it handles once, on its
// root (delegate.go). An edit reaches the screen through app/live; a
// change the live layer does not show (a quarter, a deck, a panel) redraws
// the page through go-app.
//
// Route registers its pages for the browser and the server alike: the
// server pre-renders the same components the browser runs.
package ui
