package view

import (
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// PinRow is a figure of a pinned comparison: the pinned scenario's, and the
// current scenario's with the change, in dollars or in percent.
type PinRow struct {
	Label, Pinned string
	Value, Change Cell
}

// PinRows compares the current result with the pinned one, the pinned
// playing the baseline's part.
func PinRows(pinned, current *calc.Result, percent bool) []PinRow {
	figs := figures(compareSpecs(), current, pinned, nil)
	rows := make([]PinRow, len(figs))
	for i, f := range figs {
		ch := f.Change
		if percent {
			ch = f.Percent
		}
		n := strconv.Itoa(i)
		rows[i] = PinRow{Label: f.Label, Pinned: f.Baseline,
			Value:  Cell{Key: "pin-value:" + n, Class: "value", Text: f.Text},
			Change: Cell{Key: "pin-change:" + n, Class: "change", Text: ch, Tone: f.Tone}}
	}
	return rows
}

// compareSpecs are the key figures a comparison shows: the company's but
// its sales, and each mine's total cash cost per ounce and gross profit.
func compareSpecs() []Spec {
	var scopes []scopeSpecsOf
	for _, m := range calc.Mines() {
		scopes = append(scopes, scopeSpecsOf{m.Name(), mineSpecs(m)})
	}
	return keyFigures(scopes)
}

// scopeSpecsOf are a mine's or a segment's figures, under its name.
type scopeSpecsOf struct {
	name  string
	specs []Spec
}

// keyFigures are the company's figures but its sales, then each scope's
// total cash cost per ounce and gross profit, labelled with its name.
func keyFigures(scopes []scopeSpecsOf) []Spec {
	var specs []Spec
	for _, s := range companySpecs() {
		if s.Metric != "company.sales" {
			specs = append(specs, s)
		}
	}
	for _, sc := range scopes {
		for _, s := range sc.specs {
			if strings.HasSuffix(s.Metric, ".total-cash-cost-per-oz") || strings.HasSuffix(s.Metric, ".gross-profit") {
				s.Label = sc.name + ": " + strings.ToLower(s.Label)
				specs = append(specs, s)
			}
		}
	}
	return specs
}
