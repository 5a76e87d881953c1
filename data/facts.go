package data

import "fmt"

// Fact is something the model needs from the release's text or footnotes.
// It holds either its own value or a reference to a row ("table/row").
type Fact struct {
	ID    string
	Label string
	Unit  Unit
	Value *Figure
	Ref   string
	Quote string
}

// Fact returns the fact with the given id.
func (r *Release) Fact(id string) (*Fact, bool) {
	for i := range r.Facts {
		if r.Facts[i].ID == id {
			return &r.Facts[i], true
		}
	}
	return nil, false
}

// The file's shape of a fact.
type fileFact struct {
	ID    string  `json:"id"`
	Label string  `json:"label"`
	Unit  Unit    `json:"unit"`
	Value *string `json:"value"`
	Ref   string  `json:"ref"`
	Quote string  `json:"quote"`
}

func (r *Release) parseFact(i int, ff fileFact) (Fact, error) {
	if ff.ID == "" {
		return Fact{}, &FieldError{Field: fmt.Sprintf("facts[%d].id", i), Problem: "required"}
	}
	at := "facts[" + ff.ID + "]"
	if _, dup := r.Fact(ff.ID); dup {
		return Fact{}, &FieldError{Field: at, Problem: "duplicate fact id"}
	}
	if ff.Quote == "" {
		return Fact{}, &FieldError{Field: at + ".quote", Problem: "required: the release's words this fact rests on"}
	}
	fact := Fact{ID: ff.ID, Label: ff.Label, Unit: ff.Unit, Ref: ff.Ref, Quote: ff.Quote}
	switch {
	case (ff.Value == nil) == (ff.Ref == ""):
		return Fact{}, &FieldError{Field: at, Problem: "give exactly one of value and ref"}
	case ff.Value != nil:
		if !ff.Unit.Known() {
			return Fact{}, &FieldError{Field: at + ".unit", Problem: fmt.Sprintf("unknown or missing unit %q", ff.Unit)}
		}
		fig, err := ParseFigure(*ff.Value)
		if err != nil {
			return Fact{}, &FieldError{Field: at + ".value", Problem: err.Error()}
		}
		fact.Value = &fig
	default:
		table, row, ok := cutRef(ff.Ref)
		if !ok {
			return Fact{}, &FieldError{Field: at + ".ref", Problem: "must be table/row"}
		}
		t, ok := r.Table(table)
		if !ok {
			return Fact{}, &FieldError{Field: at + ".ref", Problem: "no table " + table}
		}
		if _, ok := t.Row(row); !ok {
			return Fact{}, &FieldError{Field: at + ".ref", Problem: "no row " + row + " in table " + table}
		}
	}
	return fact, nil
}

func cutRef(ref string) (table, row string, ok bool) {
	for i := 0; i < len(ref); i++ {
		if ref[i] == '/' {
			return ref[:i], ref[i+1:], i > 0 && i < len(ref)-1
		}
	}
	return "", "", false
}
