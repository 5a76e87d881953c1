package data

import (
	"fmt"
	"strings"
	"testing"
)

// A remainder is reported whenever the parts fall short of or exceed the
// total, by however little, and is never a rounding or a discrepancy.
func TestRemainderClassification(t *testing.T) {
	const doc = `{"source": {"issuer": "I", "title": "T", "date": "2007-05-02"},
	 "columns": {"q": "Q"},
	 "tables": [{"id": "t", "title": "T", "anchor": "A", "columns": ["q"], "unit": "usd-thousands",
	  "rows": [{"id": "a", "label": "A", "values": ["%s"]}, {"id": "b", "label": "B", "values": ["%s"]},
	   {"id": "c", "label": "C", "values": ["%s"]}]}]}`
	cases := []struct {
		id      identity
		a, b, c string
		class   Class
		diff    string
	}{
		{remainder("t/c", "the rest", "a", "b"), "1", "2", "3", Holds, "0"},
		{remainder("t/c", "the rest", "a", "b"), "1", "2", "4", Remainder, "1"},
		{remainder("t/c", "the rest", "-a", "-b"), "2,936", "1,911", "(7,875)", Remainder, "-3028"},
		// Millions from thousands, summed first: 2,549 / 1,000 = 2.549.
		{thousandth("t/c", "a", "b"), "1,200", "1,349", "2.5", Holds, "0"},
		{thousandth("t/c", "a", "b"), "1,200", "1,349", "2.4", Rounding, "-1"},
	}
	for _, c := range cases {
		r, err := Parse([]byte(fmt.Sprintf(doc, c.a, c.b, c.c)))
		if err != nil {
			t.Fatal(err)
		}
		fs := c.id.check(r, newNamer(r))
		if len(fs) != 1 || fs[0].Class != c.class || fs[0].Difference.String() != c.diff {
			t.Errorf("%v over %s, %s, %s: got %+v, want %v difference %s", c.id, c.a, c.b, c.c, fs, c.class, c.diff)
		}
	}
}

// The text's figures are checked against the tables in the column the
// identity names; without one, or without the fact, nothing is checked and
// the finding says why.
func TestFactIdentities(t *testing.T) {
	r := loaded(t)
	n := newNamer(r)
	stated := thousandth("fact:stated-cash-and-short-term-investments", "balance-sheet/cash", "balance-sheet/short-term-investments")
	fs := stated.in("2007-03-31").check(r, n)
	const name = "Text: cash and short-term investments at the quarter's end ($ millions) = " +
		"(Balance sheet: cash and cash equivalents + Balance sheet: short-term investments and securities held for sale) / 1,000"
	if len(fs) != 1 || fs[0].Class != Holds || fs[0].Printed.Printed != "111.3" || fs[0].Computed.String() != "111.339" || fs[0].Identity != name {
		t.Errorf("the text's $111.3 million: %+v", fs)
	}
	if fs := stated.check(r, n); len(fs) != 1 || fs[0].Class != Unverifiable || !strings.Contains(fs[0].Problem, "no column") {
		t.Errorf("no column: %+v", fs)
	}
	missing := thousandth("fact:nope", "balance-sheet/cash").in("2007-03-31")
	if fs := missing.check(r, n); len(fs) != 1 || fs[0].Class != Unverifiable || !strings.Contains(fs[0].Problem, "facts[nope]") {
		t.Errorf("no such fact: %+v", fs)
	}
	// A finding's line shows the remainder in the release's notation.
	for _, f := range Verify(r).Remainders() {
		if !strings.HasSuffix(f.String(), map[string]string{"2007q1": "remainder (166)", "2006q1": "remainder (92)"}[f.Column]) {
			t.Errorf("%s", f)
		}
	}
}
