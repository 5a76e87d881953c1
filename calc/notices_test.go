package calc_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/fixture"
)

// megabyte is a query of parts repeated to about 1 MiB, as one link or
// address bar may hold.
func megabyte(part string) string {
	return strings.Repeat(part+"&", (1<<20)/(len(part)+1))
}

// distinctKeys is a query of n unknown keys, each a new one.
func distinctKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d=1&", i)
	}
	return b.String()
}

// TestDecodeNoticeCap: a query of a megabyte of bad parts gives the first
// MaxNotices notices, then one that counts the rest, and allocates no more
// than a query of a few bad parts does.
func TestDecodeNoticeCap(t *testing.T) {
	m := fixture.Model(t)
	cases := []struct {
		name  string
		query string
		parts int       // bad parts in the query
		code  calc.Code // of the notices kept
		key   string    // of the first notice
	}{
		{"repeated unknown key", megabyte("x=1"), 262144, calc.UnknownKey, "x"},
		{"parts without a value", megabyte("a"), 524288, calc.MissingValue, "a"},
		{"parts without a key", megabyte("=5"), 349525, calc.MissingKey, ""},
		{"repeated lever", "silver=20&" + megabyte("silver=1"), 116508, calc.Duplicate, "silver"},
		{"bad escapes", megabyte("%zz=1"), 174762, calc.BadEscape, "%zz"},
		{"distinct unknown keys", distinctKeys(100000), 100000, calc.UnknownKey, "k0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, notices := m.Decode(c.query, nil)
			if len(notices) != calc.MaxNotices+1 {
				t.Fatalf("%d notices, want %d", len(notices), calc.MaxNotices+1)
			}
			for i, n := range notices[:calc.MaxNotices] {
				if n.Code != c.code {
					t.Errorf("notice %d: %+v, want code %s", i, n, c.code)
				}
			}
			if notices[0].Key != c.key {
				t.Errorf("first notice on %q, want %q", notices[0].Key, c.key)
			}
			more := notices[calc.MaxNotices]
			if want := strconv.Itoa(c.parts - calc.MaxNotices); more.Code != calc.MoreNotices || more.Value != want {
				t.Errorf("last notice %+v, want %s with value %s", more, calc.MoreNotices, want)
			}
			if !strings.Contains(more.Message, more.Value) {
				t.Errorf("the last notice's message %q does not say how many", more.Message)
			}
			if c.code == calc.Duplicate && m.Encode(s) != "silver=1" {
				t.Errorf("scenario %q, want the last silver=1", m.Encode(s))
			}

			small := c.query[:strings.Index(c.query[200:], "&")+201]
			smallAllocs := testing.AllocsPerRun(3, func() { m.Decode(small, nil) })
			bigAllocs := testing.AllocsPerRun(3, func() { m.Decode(c.query, nil) })
			if bigAllocs > smallAllocs+5 {
				t.Errorf("%.0f allocations for %d bytes of query, %.0f for its first %d: Decode allocates per part", bigAllocs, len(c.query), smallAllocs, len(small))
			}
		})
	}
}

// TestNoticeText: a notice quotes at most a short piece of a huge key or
// value, cut at a character boundary.
func TestNoticeText(t *testing.T) {
	m := fixture.Model(t)
	long := strings.Repeat("é", 1000)
	for _, q := range []string{long + "=1", "silver=%zz" + long, "=" + long} {
		_, notices := m.Decode(q, nil)
		if len(notices) != 1 {
			t.Fatalf("%d notices", len(notices))
		}
		n := notices[0]
		for _, s := range []string{n.Key, n.Value, n.Message} {
			if len(s) > 200 || !utf8.ValidString(s) {
				t.Errorf("notice %+v: %d bytes, or not UTF-8", n, len(s))
			}
		}
		if !strings.HasSuffix(n.Key, "…") && !strings.HasSuffix(n.Value, "…") {
			t.Errorf("notice %+v does not mark the cut", n)
		}
	}
}

// TestJoinNotices: two capped lists joined hold MaxNotices in full and
// count the rest of both.
func TestJoinNotices(t *testing.T) {
	m := fixture.Model(t)
	_, a := m.Decode(megabyte("x=1")[:100], nil) // 25 parts
	_, b := m.Decode("y=1&z=1&w=1", nil)
	cases := []struct {
		name  string
		lists [][]calc.Notice
		kept  int
		more  string // "" for no MoreNotices notice
	}{
		{"both short", [][]calc.Notice{b, b}, 6, ""},
		{"to the cap", [][]calc.Notice{b[:2], a[:18]}, 20, ""},
		{"capped, then more", [][]calc.Notice{a, b}, 20, "8"},
		{"more, then capped", [][]calc.Notice{b, a}, 20, "8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := calc.JoinNotices(c.lists...)
			more := ""
			if last := got[len(got)-1]; last.Code == calc.MoreNotices {
				more, got = last.Value, got[:len(got)-1]
			}
			if len(got) != c.kept || more != c.more {
				t.Errorf("%d kept and %q more, want %d and %q", len(got), more, c.kept, c.more)
			}
			if got[0] != c.lists[0][0] {
				t.Errorf("first notice %+v, want %+v", got[0], c.lists[0][0])
			}
		})
	}
}

// TestLeverByKey: every lever is found by its own key, and nothing else is
// a key.
func TestLeverByKey(t *testing.T) {
	for _, l := range calc.Levers() {
		if got, ok := calc.LeverByKey(l.Key()); !ok || got != l {
			t.Errorf("LeverByKey(%q) = %v, %v; want %v", l.Key(), got, ok, l)
		}
	}
	for _, k := range []string{"", ".", "silver.tons", "lucky-friday", "lucky-friday.", "lucky-friday.price", "copper", "opex.tons", "Silver", "la-camorra.tons.x"} {
		if l, ok := calc.LeverByKey(k); ok {
			t.Errorf("LeverByKey(%q) = %v, want none", k, l)
		}
	}
}
