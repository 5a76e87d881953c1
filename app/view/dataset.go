package view

import (
	"sync"

	"github.com/hecla-calc/calculator/data"
)

// embedded is the release the calculator is built on. NewPage and
// FigureSources are called without one, so they read what they need of the
// dataset (where each mine is, which tables print it) from here: parsed
// once for the program, not at every edit.
var embedded = sync.OnceValues(data.Load)
