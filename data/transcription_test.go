package data

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The release as filed, to prove every figure of the dataset against.
const releaseText = "testdata/release.txt"

var (
	columnGap = regexp.MustCompile(` {2,}`)
	footnote  = regexp.MustCompile(`\(\d+\)`)
	unitGroup = regexp.MustCompile(`\(\$/[^)]*\)`)
)

// valueLine splits a table line into the text before its figures and its
// last two figures, the release's two columns. ok is false for lines that
// carry fewer than two tokens.
func valueLine(line string) (text string, values [2]string, ok bool) {
	var tokens []string
	for _, tok := range columnGap.Split(strings.TrimSpace(line), -1) {
		if tok != "$" && tok != "" {
			tokens = append(tokens, tok)
		}
	}
	n := len(tokens)
	if n < 2 {
		return "", values, false
	}
	return strings.Join(tokens[:n-2], " "), [2]string{tokens[n-2], tokens[n-1]}, true
}

// normalize drops what the release's lines and the dataset's labels write
// differently: footnote markers, unit groups, dollar signs, case, spacing.
func normalize(s string) string {
	s = footnote.ReplaceAllString(s, " ")
	s = unitGroup.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "$", " ")
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// labelEndsWith reports whether a label ends with a line's text at a word
// boundary: a wrapped label's last line is all the figures' line holds.
func labelEndsWith(label, text string) bool {
	return label == text || strings.HasSuffix(label, " "+text)
}

func readRelease(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(releaseText)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTranscription(t *testing.T) {
	text := readRelease(t)
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range r.Tables {
		if len(table.Columns) != 2 {
			t.Errorf("%s: %d columns; the release's tables have two", table.ID, len(table.Columns))
			continue
		}
		at := strings.Index(text, table.Anchor)
		if at < 0 {
			t.Errorf("%s: anchor %q not in the release", table.ID, table.Anchor)
			continue
		}
		lines := strings.Split(text[at:], "\n")
		next := 0
		for _, row := range table.Rows {
			want := [2]string{row.Values[0].Printed, row.Values[1].Printed}
			found, from := false, next
			for ; next < len(lines) && !found; next++ {
				lineText, values, ok := valueLine(lines[next])
				if !ok || values != want {
					continue
				}
				found = true
				got, label := normalize(lineText), normalize(row.Label)
				switch {
				case got == "" && !row.Unlabeled:
					t.Errorf("%s/%s: the line of %v has no label, the row is not marked unlabeled", table.ID, row.ID, want)
				case got != "" && row.Unlabeled:
					t.Errorf("%s/%s: marked unlabeled, the release labels it %q", table.ID, row.ID, lineText)
				case got != "" && !labelEndsWith(label, got):
					t.Errorf("%s/%s: label %q does not end with the release's %q", table.ID, row.ID, row.Label, lineText)
				}
			}
			if !found {
				t.Errorf("%s/%s: figures %v not found in order after %q", table.ID, row.ID, want, table.Anchor)
				next = from
			}
		}
	}
}

// A fact's quote, and a mine's (which its location must be in), is the
// release's own words, up to line breaks.
func TestQuotes(t *testing.T) {
	text := strings.Join(strings.Fields(readRelease(t)), " ")
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if q := strings.Join(strings.Fields(f.Quote), " "); !strings.Contains(text, q) {
			t.Errorf("fact %s: quote not in the release: %q", f.ID, f.Quote)
		}
		// A fact holding its own value must show it in its quote.
		if f.Value != nil && !strings.Contains(f.Quote, f.Value.Printed) {
			t.Errorf("fact %s: value %s not in its quote %q", f.ID, f.Value.Printed, f.Quote)
		}
	}
	for _, m := range r.mines {
		if q := strings.Join(strings.Fields(m.quote), " "); !strings.Contains(text, q) {
			t.Errorf("mine %s: quote not in the release: %q", m.id, m.quote)
		}
	}
}

func TestValueLine(t *testing.T) {
	cases := []struct {
		line, text string
		values     [2]string
		ok         bool
	}{
		{"Silver operations (1)                     $     33,100   $     24,215", "Silver operations (1)", [2]string{"33,100", "24,215"}, true},
		{"  Gain on sale of investments                      - -        (36,422)", "Gain on sale of investments", [2]string{"- -", "(36,422)"}, true},
		{"Basic and diluted income per common share $       0.07   $       0.32", "Basic and diluted income per common share $", [2]string{"0.07", "0.32"}, true},
		{"                                                36,723         28,057", "", [2]string{"36,723", "28,057"}, true},
		{"FINANCIAL DATA", "", [2]string{}, false},
	}
	for _, c := range cases {
		text, values, ok := valueLine(c.line)
		if text != c.text || values != c.values || ok != c.ok {
			t.Errorf("valueLine(%q) = %q, %q, %v", c.line, text, values, ok)
		}
	}
	if got := normalize("  Total cash costs ($/oz.) (3)  "); got != "total cash costs" {
		t.Errorf("normalize: %q", got)
	}
}
