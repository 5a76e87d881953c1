package view

import (
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// Compare is a saved scenario beside the current one.
type Compare struct {
	Name string
	Rows []CompareRow
}

type CompareRow struct {
	Label, Saved, Current, Change string
	Tone                          Tone
}

// compareMetrics are the figures a comparison shows.
func compareSpecs() []Spec {
	var specs []Spec
	for _, s := range companySpecs() {
		if s.Metric != "company.sales" {
			specs = append(specs, s)
		}
	}
	for _, m := range calc.Mines() {
		for _, s := range mineSpecs(m) {
			if strings.HasSuffix(s.Metric, ".total-cash-cost-per-oz") || strings.HasSuffix(s.Metric, ".gross-profit") {
				s.Label = m.Name() + ": " + strings.ToLower(s.Label)
				specs = append(specs, s)
			}
		}
	}
	return specs
}

// NewCompare is the saved scenario name, whose result is saved, beside the
// current result.
func NewCompare(name string, current, saved *calc.Result) *Compare {
	cv := &Compare{Name: name}
	for _, spec := range compareSpecs() {
		// The saved scenario plays the baseline's part: the change is
		// current minus saved.
		f := figure(spec, current, saved, nil)
		cv.Rows = append(cv.Rows, CompareRow{Label: spec.Label, Saved: f.Baseline, Current: f.Text, Change: f.Change, Tone: f.Tone})
	}
	return cv
}
