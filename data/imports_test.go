package data

import (
	"testing"

	"github.com/hecla-calc/calculator/internal/purity"
)

// The dataset is parsed into exact decimals and runs the same natively and in
// the browser: its non-test sources may import only the packages listed
// below, and no UI, browser binding, network or floating point.
var dataRules = purity.Rules{
	Forbidden: map[string]string{
		"github.com/maxence-charriere/go-app": "the dataset knows nothing of the UI",
		"syscall/js":                          "the dataset knows nothing of the browser",
		"net/http":                            "the dataset is embedded, never fetched",
	},
	Allowed: func(path string) (bool, string) {
		return dataAllowed[path], "not in dataAllowed (data/imports_test.go)"
	},
	Exact: "the dataset holds exact decimals only",
}

// dataAllowed lists every import the package's non-test sources may use. The
// engine is allowed: the dataset calibrates it.
var dataAllowed = map[string]bool{
	"bytes":         true,
	"embed":         true,
	"encoding/json": true,
	"errors":        true,
	"fmt":           true,
	"io":            true,
	"slices":        true,
	"sort":          true,
	"strconv":       true,
	"strings":       true,

	"github.com/shopspring/decimal":         true,
	"github.com/hecla-calc/calculator/calc": true,
}

func TestDataImportsAreAllowed(t *testing.T)   { purity.CheckImports(t, dataRules) }
func TestDataSourcesHaveNoFloats(t *testing.T) { purity.CheckNoFloats(t, dataRules) }
