//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// gridArgs are -grid's flags besides the query: each axis as
// KEY=FROM:TO:N, and the output.
type gridArgs struct {
	x, y, output string
}

// writeGrid prints one JSON object: -output at every pair of values of the
// axes -x and -y, every other lever as the query sets it. "x" and "y" are
// each lever and its N values, evenly spaced from FROM to TO; cells[i][j] is
// the output at y's i-th value and x's j-th, unrounded as -eval prints it,
// null where the figure does not exist. Then the query's notices.
func writeGrid(w io.Writer, m *calc.Model, query string, a gridArgs) error {
	s, notices := m.Decode(query, nil)
	x, err := axisFlag("-x", a.x)
	if err != nil {
		return err
	}
	y, err := axisFlag("-y", a.y)
	if err != nil {
		return err
	}
	if err := outputFlag(a.output); err != nil {
		return err
	}
	g, err := m.Grid(s, a.output, x, y)
	if err != nil {
		return flagError(err)
	}
	var b bytes.Buffer
	b.WriteString("{\n  \"period\": ")
	writeJSON(&b, string(s.PeriodOr(m.Default().ID)))
	b.WriteString(",\n  \"output\": ")
	writeJSON(&b, g.Output)
	for _, ax := range []struct {
		name string
		calc.Axis
	}{{"x", g.X}, {"y", g.Y}} {
		fmt.Fprintf(&b, ",\n  %q: {\"lever\": ", ax.name)
		writeJSON(&b, ax.Lever.Key())
		b.WriteString(", \"values\": [")
		for i, v := range ax.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJSON(&b, v.String())
		}
		b.WriteString("]}")
	}
	b.WriteString(",\n  \"cells\": [")
	for i, row := range g.Cells {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    [")
		for j, c := range row {
			if j > 0 {
				b.WriteString(", ")
			}
			if c.Valid {
				writeJSON(&b, c.Decimal.String())
			} else {
				b.WriteString("null")
			}
		}
		b.WriteString("]")
	}
	b.WriteString("\n  ],\n")
	writeNotices(&b, notices)
	_, err = w.Write(b.Bytes())
	return err
}

// axisFlag reads KEY=FROM:TO:N given to flag name: N values of lever KEY
// from FROM to TO, evenly spaced, both ends included.
func axisFlag(name, text string) (calc.Axis, error) {
	key, span, ok := strings.Cut(text, "=")
	parts := strings.Split(span, ":")
	if !ok || len(parts) != 3 {
		return calc.Axis{}, fmt.Errorf("%s: %q is not KEY=FROM:TO:N, such as silver=10:20:5", name, text)
	}
	l, err := leverFlag(name, key)
	if err != nil {
		return calc.Axis{}, err
	}
	from, ferr := l.Parse(parts[0])
	if ferr != nil {
		return calc.Axis{}, fmt.Errorf("%s: FROM: %s", name, ferr.Message)
	}
	to, ferr := l.Parse(parts[1])
	if ferr != nil {
		return calc.Axis{}, fmt.Errorf("%s: TO: %s", name, ferr.Message)
	}
	n, err := strconv.Atoi(strings.TrimSpace(parts[2]))
	if err != nil {
		return calc.Axis{}, fmt.Errorf("%s: N: %q is not a whole number of values", name, parts[2])
	}
	values, err := calc.Steps(from, to, n)
	if err != nil {
		return calc.Axis{}, fmt.Errorf("%s: N: between 2 and %d values, not %d", name, calc.MaxGridSteps, n)
	}
	return calc.Axis{Lever: l, Values: values}, nil
}
