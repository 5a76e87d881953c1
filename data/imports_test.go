package data

import (
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The dataset is parsed into exact decimals and runs the same natively and in
// the browser: its non-test sources may import only the packages listed
// below, and no UI, browser binding, network or floating point. These tests
// read the package's own non-test sources (the working directory of a test is
// its package directory, natively and under go_js_wasm_exec alike), so they
// hold for files added later too.

// dataPurityAllowed lists every import the package's non-test sources may
// use. The engine is allowed: the dataset calibrates it.
var dataPurityAllowed = map[string]bool{
	"bytes":         true,
	"embed":         true,
	"encoding/json": true,
	"errors":        true,
	"fmt":           true,
	"io":            true,
	"sort":          true,
	"strconv":       true,
	"strings":       true,

	"github.com/shopspring/decimal":         true,
	"github.com/hecla-calc/calculator/calc": true,
}

// dataPurityForbidden lists import paths that are refused with a reason, each
// with its subpackages, ahead of the allow list.
var dataPurityForbidden = []struct{ path, why string }{
	{"github.com/maxence-charriere/go-app", "the dataset knows nothing of the UI"},
	{"syscall/js", "the dataset knows nothing of the browser"},
	{"net/http", "the dataset is embedded, never fetched"},
}

// dataPurityFloatIdents are identifiers that bring floating point in: the
// float types and decimal's conversions to and from them.
var dataPurityFloatIdents = map[string]string{
	"float32":                  "floating-point type",
	"float64":                  "floating-point type",
	"NewFromFloat":             "decimal built from a float",
	"NewFromFloat32":           "decimal built from a float",
	"NewFromFloatWithExponent": "decimal built from a float",
	"Float64":                  "decimal converted to a float",
	"InexactFloat64":           "decimal converted to a float",
}

// dataPuritySources returns the names of the package's non-test .go files,
// sorted.
func dataPuritySources(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatalf("reading the package directory: %v", err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Log("no non-test .go files yet: nothing to check")
	}
	return names
}

func TestDataImportsAreAllowed(t *testing.T) {
	fset := token.NewFileSet()
	for _, name := range dataPuritySources(t) {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				t.Errorf("%s: bad import %s", fset.Position(spec.Pos()), spec.Path.Value)
				continue
			}
			pos := fset.Position(spec.Pos())
			if why, bad := dataPurityForbids(path); bad {
				t.Errorf("%s: imports %q: %s", pos, path, why)
			} else if !dataPurityAllowed[path] {
				t.Errorf("%s: imports %q: not in dataPurityAllowed (data/imports_test.go)", pos, path)
			}
		}
	}
}

func TestDataSourcesHaveNoFloats(t *testing.T) {
	fset := token.NewFileSet()
	for _, name := range dataPuritySources(t) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		file := fset.AddFile(name, fset.Base(), len(src))
		var s scanner.Scanner
		s.Init(file, src, func(pos token.Position, msg string) {
			t.Errorf("%s: %s", pos, msg)
		}, 0)
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok != token.IDENT {
				continue
			}
			if why, bad := dataPurityFloatIdents[lit]; bad {
				t.Errorf("%s: %s (%s): the dataset holds exact decimals only", fset.Position(pos), lit, why)
			}
		}
	}
}

// dataPurityForbids reports whether path is, or is under, a forbidden import
// path, and why.
func dataPurityForbids(path string) (string, bool) {
	for _, fb := range dataPurityForbidden {
		if path == fb.path || strings.HasPrefix(path, fb.path+"/") {
			return fb.why, true
		}
	}
	return "", false
}
