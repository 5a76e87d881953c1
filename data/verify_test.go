package data

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The release's arithmetic as it stands. Any change to the dataset or to the
// identities that changes what is found must change this table.
var wantFindings = []struct {
	class    Class
	column   string
	identity string
	printed  string
	computed string
}{
	{Rounding, "2006q1", "Highlights: gross profit: silver operations = sales: silver operations - Silver operations: GAAP cost of sales", "9,986", "9,987"},
	{Rounding, "2006q1", "Highlights: gross profit: gold operations = sales: gold operations - Gold operations: GAAP cost of sales", "1,747", "1,746"},
	{Rounding, "2007q1", "Production summary: gold - ounces = La Camorra production: gold produced (oz.) + Greens Creek production: gold produced (oz.)", "36,330", "36,331"},
	{Discrepancy, "2006q1", "Production summary: gold - ounces = La Camorra production: gold produced (oz.) + Greens Creek production: gold produced (oz.)", "42,419", "42,348"},
	{Remainder, "2007q1", capexByUnit, "(7,875)", "(7,709)"},
	{Remainder, "2006q1", capexByUnit, "(7,885)", "(7,793)"},
	{Rounding, "2006q1", "Gold operations: divided by gold ounces produced = La Camorra production: gold produced (oz.) / 1,000", "37", "38 from 37.62"},
	{Discrepancy, "2006q1", "Silver operations: change in product inventory = Greens Creek + Lucky Friday", "653", "(253)"},
	{Discrepancy, "2006q1", "Silver operations: GAAP cost of sales = Greens Creek + Lucky Friday", "14,228", "13,322"},
}

// The units' capital additions leave out part of the company's.
const capexByUnit = "Cash flows: additions to properties, plants and equipment = -Lucky Friday production: capital additions (in thousands) - Greens Creek production: capital additions (in thousands) - La Camorra production: capital additions (in thousands) + additions no unit reports"

const wantSummary = "191 identities checked, 4 rounding, 3 discrepancies"

func mustVerify(t *testing.T, b []byte) Report {
	t.Helper()
	r, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return Verify(r)
}

func TestVerifyFindings(t *testing.T) {
	rep := mustVerify(t, releaseJSON)
	if len(rep.Findings) != len(wantFindings) {
		for _, f := range rep.Findings {
			t.Log(f)
		}
		t.Fatalf("%d findings, want %d", len(rep.Findings), len(wantFindings))
	}
	for i, w := range wantFindings {
		f := rep.Findings[i]
		got := []string{f.Class.String(), f.Column, f.Identity, f.Printed.Printed, f.computed()}
		want := []string{w.class.String(), w.column, w.identity, w.printed, w.computed}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("finding %d:\n got %q\nwant %q", i, got, want)
		}
	}
	if got := rep.Summary(); got != wantSummary {
		t.Errorf("summary %q, want %q", got, wantSummary)
	}
	if n := len(rep.Unverifiable()); n != 0 {
		t.Errorf("%d identities could not be checked against the embedded release", n)
	}
}

// A finding that reads the same for two identities could not be traced back.
func TestIdentityNamesAreDistinct(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seen, n := map[string]string{}, newNamer(r)
	for _, id := range releaseIdentities() {
		for _, f := range id.check(r, n) {
			key := f.Identity + " @" + f.Column
			if prev, dup := seen[key]; dup {
				t.Errorf("%q names both %s and %s", f.Identity, prev, id.left)
			}
			seen[key] = id.left
		}
	}
}

