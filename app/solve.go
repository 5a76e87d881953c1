//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// solveArgs are -solve's flags besides the query.
type solveArgs struct {
	lever, output, target string
}

// writeSolve prints one JSON object: the goal seek of -output at -target by
// -lever, every other lever as the query sets it. "value" is the lever's
// value when solved, "closest" the end of its search range that comes
// nearest when the target is out of reach, "achieved" the output at the one
// or the other (or, when not affected, at the query's levers): unrounded
// decimal strings, null where there is none. Then the query's notices.
func writeSolve(w io.Writer, m *calc.Model, query string, a solveArgs) error {
	s, notices := m.Decode(query, nil)
	l, err := leverFlag("-lever", a.lever)
	if err != nil {
		return err
	}
	if err := outputFlag(a.output); err != nil {
		return err
	}
	target, ferr := calc.ParseAmount("-target", a.target)
	if ferr != nil {
		return ferr
	}
	sol, err := m.Solve(s, l, a.output, target)
	if err != nil {
		return flagError(err)
	}
	var b bytes.Buffer
	b.WriteString("{\n")
	field := func(key string, v any) {
		b.WriteString("  ")
		writeJSON(&b, key)
		b.WriteString(": ")
		if d, ok := v.(decimal.NullDecimal); ok {
			v = nil
			if d.Valid {
				v = d.Decimal.String()
			}
		}
		if v == nil {
			b.WriteString("null")
		} else {
			writeJSON(&b, v)
		}
		b.WriteString(",\n")
	}
	field("period", string(s.PeriodOr(m.Default().ID)))
	field("lever", l.Key())
	field("output", sol.Output)
	field("target", sol.Target.String())
	field("status", string(sol.Status))
	field("value", sol.Value)
	field("closest", sol.Closest)
	field("achieved", sol.Achieved)
	writeNotices(&b, notices)
	_, err = w.Write(b.Bytes())
	return err
}

// leverFlag reads a lever's key given to flag name.
func leverFlag(name, key string) (calc.Lever, error) {
	l, ok := calc.LeverByKey(key)
	if !ok {
		keys := make([]string, 0, len(calc.AllLevers()))
		for _, l := range calc.AllLevers() {
			keys = append(keys, l.Key())
		}
		return 0, fmt.Errorf("%s: %q is not a lever; the levers are %s", name, key, strings.Join(keys, ", "))
	}
	return l, nil
}

// outputFlag refuses an -output left out; the engine refuses unknown ones.
func outputFlag(output string) error {
	if output == "" {
		return errors.New("-output: name the output, such as company.net-income (-eval lists them all)")
	}
	return nil
}

// flagError names the flag of an engine's refusal: its fields ("lever",
// "output", "x", "y") are the flags' names, and its messages start with
// them.
func flagError(err error) error {
	var fe *calc.FieldError
	if errors.As(err, &fe) && strings.HasPrefix(fe.Message, fe.Field+":") {
		switch fe.Field {
		case "lever", "output", "x", "y":
			return errors.New("-" + fe.Message)
		}
	}
	return err
}
