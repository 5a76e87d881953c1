package data

import (
	"fmt"
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// Mine is what the release says of one of the engine's mines beyond its
// figures: where it is, how much of it is Hecla's, and which of the
// release's tables print it. The engine knows the mine's name and metals.
type Mine struct {
	id       string // the engine's slug
	Location string
	// Share is Hecla's interest in percent, from the fact the mine cites;
	// nil where the release prints the mine's figures as Hecla's own.
	Share *Figure
	// Production is the mine's production-data table; Reconciliation the
	// reconciliation to GAAP that covers it, which for the only mine of a
	// segment is the segment's.
	Production, Reconciliation string
	quote                      string // the release's words that place it
}

// Mine returns the release's description of an engine's mine.
func (r *Release) Mine(m calc.Mine) (*Mine, bool) {
	for i := range r.mines {
		if r.mines[i].id == m.Slug() {
			return &r.mines[i], true
		}
	}
	return nil, false
}

// The file's shape of a mine: share is a fact's id, so the figure is held
// once, with its quote.
type fileMine struct {
	ID             string `json:"id"`
	Location       string `json:"location"`
	Quote          string `json:"quote"`
	Share          string `json:"share"`
	Production     string `json:"production"`
	Reconciliation string `json:"reconciliation"`
}

func (r *Release) parseMine(i int, fm fileMine) (Mine, error) {
	if fm.ID == "" {
		return Mine{}, &FieldError{Field: fmt.Sprintf("mines[%d].id", i), Problem: "required"}
	}
	at := "mines[" + fm.ID + "]"
	known := false
	var slugs []string
	for _, m := range calc.Mines() {
		known = known || m.Slug() == fm.ID
		slugs = append(slugs, m.Slug())
	}
	if !known {
		return Mine{}, &FieldError{Field: at + ".id", Problem: "not one of the engine's mines (" + strings.Join(slugs, ", ") + ")"}
	}
	for _, m := range r.mines {
		if m.id == fm.ID {
			return Mine{}, &FieldError{Field: at, Problem: "duplicate mine id"}
		}
	}
	switch {
	case fm.Location == "":
		return Mine{}, &FieldError{Field: at + ".location", Problem: "required"}
	case fm.Quote == "":
		return Mine{}, &FieldError{Field: at + ".quote", Problem: "required: the release's words that place the mine"}
	case !strings.Contains(fm.Quote, fm.Location):
		return Mine{}, &FieldError{Field: at + ".location", Problem: fmt.Sprintf("%q is not in its quote %q", fm.Location, fm.Quote)}
	}
	m := Mine{id: fm.ID, Location: fm.Location, Production: fm.Production, Reconciliation: fm.Reconciliation, quote: fm.Quote}
	for _, t := range []struct{ field, id string }{{"production", fm.Production}, {"reconciliation", fm.Reconciliation}} {
		if _, ok := r.Table(t.id); !ok {
			return Mine{}, &FieldError{Field: at + "." + t.field, Problem: fmt.Sprintf("no table %q", t.id)}
		}
	}
	if fm.Share != "" {
		f, ok := r.Fact(fm.Share)
		if !ok || f.Value == nil || f.Unit != Percent {
			return Mine{}, &FieldError{Field: at + ".share", Problem: fmt.Sprintf("%q is not a fact holding a percentage", fm.Share)}
		}
		m.Share = f.Value
	}
	return m, nil
}
