//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/hecla-calc/calculator/calc"
)

// writeEval prints one JSON object: every output of the contract in its
// stable order, as an unrounded decimal string or null where the figure does
// not exist, then "notices", the parts of the query that did not apply. The
// keys keep the engine's order, which a Go map would lose, so the object is
// written by hand; each string goes through encoding/json.
func writeEval(w io.Writer, m *calc.Model, query string) error {
	s, notices := m.Decode(query, nil)
	r, err := m.Evaluate(s)
	if err != nil {
		return err
	}
	p, _ := m.Period(r.Period) // the period Evaluate found
	var b bytes.Buffer
	b.WriteString("{\n")
	for _, metric := range p.Outputs(s, r) {
		b.WriteString("  ")
		writeJSON(&b, metric.Name)
		b.WriteString(": ")
		if metric.Value.Valid {
			writeJSON(&b, metric.Value.Decimal.String())
		} else {
			b.WriteString("null")
		}
		b.WriteString(",\n")
	}
	writeNotices(&b, notices)
	_, err = w.Write(b.Bytes())
	return err
}

// writeNotices ends an object with its "notices", the parts of the query
// that did not apply, one a line.
func writeNotices(b *bytes.Buffer, notices []calc.Notice) {
	b.WriteString(`  "notices": [`)
	for i, n := range notices {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    ")
		writeJSON(b, jsonNotice{Key: n.Key, Value: n.Value, Code: string(n.Code), Message: n.Message})
	}
	if len(notices) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
}

type jsonNotice struct {
	Key     string `json:"key"`
	Value   string `json:"value"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeJSON encodes values that cannot fail to encode (strings and a struct
// of strings), so its error is impossible and dropped.
func writeJSON(b *bytes.Buffer, v any) {
	enc, _ := json.Marshal(v)
	b.Write(enc)
}
