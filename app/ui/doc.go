// Package ui is the calculator's page in go-app: the calculator component,
// go-app's glue around the page's state (app/session): its handlers read
// the event, call the session and apply the Change it returns (apply.go),
// and its Render only lays out what the session holds. The package holds
// the page's layout (the prices, the company and segments, a card per
// mine, the analysis, methods, saved and assumptions panels, the embed
// view), the kinds of its live values (rows.go, leverfield.go, kinds.go)
// and the events it handles once, on its root (delegate.go). An edit
// reaches the screen through app/live; a change of the page's own layout
// (a quarter, a panel) redraws the page through go-app.
//
// Route registers its pages for the browser and the server alike: the
// server pre-renders the same components the browser runs.
package ui
