package data

import "strings"

// Short names for tables, as a reader of the release calls them. The two
// unit tables of the production data are told apart from the unit
// reconciliations by "production".
var tableNames = map[string]string{
	"highlights":                        "Highlights",
	"production-summary":                "Production summary",
	"metal-prices":                      "Metal prices",
	"operating-cash-before-exploration": "Highlights note (2)",
	"operations":                        "Statement of operations",
	"balance-sheet":                     "Balance sheet",
	"cash-flows":                        "Cash flows",
	"production-lucky-friday":           "Lucky Friday production",
	"production-greens-creek":           "Greens Creek production",
	"production-la-camorra":             "La Camorra production",
	"reconciliation-gold":               "Gold operations",
	"reconciliation-silver":             "Silver operations",
	"reconciliation-greens-creek":       "Greens Creek",
	"reconciliation-lucky-friday":       "Lucky Friday",
	"reconciliation-all":                "All operations",
}

// The one label too long to repeat in every finding that names it.
var shortLabels = map[string]string{
	"Costs of sales and other direct production costs and depreciation, depletion and amortization (GAAP)": "GAAP cost of sales",
}

// namer words identities from one release's tables and labels.
type namer struct {
	r *Release
	// shared counts, per table, the rows sharing each short text.
	shared map[string]map[string]int
}

func newNamer(r *Release) *namer {
	return &namer{r: r, shared: map[string]map[string]int{}}
}

// describe words an identity from its tables' names and rows' labels, so a
// finding can be checked against the release without reading code.
func (n *namer) describe(id identity, left ref, right []ref) string {
	lhs := n.table(left.table) + ": " + n.text(left)
	if left.fact != "" {
		lhs = "Text: " + n.text(left)
	}
	switch id.kind {
	case kindRatio:
		return lhs + " = " + n.operand(right[0], left) + " / " + n.operand(right[1], left)
	case kindThousandth:
		if len(right) > 1 {
			return lhs + " = (" + n.sum(right, left) + ") / 1,000"
		}
		return lhs + " = " + n.operand(right[0], left) + " / 1,000"
	case kindWeighted:
		var tables []string
		for i := 1; i < len(right); i += 2 {
			tables = append(tables, n.table(right[i].table))
		}
		return lhs + " = " + strings.Join(tables, ", ") + ": " + n.text(right[1]) + " weighted by " + n.text(right[0])
	case kindSpan:
		if len(right) > 3 {
			return lhs + " = sum of the lines from " + n.operand(right[0], left) + " to " + n.operand(right[len(right)-1], left)
		}
	}
	if id.kind == kindRemainder {
		return lhs + " = " + n.sum(right, left) + " + " + id.rest
	}
	return lhs + " = " + n.sum(right, left)
}

// sum words operands added and subtracted.
func (n *namer) sum(right []ref, left ref) string {
	var b strings.Builder
	for i, o := range right {
		switch {
		case o.neg && i == 0:
			b.WriteString("-")
		case o.neg:
			b.WriteString(" - ")
		case i > 0:
			b.WriteString(" + ")
		}
		b.WriteString(n.operand(o, left))
	}
	return b.String()
}

func (n *namer) table(id string) string {
	if s, ok := tableNames[id]; ok {
		return s
	}
	if t, ok := n.r.Table(id); ok {
		return t.Title
	}
	return id
}

func (n *namer) label(o ref) string {
	if o.fact != "" {
		if f, ok := n.r.Fact(o.fact); ok {
			return f.Label
		}
		return o.fact
	}
	if t, ok := n.r.Table(o.table); ok {
		if row, ok := t.Row(o.row); ok {
			return row.Label
		}
	}
	return o.row
}

// text is a row's label without the reconciliations' group prefix, which
// every line of those tables shares, unless that makes it the same as
// another row's (their two "Total cash costs"): names must tell rows apart.
func (n *namer) text(o ref) string {
	s := shortText(n.label(o))
	if n.shared[o.table] == nil {
		counts := map[string]int{}
		if t, ok := n.r.Table(o.table); ok {
			for _, row := range t.Rows {
				counts[shortText(row.Label)]++
			}
		}
		n.shared[o.table] = counts
	}
	if n.shared[o.table][s] > 1 {
		return lowerWords(n.label(o))
	}
	return s
}

func shortText(label string) string {
	l := strings.TrimPrefix(label, "Reconciliation to GAAP: ")
	if s, ok := shortLabels[l]; ok {
		return s
	}
	return lowerWords(l)
}

// operand names a right-side figure relative to the left one: a row of the
// same table by its label; the same line of another table, as in the
// reconciliations' parallel columns, by the table alone; a fact as the
// text's.
func (n *namer) operand(o, left ref) string {
	var s string
	switch {
	case o.fact != "":
		// A sentence of the release, not a table.
		s = "Text: " + n.text(o)
	case o.table == left.table:
		s = n.text(o)
	case o.row == left.row && n.text(o) == n.text(left):
		s = n.table(o.table)
	default:
		s = n.table(o.table) + ": " + n.text(o)
	}
	if o.column != "" {
		s += " [" + o.column + "]"
	}
	return s
}

// lowerWords lowercases a label for use mid-sentence, keeping acronyms
// such as GAAP and LME.
func lowerWords(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if len(w) < 2 || strings.ToUpper(w) != w {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}
