// Package live keeps the page's figures on screen as the scenario changes,
// without go-app redrawing the page.
//
// The page's view (a plain value, made once per change: app/view) holds
// every figure, lever and cell the page shows. A Kind says how the values
// of one of its types are shown: each in an element of its own, under a
// key (a figure's output name, a lever's URL key), with its HTML and its
// patch side by side, so that the server's HTML, the browser's first write
// and every later write come from one definition. Registry.Update walks a
// new view, finds each value of a kind by its type, and writes the element
// bound to its key where the value changed: a value is live by being in
// the view, and no list of figures or levers is kept anywhere.
//
// Writes go through Node, the few DOM operations a patch needs: the
// browser's elements (DOM), or, in a Go test, the elements of a parsed
// page (internal/dom), so that a test without a browser can hold the page
// an edit leaves against the page the server writes for the new scenario.
//
// The package knows no figure: it imports go-app (for the component of a
// bound element and the browser's values) and the standard library only.
package live
