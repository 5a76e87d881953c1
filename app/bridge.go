//go:build !wasm

package main

import (
	"bytes"
	"io"

	"github.com/hecla-calc/calculator/calc"
)

// writeBridge prints one JSON object: for each output calc bridges, in
// calc's order, its figure in the first quarter of 2006 ("from") and 2007
// ("to") and the parts of the change ("parts": the site changes, then the
// lever groups in lever order), as unrounded decimal strings. Like -eval's,
// the object is written by hand to keep those orders.
func writeBridge(w io.Writer, m *calc.Model) error {
	var b bytes.Buffer
	b.WriteString("{")
	for i, output := range calc.BridgeOutputs() {
		br, err := m.Bridge(calc.Q1of2006, calc.Q1of2007, output)
		if err != nil {
			return err
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  ")
		writeJSON(&b, output)
		b.WriteString(": {\n    \"from\": ")
		writeJSON(&b, br.From.String())
		b.WriteString(",\n    \"to\": ")
		writeJSON(&b, br.To.String())
		b.WriteString(",\n    \"parts\": {")
		for j, pt := range br.Parts {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n      ")
			writeJSON(&b, pt.Group.Key)
			b.WriteString(": ")
			writeJSON(&b, pt.Amount.String())
		}
		b.WriteString("\n    }\n  }")
	}
	b.WriteString("\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}
