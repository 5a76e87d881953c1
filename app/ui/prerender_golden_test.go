package ui

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/hecla-calc/calculator/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/prerender-*.html from the page")

// The page as the server pre-renders it, at the release's levers and for a
// scenario held in its URL, element for element (in canonical form: go-app
// writes attributes in a map's order), against golden files: a change to
// what a reader without WebAssembly, a search engine or the first paint
// sees is a change of testdata/, made on purpose with
// `go test ./app/ui -run TestPrerenderGolden -update`.
func TestPrerenderGolden(t *testing.T) {
	for name, query := range map[string]string{
		"baseline": "",
		"scenario": "silver=20&lucky-friday.tons=90000&period=2006q1",
		"embed":    "embed=1&show=company,greens-creek&levers=prices&gold=700",
	} {
		t.Run(name, func(t *testing.T) {
			// An element a line, so that a change reads as a diff.
			got := strings.ReplaceAll(dom.Canonical(prerendered(t, newCalculator(t, query))), "><", ">\n<")
			path := filepath.Join("testdata", "prerender-"+name+".html")
			want := golden.Read(t, path, []byte(got), *update, "go test ./app/ui -run TestPrerenderGolden -update")
			if got != want {
				t.Errorf("the pre-rendered page of %q differs from %s\n%s", query, path, firstDifference(got, want))
			}
		})
	}
}
