// Package session is the calculator page's state and its transitions,
// with no browser and no UI framework: the scenario and the text in each
// lever's field, the edit under way, the address, the notices, the quarter,
// the pin, the saved scenarios (through view.KV), the analysis panel's
// choices, and the view (app/view) all of that makes.
//
// Each of the reader's actions is a method (Edit, Leave, SwitchQuarter,
// Open ...) that returns a Change: whether the figures changed, how the
// address bar follows, when the new figures are read out, and whether the
// page's own layout changed. The page (app/ui) calls the method and applies
// the Change, nothing more, so every rule of the page is tested here, as
// sequences of actions, natively and compiled to WebAssembly.
//
// It imports calc, data, view, decimal and the standard library only
// (imports_test.go).
package session
