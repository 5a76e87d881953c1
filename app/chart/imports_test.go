package chart

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/purity"
)

// The charts are geometry in decimals drawn as go-app elements: they may use
// the view model's inputs, the engine, decimal, go-app and the standard
// library, and no browser binding, I/O or floating point, so that what a
// test measures is what the page draws, natively and in the browser alike.
var chartRules = purity.Rules{
	Forbidden: map[string]string{
		"syscall/js": "the charts are go-app elements; go-app talks to the browser",
		"net/http":   "the charts do no I/O",
		"math":       "floating-point math; coordinates are decimals (only math/big is allowed)",
	},
	Exempt: []string{"math/big"},
	Allowed: func(path string) (bool, string) {
		switch path {
		case "github.com/hecla-calc/calculator/app/view", "github.com/hecla-calc/calculator/calc",
			"github.com/shopspring/decimal", "github.com/maxence-charriere/go-app/v10/pkg/app":
			return true, ""
		}
		return purity.IsStd(path), "only view, calc, decimal, go-app and the standard library are allowed"
	},
	Exact: "coordinates are decimals rounded to 0.1 px",
}

func TestChartImportsArePure(t *testing.T)      { purity.CheckImports(t, chartRules) }
func TestChartSourcesHaveNoFloats(t *testing.T) { purity.CheckNoFloats(t, chartRules) }
