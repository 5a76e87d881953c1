package data

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestLoadEmbedded(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Tables) != 15 || len(r.Facts) != 18 {
		t.Errorf("%d tables and %d facts, want 15 and 18", len(r.Tables), len(r.Facts))
	}
	cases := []struct {
		table, row, column string
		printed, value     string
		places             int32
		unit               Unit
	}{
		{"reconciliation-silver", "gaap.inventory", "2006q1", "653", "653", 0, USDThousands},
		{"balance-sheet", "accumulated-deficit", "2007-03-31", "(319,517)", "-319517", 0, USDThousands},
		{"operations", "gain-on-investments", "2007q1", "- -", "0", 0, USDThousands},
		{"highlights", "basic-eps", "2007q1", "0.07", "0.07", 2, USDPerShare},
		{"production-summary", "silver.total-cash", "2007q1", "(1.12)", "-1.12", 2, USDPerOz},
		{"production-la-camorra", "gold-grade", "2006q1", "0.701", "0.701", 3, OzPerTon},
		{"reconciliation-gold", "divisor", "2006q1", "37", "37", 0, OzThousands},
	}
	for _, c := range cases {
		f, err := r.Figure(c.table, c.row, c.column)
		if err != nil {
			t.Errorf("%s/%s: %v", c.table, c.row, err)
			continue
		}
		if f.Printed != c.printed || !f.Value.Equal(decimal.RequireFromString(c.value)) || f.Places() != c.places {
			t.Errorf("%s/%s %s = %q %s (%d places), want %q %s (%d)", c.table, c.row, c.column,
				f.Printed, f.Value, f.Places(), c.printed, c.value, c.places)
		}
		tb, _ := r.Table(c.table)
		if row, _ := tb.Row(c.row); row.Unit != c.unit {
			t.Errorf("%s/%s: unit %s, want %s (a row's own unit, else its table's)", c.table, c.row, row.Unit, c.unit)
		}
	}
	if f, ok := r.Fact("gold-cost-divisor"); !ok || f.Ref != "reconciliation-gold/divisor" || f.Value != nil {
		t.Errorf("fact gold-cost-divisor: %+v", f)
	}
	if f, ok := r.Fact("greens-creek-share"); !ok || f.Value == nil || f.Value.Printed != "29.73" {
		t.Errorf("fact greens-creek-share: %+v", f)
	}
	if f, ok := r.Fact("operating-cash-before-exploration-non-gaap"); !ok || f.Ref != "operating-cash-before-exploration/total" {
		t.Errorf("fact operating-cash-before-exploration-non-gaap: %+v", f)
	}
	if f, ok := r.Fact("outlook-hollister-gain"); !ok || f.Value == nil || f.Value.Printed != "63" || f.Unit != USDMillions {
		t.Errorf("fact outlook-hollister-gain: %+v", f)
	}
}

func TestFigureLookupErrors(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ table, row, column, field string }{
		{"nope", "sales", "2007q1", "tables[nope]"},
		{"operations", "nope", "2007q1", "tables[operations].rows[nope]"},
		{"operations", "sales", "2007-03-31", "tables[operations].columns"},
	}
	for _, c := range cases {
		_, err := r.Figure(c.table, c.row, c.column)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("Figure(%s, %s, %s): %v, want a FieldError at %s", c.table, c.row, c.column, err, c.field)
		}
	}
}

// minimalJSON is the smallest dataset that loads; each malformed case below
// breaks it in one place.
const minimalJSON = `{
 "source": {"issuer": "I", "title": "T", "document": "D", "date": "2007-05-02", "file": "f"},
 "columns": {"q1": "Q1", "q2": "Q2"},
 "tables": [
  {"id": "t", "title": "Table", "anchor": "A", "columns": ["q1", "q2"], "unit": "usd-thousands",
   "rows": [
    {"id": "a", "label": "Row A", "values": ["1,234", "(5.6)"]},
    {"id": "b", "label": "Row B", "unit": "oz", "values": ["- -", "7"]}
   ]}
 ],
 "facts": [
  {"id": "f", "label": "F", "ref": "t/a", "quote": "first quote"},
  {"id": "v", "label": "V", "unit": "percent", "value": "29.73", "quote": "second quote"}
 ],
 "mines": [
  {"id": "la-camorra", "location": "Venezuela", "quote": "The mine in Venezuela", "share": "v", "production": "t", "reconciliation": "t"}
 ]
}`

func TestParseMinimal(t *testing.T) {
	r, err := Parse([]byte(minimalJSON))
	if err != nil {
		t.Fatal(err)
	}
	if f, err := r.Figure("t", "a", "q2"); err != nil || f.Printed != "(5.6)" || f.Places() != 1 {
		t.Errorf("t/a q2 = %+v, %v", f, err)
	}
}