// A figure changed in the JSON bytes must surface as a new discrepancy that
// names the row changed, whether it is the judged side or an operand.
func TestVerifyCatchesBrokenCopy(t *testing.T) {
	before := map[string]bool{}
	for _, f := range mustVerify(t, releaseJSON).Findings {
		before[f.String()] = true
	}
	cases := []struct {
		old, new string
		column   string
		names    string
	}{
		{`"47,493"`, `"47,593"`, "2007-03-31", "Balance sheet: total current liabilities ="},
		{`"852,113"`, `"852,213"`, "2007q1", "Lucky Friday production: silver produced (oz.)"},
		{`"Total cash costs", "values": ["14,710", "13,209"]`, `"Total cash costs", "values": ["14,710", "13,299"]`,
			"2006q1", "Gold operations: reconciliation to GAAP: total cash costs = total cash costs"},
	}
	for _, c := range cases {
		if n := bytes.Count(releaseJSON, []byte(c.old)); n != 1 {
			t.Fatalf("%s occurs %d times in release.json, want once", c.old, n)
		}
		broken := bytes.Replace(releaseJSON, []byte(c.old), []byte(c.new), 1)
		var found []string
		for _, f := range mustVerify(t, broken).Discrepancies() {
			if !before[f.String()] && f.Column == c.column && strings.Contains(f.Identity, c.names) {
				found = append(found, f.String())
			}
		}
		if len(found) == 0 {
			t.Errorf("changing %s to %s: no new discrepancy in %s naming %q", c.old, c.new, c.column, c.names)
		}
	}
}

func TestVerifyReportsWhatItCannotCheck(t *testing.T) {
	zero := bytes.Replace(releaseJSON, []byte(`"values": ["31", "37"]`), []byte(`"values": ["- -", "37"]`), 1)
	rep := mustVerify(t, zero)
	got := rep.Unverifiable()
	if len(got) != 1 || got[0].Column != "2007q1" || !strings.Contains(got[0].Problem, "divides by zero") {
		t.Errorf("zero divisor: unverifiable %v", got)
	}
	if !strings.HasSuffix(rep.Summary(), ", 1 unverifiable") {
		t.Errorf("summary %q does not count the unverifiable check", rep.Summary())
	}

	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r.Tables = r.Tables[:1] // the highlights alone
	rep = Verify(r)
	if len(rep.Unverifiable()) == 0 || len(rep.Discrepancies()) != 0 {
		t.Errorf("tables missing: %d unverifiable, %d discrepancies", len(rep.Unverifiable()), len(rep.Discrepancies()))
	}
}

// The classification and its half-away-from-zero rounding, on a small
// dataset where the expected answer is plain.
func TestClassification(t *testing.T) {
	const doc = `{"source": {"issuer": "I", "title": "T", "date": "2007-05-02"},
	 "columns": {"q": "Q"},
	 "tables": [{"id": "t", "title": "T", "anchor": "A", "columns": ["q"], "unit": "usd-per-oz",
	  "rows": [%s]}]}`
	rows := func(figs ...string) []byte {
		var parts []string
		for i, f := range figs {
			parts = append(parts, fmt.Sprintf(`{"id": "%c", "label": "%c", "values": ["%s"]}`, 'a'+i, 'A'+i, f))
		}
		return []byte(fmt.Sprintf(doc, strings.Join(parts, ",")))
	}
	cases := []struct {
		id    identity
		figs  []string // rows a, b, c
		class Class
		diff  string
	}{
		{sum("t/c", "a", "b"), []string{"1.25", "1.25", "2.50"}, Holds, "0"},
		{sum("t/c", "a", "b"), []string{"1.25", "1.25", "2.51"}, Rounding, "1"},
		{sum("t/c", "a", "-b"), []string{"1.25", "1.25", "(0.01)"}, Rounding, "-1"},
		{sum("t/c", "a", "b"), []string{"1.25", "1.25", "2.48"}, Discrepancy, "-2"},
		{sum("t/c", "a", "b"), []string{"1.25", "1.25", "2.5"}, Holds, "0"},
		{sum("t/c", "a", "b"), []string{"1.25", "1.25", "3"}, Holds, "0"},
		{sum("t/c", "a", "b"), []string{"1.25", "1.25", "2"}, Rounding, "-1"},
		// -1/8 = -0.125: half a cent rounds away from zero.
		{ratio("t/c", "a", "b"), []string{"(1)", "8", "(0.13)"}, Holds, "0"},
		{ratio("t/c", "a", "b"), []string{"(1)", "8", "(0.12)"}, Rounding, "1"},
		{ratio("t/c", "a", "b"), []string{"1", "8", "0.13"}, Holds, "0"},
		{ratio("t/c", "a", "b"), []string{"2", "3", "0.67"}, Holds, "0"},
		{weighted("t/c", "a", "a", "b", "b"), []string{"1", "3", "2.50"}, Holds, "0"},
		{weighted("t/c", "a", "a", "b", "b"), []string{"1", "3", "2.49"}, Rounding, "-1"},
		{thousandth("t/c", "a"), []string{"1,500", "- -", "2"}, Holds, "0"},
		{thousandth("t/c", "a"), []string{"1,499", "- -", "2"}, Rounding, "1"},
	}
	for _, c := range cases {
		r, err := Parse(rows(c.figs...))
		if err != nil {
			t.Fatal(err)
		}
		fs := c.id.check(r, newNamer(r))
		if len(fs) != 1 || fs[0].Class != c.class || fs[0].Difference.String() != c.diff {
			t.Errorf("%v over %v: got %+v, want %v difference %s", c.id, c.figs, fs, c.class, c.diff)
		}
	}
}

