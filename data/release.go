package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
)

// Source cites the release once for the whole dataset.
type Source struct {
	Issuer   string `json:"issuer"`
	Title    string `json:"title"`
	Document string `json:"document"`
	Date     string `json:"date"`
	File     string `json:"file"`
}

// Row is one line of a table: its label as the release prints it, its unit
// and one figure per column of its table.
type Row struct {
	ID    string
	Label string
	// Unlabeled marks a subtotal the release prints without a label; Label
	// then is ours.
	Unlabeled bool
	Unit      Unit
	Values    []Figure
}

// Table is one of the release's tables, or one block of a table.
type Table struct {
	ID      string
	Title   string
	Anchor  string // text that opens the table in the release, to find it again
	Columns []string
	Rows    []Row
}

// Release is the whole dataset.
type Release struct {
	Source  Source
	Columns map[string]string // column id -> the release's heading
	Tables  []Table
	Facts   []Fact
	mines   []Mine // in the file's order; Mine finds one
}

// Table returns the table with the given id.
func (r *Release) Table(id string) (*Table, bool) {
	for i := range r.Tables {
		if r.Tables[i].ID == id {
			return &r.Tables[i], true
		}
	}
	return nil, false
}

// Row returns the row with the given id.
func (t *Table) Row(id string) (*Row, bool) {
	for i := range t.Rows {
		if t.Rows[i].ID == id {
			return &t.Rows[i], true
		}
	}
	return nil, false
}

// Column returns the position of a column id in the table.
func (t *Table) Column(id string) (int, bool) {
	for i, c := range t.Columns {
		if c == id {
			return i, true
		}
	}
	return 0, false
}

// Figure returns one printed figure, or a FieldError naming what is missing.
func (r *Release) Figure(table, row, column string) (Figure, error) {
	t, ok := r.Table(table)
	if !ok {
		return Figure{}, &FieldError{Field: "tables[" + table + "]", Problem: "no such table"}
	}
	rw, ok := t.Row(row)
	if !ok {
		return Figure{}, &FieldError{Field: "tables[" + table + "].rows[" + row + "]", Problem: "no such row"}
	}
	c, ok := t.Column(column)
	if !ok {
		return Figure{}, &FieldError{Field: "tables[" + table + "].columns", Problem: "no column " + column}
	}
	return rw.Values[c], nil
}

// FieldError says which field of the dataset is wrong and why.
type FieldError struct {
	Field   string
	Problem string
}

func (e *FieldError) Error() string { return "data: " + e.Field + ": " + e.Problem }

// The file's shape; strings everywhere, so nothing is lost before Parse checks it.
type (
	fileRelease struct {
		Source  *Source           `json:"source"`
		Columns map[string]string `json:"columns"`
		Tables  []fileTable       `json:"tables"`
		Facts   []fileFact        `json:"facts"`
		Mines   []fileMine        `json:"mines"`
	}
	fileTable struct {
		ID      string    `json:"id"`
		Title   string    `json:"title"`
		Anchor  string    `json:"anchor"`
		Columns []string  `json:"columns"`
		Unit    Unit      `json:"unit"`
		Rows    []fileRow `json:"rows"`
	}
	fileRow struct {
		ID        string   `json:"id"`
		Label     string   `json:"label"`
		Unlabeled bool     `json:"unlabeled"`
		Unit      Unit     `json:"unit"`
		Values    []string `json:"values"`
	}
)

// Parse reads a dataset file. It never panics: any problem comes back as a
// *FieldError naming the field (by id where the id is known) and the rule.
func Parse(b []byte) (*Release, error) {
	f, err := decode(b)
	if err != nil {
		return nil, err
	}
	return build(f)
}

// decode reads the file's shape and nothing more: every rule on its content
// is build's, so that a file already decoded (release_gen.go) meets the same
// ones.
func decode(b []byte) (fileRelease, error) {
	var f fileRelease
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return fileRelease{}, &FieldError{Field: "(file)", Problem: "not a dataset: " + err.Error()}
	}
	if dec.More() {
		return fileRelease{}, &FieldError{Field: "(file)", Problem: "text after the dataset's closing brace"}
	}
	return f, nil
}

