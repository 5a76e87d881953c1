// Package purity checks a package's own non-test sources for what they may
// import and for floating point, for the calc and data packages' tests;
// Sources lists those sources for other checks of a package's code. It
// reads the working directory, which is the package's directory in a test,
// natively and under go_js_wasm_exec alike, so the checks hold for files
// added later too.
package purity

import (
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Rules say what a package may import.
type Rules struct {
	// Forbidden maps import paths, each with its subpackages, to why they
	// are refused; checked before Allowed.
	Forbidden map[string]string
	// Exempt paths are allowed although a Forbidden prefix covers them.
	Exempt []string
	// Allowed reports whether any other import is allowed, and if not,
	// the rule to name.
	Allowed func(path string) (ok bool, rule string)
	// Exact ends the message for a float: what the package holds instead.
	Exact string
}

// floatIdents are identifiers that bring floating point in: the float types
// and decimal's conversions to and from them.
var floatIdents = map[string]string{
	"float32":                  "floating-point type",
	"float64":                  "floating-point type",
	"NewFromFloat":             "decimal built from a float",
	"NewFromFloat32":           "decimal built from a float",
	"NewFromFloatWithExponent": "decimal built from a float",
	"Float64":                  "decimal converted to a float",
	"InexactFloat64":           "decimal converted to a float",
}

// IsStd reports whether an import path names a standard-library package: its
// first element has no dot, as the go command decides.
func IsStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// Sources returns the paths of dir's non-test .go files, sorted; none is
// an error (the wrong directory).
func Sources(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading the package directory: %v", err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			names = append(names, filepath.Join(dir, n))
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Error("no non-test .go files: nothing to check, in the wrong directory?")
	}
	return names
}

// CheckImports fails the test for each import the rules refuse.
func CheckImports(t *testing.T, r Rules) {
	t.Helper()
	fset := token.NewFileSet()
	for _, name := range Sources(t, ".") {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for _, spec := range f.Imports {
			pos := fset.Position(spec.Pos())
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				t.Errorf("%s: bad import %s", pos, spec.Path.Value)
				continue
			}
			if why, bad := r.forbids(path); bad {
				t.Errorf("%s: imports %q: %s", pos, path, why)
			} else if ok, rule := r.Allowed(path); !ok {
				t.Errorf("%s: imports %q: %s", pos, path, rule)
			}
		}
	}
}

func (r Rules) forbids(path string) (string, bool) {
	for _, e := range r.Exempt {
		if path == e {
			return "", false
		}
	}
	for p, why := range r.Forbidden {
		if path == p || strings.HasPrefix(path, p+"/") {
			return why, true
		}
	}
	return "", false
}

// CheckNoFloats fails the test for each identifier that brings floating
// point into the sources, and for each float literal, which an untyped
// constant can carry in without naming a type (comments and strings do not
// count).
func CheckNoFloats(t *testing.T, r Rules) {
	t.Helper()
	fset := token.NewFileSet()
	for _, name := range Sources(t, ".") {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		file := fset.AddFile(name, fset.Base(), len(src))
		var s scanner.Scanner
		s.Init(file, src, func(pos token.Position, msg string) { t.Errorf("%s: %s", pos, msg) }, 0)
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if why, bad := floatIdents[lit]; tok == token.IDENT && bad {
				t.Errorf("%s: %s (%s): %s", fset.Position(pos), lit, why, r.Exact)
			}
			if tok == token.FLOAT {
				t.Errorf("%s: float literal %s: %s", fset.Position(pos), lit, r.Exact)
			}
		}
	}
}