func TestNotation(t *testing.T) {
	cases := []struct {
		v      string
		places int32
		more   string
		want   string
	}{
		{"-253", 0, "", "(253)"},
		{"13322", 0, "", "13,322"},
		{"-1.1233", 2, "", "(1.12)"},
		{"-1.1233", 4, "...", "(1.1233...)"},
		{"1234567.891", 2, "", "1,234,567.89"},
		{"999.5", 0, "", "1,000"},
		{"0", 0, "", "0"},
		{"-0.004", 2, "", "0.00"},
	}
	for _, c := range cases {
		got := notation(decimal.RequireFromString(c.v), c.places, c.more)
		if got != c.want {
			t.Errorf("notation(%s, %d) = %q, want %q", c.v, c.places, got, c.want)
		}
		if c.more != "" {
			continue
		}
		// What the verifier prints must read back as the release's notation.
		if f, err := ParseFigure(got); err != nil || !f.Value.Equal(decimal.RequireFromString(c.v).Round(c.places)) {
			t.Errorf("ParseFigure(%q) = %v, %v", got, f, err)
		}
	}
}

func TestWriteTo(t *testing.T) {
	var b strings.Builder
	rep := mustVerify(t, releaseJSON)
	n, err := rep.WriteTo(&b)
	if err != nil || n != int64(b.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, b.Len())
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if last := lines[len(lines)-1]; last != wantSummary {
		t.Errorf("last line %q, want %q", last, wantSummary)
	}
	if len(lines) != len(wantFindings)+1 {
		t.Errorf("%d lines, want a line per finding and the count", len(lines))
	}
}

func ExampleVerify() {
	r, err := Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := Verify(r).WriteTo(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// discrepancy  2006q1  Production summary: gold - ounces = La Camorra production: gold produced (oz.) + Greens Creek production: gold produced (oz.)   printed 42,419   computed 42,348   difference 71
	// discrepancy  2006q1  Silver operations: change in product inventory = Greens Creek + Lucky Friday   printed 653   computed (253)   difference 906
	// discrepancy  2006q1  Silver operations: GAAP cost of sales = Greens Creek + Lucky Friday   printed 14,228   computed 13,322   difference 906
	// rounding     2006q1  Highlights: gross profit: silver operations = sales: silver operations - Silver operations: GAAP cost of sales   printed 9,986   computed 9,987   difference -1
	// rounding     2006q1  Highlights: gross profit: gold operations = sales: gold operations - Gold operations: GAAP cost of sales   printed 1,747   computed 1,746   difference 1
	// rounding     2007q1  Production summary: gold - ounces = La Camorra production: gold produced (oz.) + Greens Creek production: gold produced (oz.)   printed 36,330   computed 36,331   difference -1
	// rounding     2006q1  Gold operations: divided by gold ounces produced = La Camorra production: gold produced (oz.) / 1,000   printed 37   computed 38 from 37.62   difference -1
	// remainder    2007q1  Cash flows: additions to properties, plants and equipment = -Lucky Friday production: capital additions (in thousands) - Greens Creek production: capital additions (in thousands) - La Camorra production: capital additions (in thousands) + additions no unit reports   printed (7,875)   parts (7,709)   remainder (166)
	// remainder    2006q1  Cash flows: additions to properties, plants and equipment = -Lucky Friday production: capital additions (in thousands) - Greens Creek production: capital additions (in thousands) - La Camorra production: capital additions (in thousands) + additions no unit reports   printed (7,885)   parts (7,793)   remainder (92)
	// 191 identities checked, 4 rounding, 3 discrepancies
}