func TestParseMalformed(t *testing.T) {
	cases := []struct {
		name, old, new string
		field, problem string
	}{
		{"bad JSON", minimalJSON, `{"source": `, "(file)", "not a dataset"},
		{"text after", minimalJSON, minimalJSON + ` {}`, "(file)", "after"},
		{"unknown field", `"columns": {`, `"extra": 1, "columns": {`, "(file)", `unknown field "extra"`},
		{"unknown row field", `{"id": "a",`, `{"id": "a", "colour": "red",`, "(file)", `unknown field "colour"`},
		{"number for a string", `"label": "Row A"`, `"label": 12`, "(file)", "not a dataset"},
		{"no source", `"source": {"issuer": "I", "title": "T", "document": "D", "date": "2007-05-02", "file": "f"}`, `"source": null`, "source", "required"},
		{"no columns", `"columns": {"q1": "Q1", "q2": "Q2"}`, `"columns": {}`, "columns", "required"},
		{"missing table id", `{"id": "t", `, `{`, "tables[0].id", "required"},
		{"null table title", `"title": "Table"`, `"title": null`, "tables[t].title", "required"},
		{"null anchor", `"anchor": "A"`, `"anchor": null`, "tables[t].anchor", "required"},
		{"undeclared column", `["q1", "q2"]`, `["q1", "q3"]`, "tables[t].columns", "q3"},
		{"unknown table unit", `"unit": "usd-thousands"`, `"unit": "usd"`, "tables[t].unit", "unknown unit"},
		{"missing row id", `{"id": "a", `, `{`, "tables[t].rows[0].id", "required"},
		{"null label", `"label": "Row A"`, `"label": null`, "tables[t].rows[a].label", "required"},
		{"unknown row unit", `"unit": "oz"`, `"unit": "ounces"`, "tables[t].rows[b].unit", "ounces"},
		{"too few values", `["- -", "7"]`, `["- -"]`, "tables[t].rows[b].values", "1 values for 2 columns"},
		{"too many values", `["- -", "7"]`, `["- -", "7", "8"]`, "tables[t].rows[b].values", "3 values for 2 columns"},
		{"short group", `"1,234"`, `"1,23"`, "tables[t].rows[a].values[q1]", "grouped"},
		{"open parenthesis", `"(5.6)"`, `"(12"`, "tables[t].rows[a].values[q2]", "parentheses"},
		{"two points", `"1,234"`, `"1.2.3"`, "tables[t].rows[a].values[q1]", "fraction"},
		{"minus sign", `"1,234"`, `"-1"`, "tables[t].rows[a].values[q1]", "not a number"},
		{"empty figure", `"1,234"`, `""`, "tables[t].rows[a].values[q1]", "not a number"},
		{"null figure", `"1,234"`, `null`, "tables[t].rows[a].values[q1]", "not a number"},
		{"duplicate row id", `{"id": "b"`, `{"id": "a"`, "tables[t].rows[a]", "duplicate row id"},
		{"duplicate table id", `"tables": [`, `"tables": [{"id": "t", "title": "X", "anchor": "A", "columns": ["q1"], "unit": "oz", "rows": [{"id": "x", "label": "X", "values": ["1"]}]},`, "tables[1]", "duplicate table id t"},
		{"no rows", "{\"id\": \"a\", \"label\": \"Row A\", \"values\": [\"1,234\", \"(5.6)\"]},\n    {\"id\": \"b\", \"label\": \"Row B\", \"unit\": \"oz\", \"values\": [\"- -\", \"7\"]}", "", "tables[t].rows", "at least one row"},
		{"duplicate fact id", `{"id": "v"`, `{"id": "f"`, "facts[f]", "duplicate fact id"},
		{"missing fact id", `{"id": "f", `, `{`, "facts[0].id", "required"},
		{"null quote", `"quote": "first quote"`, `"quote": null`, "facts[f].quote", "required"},
		{"ref to no table", `"t/a"`, `"x/a"`, "facts[f].ref", "no table x"},
		{"ref to no row", `"t/a"`, `"t/z"`, "facts[f].ref", "no row z"},
		{"ref without row", `"t/a"`, `"t/"`, "facts[f].ref", "table/row"},
		{"ref and value", `"ref": "t/a"`, `"ref": "t/a", "value": "1"`, "facts[f]", "exactly one"},
		{"null value", `"value": "29.73"`, `"value": null`, "facts[v]", "exactly one"},
		{"bad fact value", `"29.73"`, `"29,73"`, "facts[v].value", "grouped"},
		{"unknown fact unit", `"unit": "percent"`, `"unit": "pct"`, "facts[v].unit", "pct"},
		{"missing mine id", `{"id": "la-camorra", `, `{`, "mines[0].id", "required"},
		{"not the engine's mine", `"id": "la-camorra"`, `"id": "el-callao"`, "mines[el-callao].id", "lucky-friday, greens-creek, la-camorra"},
		{"duplicate mine", `"mines": [`, `"mines": [{"id": "la-camorra", "location": "V", "quote": "V", "production": "t", "reconciliation": "t"},`, "mines[la-camorra]", "duplicate mine id"},
		{"mine without location", `"location": "Venezuela", `, ``, "mines[la-camorra].location", "required"},
		{"mine without quote", `"quote": "The mine in Venezuela"`, `"quote": ""`, "mines[la-camorra].quote", "required"},
		{"location not quoted", `"location": "Venezuela"`, `"location": "Bolivar"`, "mines[la-camorra].location", `"Bolivar" is not in its quote`},
		{"mine's table missing", `"production": "t"`, `"production": "p"`, "mines[la-camorra].production", `no table "p"`},
		{"mine without reconciliation", `, "reconciliation": "t"`, ``, "mines[la-camorra].reconciliation", `no table ""`},
		{"share not a fact", `"share": "v"`, `"share": "w"`, "mines[la-camorra].share", `"w" is not a fact holding a percentage`},
		{"share a reference", `"share": "v"`, `"share": "f"`, "mines[la-camorra].share", `"f" is not a fact holding a percentage`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if n := strings.Count(minimalJSON, c.old); n != 1 {
				t.Fatalf("%q occurs %d times in minimalJSON, want once", c.old, n)
			}
			_, err := Parse([]byte(strings.Replace(minimalJSON, c.old, c.new, 1)))
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a *FieldError", err)
			}
			if fe.Field != c.field || !strings.Contains(fe.Problem, c.problem) {
				t.Errorf("got %s: %s; want field %s, problem mentioning %q", fe.Field, fe.Problem, c.field, c.problem)
			}
		})
	}
}

