package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/purity"
)

// typedElements are go-app's constructors of one element type per tag. The
// page writes app.Elem(tag) instead: every type it mounts brings a dozen
// methods of its own (setJSElement, setParent, Mounted, attrs ...), which
// V8 compiles the first time they run, at start-up. app.Input stays: an
// input is a void element, which app.Elem would pre-render with an end tag.
var typedElements = strings.Fields(`A Abbr Address Area Article Aside Audio B Blockquote Body Br Button
	Canvas Caption Cite Code Col ColGroup Data DataList Dd Del Details Dfn Dialog Div Dl Dt Em
	FieldSet FigCaption Figure Footer Form H1 H2 H3 H4 H5 H6 Header Hr I IFrame Img Ins Kbd Label
	Legend Li Main Mark Meter Nav Ol OptGroup Option Output P Picture Pre Progress Q S Samp
	Section Select Small Span Strong Sub Summary Sup TBody TFoot THead Table Td TextArea Th Time
	Tr U Ul Var Video`)

func TestPageWritesElemNotTypedElements(t *testing.T) {
	_, self, _, _ := runtime.Caller(0) // TestMain may have moved the working directory
	typed := map[string]bool{}
	for _, n := range typedElements {
		typed[n] = true
	}
	fset := token.NewFileSet()
	for _, name := range purity.Sources(t, filepath.Dir(self)) {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "app" && typed[sel.Sel.Name] {
				t.Errorf("%s: app.%s() brings go-app's own type for <%s> and its methods into start-up; write app.Elem(%q)",
					fset.Position(call.Pos()), sel.Sel.Name, strings.ToLower(sel.Sel.Name), strings.ToLower(sel.Sel.Name))
			}
			return true
		})
	}
}
