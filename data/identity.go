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
	kindThousandth             // first / 1,000
)

// identity: a printed figure (left) equals what its right side computes from
// other printed figures, in every column listed (all of left's by default).
type identity struct {
	kind    kind
	left    string
	right   []string
	columns []string
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

func thousandth(left, x string) identity {
	return identity{kind: kindThousandth, left: left, right: []string{x}}
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

// ref is one operand, resolved against the left side's table.
type ref struct {
	table, row string
	column     string // "" reads the column being checked
	neg        bool
}

func parseRef(s, home string) ref {
	var o ref
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		o.neg, s = true, rest
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
		name = n.describe(id.kind, left, right)
	}
	columns := id.columns
	if t, ok := r.Table(left.table); ok && columns == nil {
		columns = t.Columns
	}
	if err != nil || len(columns) == 0 {
		if err == nil {
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
		c := o.column
		if c == "" {
			c = f.Column
		}
		fig, err := r.Figure(o.table, o.row, c)
		if o.neg {
			return fig.Value.Neg(), err
		}
		return fig.Value, err
	}
	var err error
	if f.Printed, err = r.Figure(left.table, left.row, f.Column); err != nil {
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
	case kindThousandth:
		num, den = vals[0], decimal.NewFromInt(1000)
	case kindWeighted:
		den = decimal.Zero
		for i := 0; i+1 < len(vals); i += 2 {
			num, den = num.Add(vals[i].Mul(vals[i+1])), den.Add(vals[i])
		}
	default:
		for _, v := range vals {
			num = num.Add(v)
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
	switch f.Difference.Abs().Cmp(decimal.NewFromInt(1)) {
	case -1:
		f.Class = Holds
	case 0:
		f.Class = Rounding
	default:
		f.Class = Discrepancy
	}
	return nil
}
