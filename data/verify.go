package data

import (
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// Class says how far a printed figure lies from what its identity computes
// from other printed figures, judged at the printed figure's precision.
type Class int

const (
	// Holds: equal once the computed side is rounded to the printed places.
	Holds Class = iota
	// Rounding: one unit of the last printed digit apart, as rounding each
	// figure on its own can leave them.
	Rounding
	// Discrepancy: further apart than rounding can explain.
	Discrepancy
	// Unverifiable: the identity names a figure the dataset lacks, or
	// divides by zero; kept apart so a broken dataset is never reported as
	// a release that adds up.
	Unverifiable
	// Remainder: a printed total beside parts the release never says make
	// all of it (the units' capital additions beside the company's): what
	// the parts leave out is reported, neither judged nor counted in the
	// summary's roundings and discrepancies.
	Remainder
)

var classNames = [...]string{"holds", "rounding", "discrepancy", "unverifiable", "remainder"}

func (c Class) String() string {
	if c < 0 || int(c) >= len(classNames) {
		return fmt.Sprintf("Class(%d)", int(c))
	}
	return classNames[c]
}

// Finding is the check of one identity in one column; a Report keeps those
// that did not hold.
type Finding struct {
	Identity string // the identity in words, naming its tables and rows
	Left     string // "table/row" of the printed figure judged
	Column   string // the column of Left's table checked
	Printed  Figure // the left side, as printed
	// Computed is the right side: exact when Exact, else to 16 places past
	// the point, its expansion running on.
	Computed decimal.Decimal
	Exact    bool
	// Rounded is the exact right side rounded half away from zero to
	// Printed's places: rounded once, never from Computed.
	Rounded decimal.Decimal
	// Difference is Printed − Rounded in units of Printed's last digit, so
	// that 1 means "one in the last place" whatever the figure's scale.
	Difference decimal.Decimal
	Class      Class
	Problem    string // why an Unverifiable identity could not be checked
}

func (f Finding) String() string {
	if f.Class == Unverifiable {
		return fmt.Sprintf("%-11s  %s  %s   %s", f.Class, f.Column, f.Identity, f.Problem)
	}
	if f.Class == Remainder {
		places := f.Printed.Places()
		return fmt.Sprintf("%-11s  %s  %s   printed %s   parts %s   remainder %s",
			f.Class, f.Column, f.Identity, f.Printed.Printed, f.computed(), notation(f.Printed.Value.Sub(f.Rounded), places, ""))
	}
	return fmt.Sprintf("%-11s  %s  %s   printed %s   computed %s   difference %s",
		f.Class, f.Column, f.Identity, f.Printed.Printed, f.computed(), f.Difference)
}

// computed shows the rounded right side and, when rounding changed it, what
// it was rounded from, so a reader can see why a difference is one unit.
func (f Finding) computed() string {
	places := f.Printed.Places()
	rounded := notation(f.Rounded, places, "")
	if f.Computed.Equal(f.Rounded) {
		return rounded
	}
	if f.Exact {
		return rounded + " from " + notation(f.Computed, decimalPlaces(f.Computed), "")
	}
	return rounded + " from " + notation(f.Computed, places+4, "...")
}

// Report is the outcome of Verify.
type Report struct {
	Checked  int       // identity × column checks made
	Findings []Finding // the checks that did not hold, in identity order
}

// Rounding returns the findings one unit in the last printed digit apart.
func (rep Report) Rounding() []Finding { return rep.of(Rounding) }

// Discrepancies returns the findings further apart than rounding explains.
func (rep Report) Discrepancies() []Finding { return rep.of(Discrepancy) }

// Unverifiable returns the identities the dataset could not supply.
func (rep Report) Unverifiable() []Finding { return rep.of(Unverifiable) }

// Remainders returns what printed totals hold beyond their printed parts.
func (rep Report) Remainders() []Finding { return rep.of(Remainder) }

func (rep Report) of(c Class) []Finding {
	var out []Finding
	for _, f := range rep.Findings {
		if f.Class == c {
			out = append(out, f)
		}
	}
	return out
}

// Summary is the count line. Remainders are counted among the checks but
// not named in it: they are no fault of the release, and the page shows
// the line under its list of roundings and discrepancies.
func (rep Report) Summary() string {
	s := fmt.Sprintf("%d identities checked, %d rounding, %d discrepancies",
		rep.Checked, len(rep.Rounding()), len(rep.Discrepancies()))
	if n := len(rep.Unverifiable()); n > 0 {
		s += fmt.Sprintf(", %d unverifiable", n)
	}
	return s
}

// WriteTo prints the findings, most serious first, the remainders last,
// then the count line.
func (rep Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	for _, c := range []Class{Unverifiable, Discrepancy, Rounding, Remainder} {
		for _, f := range rep.of(c) {
			b.WriteString(f.String() + "\n")
		}
	}
	b.WriteString(rep.Summary() + "\n")
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// Verify checks every identity in every column it applies to.
func Verify(r *Release) Report {
	var rep Report
	n := newNamer(r)
	for _, id := range releaseIdentities() {
		for _, f := range id.check(r, n) {
			rep.Checked++
			if f.Class != Holds {
				rep.Findings = append(rep.Findings, f)
			}
		}
	}
	return rep
}

// notation writes d as the release does: grouped thousands, parentheses for
// negatives, so a finding reads like the page it came from.
func notation(d decimal.Decimal, places int32, more string) string {
	d = d.Round(places)
	s := Grouped(d, places) + more
	if d.Sign() < 0 {
		return "(" + s + ")"
	}
	return s
}

// decimalPlaces counts d's digits after the point without trailing zeros.
func decimalPlaces(d decimal.Decimal) int32 {
	if _, frac, ok := strings.Cut(d.String(), "."); ok {
		return int32(len(frac))
	}
	return 0
}