// Parse must refuse any input with a FieldError, never panic, and whatever it
// accepts must verify without panicking and keep its figures' text.
func FuzzParse(f *testing.F) {
	f.Add(releaseJSON)
	f.Add([]byte(minimalJSON))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Parse(b)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field == "" {
				t.Fatalf("error %v is not a FieldError naming a field", err)
			}
			return
		}
		for _, table := range r.Tables {
			for _, row := range table.Rows {
				for _, fig := range row.Values {
					again, err := ParseFigure(fig.Printed)
					if err != nil || !again.Value.Equal(fig.Value) {
						t.Fatalf("%s/%s: %q does not parse again to %s", table.ID, row.ID, fig.Printed, fig.Value)
					}
				}
			}
		}
		rep := Verify(r)
		if n := len(releaseIdentities()); rep.Checked < n {
			t.Fatalf("%d checks for %d identities", rep.Checked, n)
		}
	})
}

func FuzzParseFigure(f *testing.F) {
	for _, s := range []string{"1,234", "(1,749)", "- -", "0.07", "(1.12)", "0.591", "1,557,041", "653",
		"1,23", "(12", "1.2.3", "", "()", "(- -)", "1.", ".5", "-5", "1e3", "1 234", "12,345.678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := ParseFigure(s)
		if err != nil {
			return
		}
		if fig.Printed != s {
			t.Fatalf("ParseFigure(%q).Printed = %q", s, fig.Printed)
		}
		// The verifier judges at Places: the value must hold no digit beyond
		// them, and the release's notation of it must read back the same.
		p := fig.Places()
		if p < 0 || !fig.Value.Round(p).Equal(fig.Value) {
			t.Fatalf("ParseFigure(%q) = %s, more digits than its %d places", s, fig.Value, p)
		}
		back, err := ParseFigure(notation(fig.Value, p, ""))
		if err != nil || !back.Value.Equal(fig.Value) || back.Places() != p {
			t.Fatalf("%q: notation %q reads back as %+v, %v", s, notation(fig.Value, p, ""), back, err)
		}
	})
}

// Grouped writes a figure's digits as the release prints them, sign left out.
func TestGrouped(t *testing.T) {
	for _, c := range []struct {
		d      string
		places int32
		want   string
	}{
		{"1557041", 0, "1,557,041"}, {"999", 0, "999"}, {"1000", 0, "1,000"},
		{"-1234.5", 2, "1,234.50"}, {"0.125", 2, "0.13"}, {"-4.615", 2, "4.62"}, {"37.62", 0, "38"},
	} {
		if got := Grouped(decimal.RequireFromString(c.d), c.places); got != c.want {
			t.Errorf("Grouped(%s, %d) = %q, want %q", c.d, c.places, got, c.want)
		}
	}
}
