package view

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/purity"
)

// The view model turns a result into the page's text, and is tested without
// a browser: it may use only the engine, the dataset, decimal and the
// standard library, and no browser binding, UI framework or floating point.
var viewRules = purity.Rules{
	Forbidden: map[string]string{
		"github.com/maxence-charriere/go-app": "the view model lays nothing out: components stay in package main",
		"syscall/js":                          "the view model knows nothing of the browser",
		"net/http":                            "the view model does no I/O",
		"math":                                "floating-point math; use decimal (only math/big is allowed)",
	},
	Exempt: []string{"math/big"},
	Allowed: func(path string) (bool, string) {
		switch path {
		case "github.com/hecla-calc/calculator/calc", "github.com/hecla-calc/calculator/data", "github.com/shopspring/decimal":
			return true, ""
		}
		return purity.IsStd(path), "only calc, data, decimal and the standard library are allowed"
	},
	Exact: "the view model formats exact decimals only",
}

func TestViewImportsArePure(t *testing.T)      { purity.CheckImports(t, viewRules) }
func TestViewSourcesHaveNoFloats(t *testing.T) { purity.CheckNoFloats(t, viewRules) }
