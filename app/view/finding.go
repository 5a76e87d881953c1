package view

import "strings"

// Finding is one line of the validator's findings as the page shows
// it: the printed figure it judges ("table/row", in the period Column; both
// empty for the summary line) and its words.
type Finding struct {
	Left, Column, Text string
	// Discrepancy is set where the release's figures do not add up to the
	// one it prints by more than its rounding.
	Discrepancy bool
}

// ID is the finding's anchor in the assumptions panel, which a figure whose
// printed value it explains links to ("" for the summary line).
func (f Finding) ID() string {
	if f.Left == "" {
		return ""
	}
	return findingID(f.Column, f.Left)
}

// findingID is the anchor of the finding on the printed figure left
// ("table/row") in column.
func findingID(column, left string) string {
	return "finding-" + column + "-" + strings.NewReplacer("/", "-", ".", "-").Replace(left)
}

// findingOn is the finding on the printed figure left in column, if the
// validator has one.
func findingOn(findings []Finding, column, left string) (Finding, bool) {
	for _, f := range findings {
		if f.Left == left && f.Column == column {
			return f, true
		}
	}
	return Finding{}, false
}
