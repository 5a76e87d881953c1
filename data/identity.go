package data

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// kind is how an identity's right side combines its operands.
type kind int

const (
	kindSum        kind = iota // Σ operands
	kindSpan                   // Σ rows of the left table from the first operand through the second
	kindRatio                  // first / second
	kindWeighted               // Σ w·x / Σ w over (w, x) pairs
	kindThousandth             // Σ operands / 1,000
	// kindRemainder: Σ operands, where the printed total holds more than its
	// printed parts (the units' capital additions beside the company's); what
	// is left over is reported as a Remainder, not judged.
	kindRemainder
)

// identity: a printed figure (left) equals what its right side computes from
// other printed figures, in every column listed (all of left's by default).
type identity struct {
	kind    kind
	left    string
	right   []string
	columns []string
	rest    string // a remainder's name: what the parts leave out
}

func sum(left string, terms ...string) identity {
	return identity{kind: kindSum, left: left, right: terms}
}

func same(left, right string) identity { return sum(left, right) }

func span(left, first, last string) identity {
	return identity{kind: kindSpan, left: left, right: []string{first, last}}
}

func ratio(left, numerator, denominator string) identity {
	return identity{kind: kindRatio, left: left, right: []string{numerator, denominator}}
}

// weighted takes weight, value, weight, value ...
func weighted(left string, pairs ...string) identity {
	return identity{kind: kindWeighted, left: left, right: pairs}
}

// thousandth takes the figures, in thousands, whose sum the left side
// prints in millions or in thousands of ounces.
func thousandth(left string, xs ...string) identity {
	return identity{kind: kindThousandth, left: left, right: xs}
}

// remainder: left = Σ terms + rest, where rest names what no term holds.
func remainder(left, rest string, terms ...string) identity {
	return identity{kind: kindRemainder, left: left, right: terms, rest: rest}
}

// in limits the identity to some of its left table's columns.
func (id identity) in(columns ...string) identity {
	id.columns = columns
	return id
}

func each(rows []string, f func(string) identity) []identity {
	out := make([]identity, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out
}

func concat(groups ...[]identity) []identity {
	var out []identity
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// ref is one operand, resolved against the left side's table, or one of
// the facts, a figure the release's text states ("fact:id").
type ref struct {
	table, row string
	column     string // "" reads the column being checked
	neg        bool
	fact       string
}

func parseRef(s, home string) ref {
	var o ref
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		o.neg, s = true, rest
	}
	if id, ok := strings.CutPrefix(s, "fact:"); ok {
		o.fact = id
		return o
	}
	s, o.column, _ = strings.Cut(s, "@")
	if t, row, ok := strings.Cut(s, "/"); ok {
		o.table, o.row = t, row
	} else {
		o.table, o.row = home, s
	}
	return o
}

// check evaluates the identity in each of its columns, holding or not.
func (id identity) check(r *Release, n *namer) []Finding {
	left := parseRef(id.left, "")
	right, err := id.operands(r, left)
	name := id.left + " = " + strings.Join(id.right, ", ")
	if err == nil {
		name = n.describe(id, left, right)
	}
	columns := id.columns
	if t, ok := r.Table(left.table); ok && columns == nil {
		columns = t.Columns
	}
	if err != nil || len(columns) == 0 {
		switch {
		case err != nil:
		case left.fact != "":
			// A sentence states one figure: the identity says which column
			// of the tables it is read against.
			err = fmt.Errorf("fact %s: no column given", left.fact)
		default:
			err = fmt.Errorf("no table %s", left.table)
		}
		return []Finding{{Identity: name, Left: id.left, Column: "all", Class: Unverifiable, Problem: err.Error()}}
	}
	out := make([]Finding, 0, len(columns))
	for _, c := range columns {
		f := Finding{Identity: name, Left: id.left, Column: c}
		if err := f.judge(r, id.kind, left, right); err != nil {
			f.Class, f.Problem = Unverifiable, err.Error()
		}
		out = append(out, f)
	}
	return out
}

// operands resolves the right side, expanding a span into its rows.
func (id identity) operands(r *Release, left ref) ([]ref, error) {
	var out []ref
	for _, s := range id.right {
		out = append(out, parseRef(s, left.table))
	}
	if id.kind != kindSpan {
		return out, nil
	}
	t, ok := r.Table(left.table)
	if !ok {
		return nil, fmt.Errorf("no table %s", left.table)
	}
	from, to := -1, -1
	for i, row := range t.Rows {
		switch row.ID {
		case out[0].row:
			from = i
		case out[1].row:
			to = i
		}
	}
	if from < 0 || to < from {
		return nil, fmt.Errorf("no rows %s through %s in table %s", out[0].row, out[1].row, left.table)
	}
	out = out[:0]
	for _, row := range t.Rows[from : to+1] {
		out = append(out, ref{table: left.table, row: row.ID})
	}
	return out, nil
}

// judge computes the right side in column c as a quotient, so that rounding
// to the printed places is exact, and classifies the printed left side.
func (f *Finding) judge(r *Release, k kind, left ref, right []ref) error {
	value := func(o ref) (decimal.Decimal, error) {
		fig, err := o.figure(r, f.Column)
		if o.neg {
			return fig.Value.Neg(), err
		}
		return fig.Value, err
	}
	var err error
	if f.Printed, err = left.figure(r, f.Column); err != nil {
		return err
	}
	num, den := decimal.Zero, decimal.NewFromInt(1)
	vals := make([]decimal.Decimal, len(right))
	for i, o := range right {
		if vals[i], err = value(o); err != nil {
			return err
		}
	}
	switch k {
	case kindRatio:
		num, den = vals[0], vals[1]
	case kindWeighted:
		den = decimal.Zero
		for i := 0; i+1 < len(vals); i += 2 {
			num, den = num.Add(vals[i].Mul(vals[i+1])), den.Add(vals[i])
		}
	default:
		for _, v := range vals {
			num = num.Add(v)
		}
		if k == kindThousandth {
			den = decimal.NewFromInt(1000)
		}
	}
	if den.IsZero() {
		return fmt.Errorf("divides by zero in column %s", f.Column)
	}
	const runOn = 16
	places := f.Printed.Places()
	_, rem := num.QuoRem(den, runOn)
	f.Computed, f.Exact = num.DivRound(den, runOn), rem.IsZero()
	f.Rounded = num.DivRound(den, places)
	f.Difference = f.Printed.Value.Sub(f.Rounded).Shift(places)
	switch d := f.Difference.Abs().Cmp(decimal.NewFromInt(1)); {
	case d < 0:
		f.Class = Holds
	case k == kindRemainder:
		f.Class = Remainder
	case d == 0:
		f.Class = Rounding
	default:
		f.Class = Discrepancy
	}
	return nil
}

// figure reads an operand in column c: a table's row, in its own column if
// it pins one, or a fact's figure, which the text states once for all columns.
func (o ref) figure(r *Release, c string) (Figure, error) {
	if o.fact != "" {
		f, ok := r.Fact(o.fact)
		if !ok || f.Value == nil {
			return Figure{}, &FieldError{Field: "facts[" + o.fact + "]", Problem: "no such fact holding a figure"}
		}
		return *f.Value, nil
	}
	if o.column != "" {
		c = o.column
	}
	return r.Figure(o.table, o.row, c)
}