// build checks a decoded file and makes its release. The release shares no
// map or slice with f, which may be the package's one generated value.
func build(f fileRelease) (*Release, error) {
	if f.Source == nil || f.Source.Issuer == "" || f.Source.Title == "" || f.Source.Date == "" {
		return nil, &FieldError{Field: "source", Problem: "issuer, title and date are required"}
	}
	if len(f.Columns) == 0 {
		return nil, &FieldError{Field: "columns", Problem: "at least one column is required"}
	}
	// Copied by hand: maps.Clone would bring the runtime's map cloning into
	// app.wasm for four entries.
	columns := make(map[string]string, len(f.Columns))
	for k, v := range f.Columns {
		columns[k] = v
	}
	r := &Release{Source: *f.Source, Columns: columns}
	seen := map[string]bool{}
	for i, ft := range f.Tables {
		t, err := parseTable(i, ft, f.Columns)
		if err != nil {
			return nil, err
		}
		if seen[t.ID] {
			return nil, &FieldError{Field: fmt.Sprintf("tables[%d]", i), Problem: "duplicate table id " + t.ID}
		}
		seen[t.ID] = true
		r.Tables = append(r.Tables, t)
	}
	for i, ff := range f.Facts {
		fact, err := r.parseFact(i, ff)
		if err != nil {
			return nil, err
		}
		r.Facts = append(r.Facts, fact)
	}
	for i, fm := range f.Mines {
		m, err := r.parseMine(i, fm)
		if err != nil {
			return nil, err
		}
		r.mines = append(r.mines, m)
	}
	return r, nil
}

func parseTable(i int, ft fileTable, columns map[string]string) (Table, error) {
	if ft.ID == "" {
		return Table{}, &FieldError{Field: fmt.Sprintf("tables[%d].id", i), Problem: "required"}
	}
	at := "tables[" + ft.ID + "]"
	if ft.Title == "" {
		return Table{}, &FieldError{Field: at + ".title", Problem: "required"}
	}
	if ft.Anchor == "" {
		return Table{}, &FieldError{Field: at + ".anchor", Problem: "required, to find the table in the release"}
	}
	if len(ft.Columns) == 0 {
		return Table{}, &FieldError{Field: at + ".columns", Problem: "at least one column is required"}
	}
	for _, c := range ft.Columns {
		if _, ok := columns[c]; !ok {
			return Table{}, &FieldError{Field: at + ".columns", Problem: fmt.Sprintf("column %q is not declared in the file's columns (have %v)", c, sortedKeys(columns))}
		}
	}
	if ft.Unit != "" && !ft.Unit.Known() {
		return Table{}, &FieldError{Field: at + ".unit", Problem: fmt.Sprintf("unknown unit %q", ft.Unit)}
	}
	t := Table{ID: ft.ID, Title: ft.Title, Anchor: ft.Anchor, Columns: slices.Clone(ft.Columns)}
	seen := map[string]bool{}
	for j, fr := range ft.Rows {
		if fr.ID == "" {
			return Table{}, &FieldError{Field: fmt.Sprintf("%s.rows[%d].id", at, j), Problem: "required"}
		}
		rat := at + ".rows[" + fr.ID + "]"
		if seen[fr.ID] {
			return Table{}, &FieldError{Field: rat, Problem: "duplicate row id"}
		}
		seen[fr.ID] = true
		if fr.Label == "" {
			return Table{}, &FieldError{Field: rat + ".label", Problem: "required"}
		}
		unit := fr.Unit
		if unit == "" {
			unit = ft.Unit
		}
		if !unit.Known() {
			return Table{}, &FieldError{Field: rat + ".unit", Problem: fmt.Sprintf("unknown or missing unit %q (the row and its table give none that is known)", unit)}
		}
		if len(fr.Values) != len(ft.Columns) {
			return Table{}, &FieldError{Field: rat + ".values", Problem: fmt.Sprintf("%d values for %d columns", len(fr.Values), len(ft.Columns))}
		}
		row := Row{ID: fr.ID, Label: fr.Label, Unlabeled: fr.Unlabeled, Unit: unit}
		for k, v := range fr.Values {
			fig, err := ParseFigure(v)
			if err != nil {
				return Table{}, &FieldError{Field: rat + ".values[" + ft.Columns[k] + "]", Problem: err.Error()}
			}
			row.Values = append(row.Values, fig)
		}
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		return Table{}, &FieldError{Field: at + ".rows", Problem: "a table needs at least one row"}
	}
	return t, nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
