//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// rangeFlags reads -samples and -seed as typed: a count from 1 to
// calc.MaxSamples, and a seed from 0 to 2^64 − 1 in decimal digits. The
// error names the flag, the text and the rule.
func rangeFlags(samples, seed string) (int, uint64, error) {
	n, err := strconv.Atoi(samples)
	if err != nil || n < 1 || n > calc.MaxSamples {
		return 0, 0, fmt.Errorf("-samples: %q is not a number of samples from 1 to %d", samples, calc.MaxSamples)
	}
	s, err := strconv.ParseUint(seed, 10, 64)
	if err != nil {
		return 0, 0, fmt.Errorf("-seed: %q is not a non-negative integer (0 to %d)", seed, uint64(1<<64-1))
	}
	return n, s, nil
}

// rangesArgs are -ranges' flags besides the query, as typed.
type rangesArgs struct {
	samples, seed string
}

// runRanges is -ranges: its flags read (rangeFlags), then writeRanges.
func runRanges(w io.Writer, m *calc.Model, query string, a rangesArgs) error {
	n, s, err := rangeFlags(a.samples, a.seed)
	if err != nil {
		return err
	}
	return writeRanges(w, m, query, n, s)
}

// writeRanges prints one JSON object: "samples" and "seed"; "outputs", every
// output -eval prints, in its order, as {"p10", "p50", "p90", "mean"}
// (unrounded decimal strings, null where the figure does not exist in some
// sample); "guidance", each of the release's estimates by its outlook
// output, as {"probability"}; and "notices", the parts of the query that
// did not apply, as -eval prints them. The ranges are the query's
// ("range.silver=11:16"). Written by hand to keep the engine's order.
func writeRanges(w io.Writer, m *calc.Model, query string, samples int, seed uint64) error {
	s, notices := m.Decode(query, nil)
	sim, err := m.Simulate(s, samples, seed)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"samples\": %d,\n  \"seed\": %d,\n  \"outputs\": {", sim.Samples, sim.Seed)
	for i, o := range sim.Outputs {
		comma(&b, i)
		b.WriteString("\n    ")
		writeJSON(&b, o.Name)
		b.WriteString(": {")
		for j, q := range []struct {
			key string
			v   decimal.NullDecimal
		}{{"p10", o.P10}, {"p50", o.P50}, {"p90", o.P90}, {"mean", o.Mean}} {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(`"` + q.key + `": `)
			if q.v.Valid {
				writeJSON(&b, q.v.Decimal.String())
			} else {
				b.WriteString("null")
			}
		}
		b.WriteString("}")
	}
	b.WriteString("\n  },\n  \"guidance\": {")
	for i, g := range sim.Guidance {
		comma(&b, i)
		b.WriteString("\n    ")
		writeJSON(&b, g.Output)
		b.WriteString(`: {"probability": `)
		writeJSON(&b, g.Probability.String())
		b.WriteString("}")
	}
	if len(sim.Guidance) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("},\n  \"notices\": [")
	for i, n := range notices {
		comma(&b, i)
		b.WriteString("\n    ")
		writeJSON(&b, jsonNotice{Key: n.Key, Value: n.Value, Code: string(n.Code), Message: n.Message})
	}
	if len(notices) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	_, err = w.Write(b.Bytes())
	return err
}

func comma(b *bytes.Buffer, i int) {
	if i > 0 {
		b.WriteByte(',')
	}
}
