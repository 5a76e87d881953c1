package session

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/purity"
)

// The page's state and its rules are tested without a browser: the
// session may use the engine, the dataset, the view model, decimal and the
// standard library, and no browser binding, UI framework or floating point.
var sessionRules = purity.Rules{
	Forbidden: map[string]string{
		"github.com/maxence-charriere/go-app": "the session holds the page's state; go-app's components apply its changes (app/ui)",
		"syscall/js":                          "the session knows nothing of the browser",
		"net/http":                            "the session does no I/O",
		"math":                                "floating-point math; use decimal (only math/big is allowed)",
	},
	Exempt: []string{"math/big"},
	Allowed: func(path string) (bool, string) {
		switch path {
		case "github.com/hecla-calc/calculator/calc", "github.com/hecla-calc/calculator/data",
			"github.com/hecla-calc/calculator/app/view", "github.com/shopspring/decimal":
			return true, ""
		}
		return purity.IsStd(path), "only calc, data, view, decimal and the standard library are allowed"
	},
	Exact: "the session holds exact decimals only",
}

func TestSessionImportsArePure(t *testing.T)      { purity.CheckImports(t, sessionRules) }
func TestSessionSourcesHaveNoFloats(t *testing.T) { purity.CheckNoFloats(t, sessionRules) }
