package calc

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/purity"
)

// The engine is pure, exact arithmetic: it runs the same natively and in the
// browser, so it may use only the standard library and the decimal package,
// and no clock, file system, network, randomness, browser binding or floating
// point.
var calcRules = purity.Rules{
	Forbidden: map[string]string{
		"github.com/maxence-charriere/go-app": "the engine knows nothing of the UI",
		"syscall/js":                          "the engine knows nothing of the browser",
		"net/http":                            "the engine does no I/O",
		"os":                                  "the engine does no I/O",
		"time":                                "results must not depend on the clock",
		"math/rand":                           "results must not depend on randomness",
		"math":                                "floating-point math; use decimal (only math/big is allowed)",
	},
	Exempt: []string{"math/big"}, // exact integers and rationals
	Allowed: func(path string) (bool, string) {
		return path == "github.com/shopspring/decimal" || purity.IsStd(path),
			"only the standard library and github.com/shopspring/decimal are allowed"
	},
	Exact: "the engine computes in exact decimals only",
}

func TestCalcImportsArePure(t *testing.T)      { purity.CheckImports(t, calcRules) }
func TestCalcSourcesHaveNoFloats(t *testing.T) { purity.CheckNoFloats(t, calcRules) }
