package calc

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

// The engine is pure, exact arithmetic: it runs the same natively and in the
// browser, so it may use only the standard library and the decimal package,
// and no clock, file system, network, randomness, browser binding or floating
// point. These tests read the package's own non-test sources (the working
// directory of a test is its package directory, natively and under
// go_js_wasm_exec alike), so they hold for files added later too.

// calcPurityForbidden lists the import paths the engine must not use, each
// with its subpackages, and why.
var calcPurityForbidden = []struct{ path, why string }{
	{"github.com/maxence-charriere/go-app", "the engine knows nothing of the UI"},
	{"syscall/js", "the engine knows nothing of the browser"},
	{"net/http", "the engine does no I/O"},
	{"os", "the engine does no I/O"},
	{"time", "results must not depend on the clock"},
	{"math/rand", "results must not depend on randomness"},
	{"math", "floating-point math; use decimal (only math/big is allowed)"},
}

// calcPurityFloatIdents are identifiers that bring floating point in: the
// float types and decimal's conversions to and from them.
var calcPurityFloatIdents = map[string]string{
	"float32":                  "floating-point type",
	"float64":                  "floating-point type",
	"NewFromFloat":             "decimal built from a float",
	"NewFromFloat32":           "decimal built from a float",
	"NewFromFloatWithExponent": "decimal built from a float",
	"Float64":                  "decimal converted to a float",
	"InexactFloat64":           "decimal converted to a float",
}

// calcPuritySources returns the names of the package's non-test .go files,
// sorted.
func calcPuritySources(t *testing.T) []string {
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

func TestCalcImportsArePure(t *testing.T) {
	fset := token.NewFileSet()
	for _, name := range calcPuritySources(t) {
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
			if why, bad := calcPurityForbids(path); bad {
				t.Errorf("%s: imports %q: %s", pos, path, why)
			} else if path != "github.com/shopspring/decimal" && !calcPurityIsStd(path) {
				t.Errorf("%s: imports %q: only the standard library and github.com/shopspring/decimal are allowed", pos, path)
			}
		}
	}
}

func TestCalcSourcesHaveNoFloats(t *testing.T) {
	fset := token.NewFileSet()
	for _, name := range calcPuritySources(t) {
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
			if why, bad := calcPurityFloatIdents[lit]; bad {
				t.Errorf("%s: %s (%s): the engine computes in exact decimals only", fset.Position(pos), lit, why)
			}
		}
	}
}

// calcPurityForbids reports whether path is, or is under, a forbidden import
// path, and why. math/big, exact integers and rationals, is allowed.
func calcPurityForbids(path string) (string, bool) {
	if path == "math/big" {
		return "", false
	}
	for _, fb := range calcPurityForbidden {
		if path == fb.path || strings.HasPrefix(path, fb.path+"/") {
			return fb.why, true
		}
	}
	return "", false
}

// calcPurityIsStd reports whether an import path names a standard-library
// package: its first element has no dot, as the go command decides.
func calcPurityIsStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
