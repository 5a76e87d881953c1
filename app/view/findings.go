//go:build !wasm

package view

import "github.com/hecla-calc/calculator/data"

// ReleaseFindings is what the validator finds in the release's arithmetic,
// in words: the discrepancies, the roundings and the summary (a last line
// with no figure). The server works it out; the browser's copy is
// generatedFindings, written from this (findings_test.go), so the validator
// stays out of app.wasm.
func ReleaseFindings(rel *data.Release) []Finding {
	rep := data.Verify(rel)
	var out []Finding
	for _, f := range append(rep.Discrepancies(), rep.Rounding()...) {
		out = append(out, Finding{Left: f.Left, Column: f.Column, Discrepancy: f.Class == data.Discrepancy,
			Text: f.Class.String() + ": " + f.Column + ", " + f.Identity + ": printed " + f.Printed.Printed + ", computed " + f.Rounded.String() + "."})
	}
	return append(out, Finding{Text: rep.Summary() + "."})
}
