package data

import (
	"errors"
	"testing"

	"github.com/hecla-calc/calculator/calc"
)

// Each of the engine's mines is placed, its share given where the release
// prints only Hecla's part of it, and tied to the tables that print it.
func TestEmbeddedMines(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := map[calc.Mine]struct{ location, share, production, reconciliation string }{
		calc.LuckyFriday: {"Idaho", "", "production-lucky-friday", "reconciliation-lucky-friday"},
		calc.GreensCreek: {"Alaska", "29.73", "production-greens-creek", "reconciliation-greens-creek"},
		calc.LaCamorra:   {"Venezuela", "", "production-la-camorra", "reconciliation-gold"},
	}
	for _, m := range calc.Mines() {
		d, ok := r.Mine(m)
		if !ok {
			t.Errorf("%s: not described", m.Slug())
			continue
		}
		share := ""
		if d.Share != nil {
			share = d.Share.Printed
		}
		w := want[m]
		if d.Location != w.location || share != w.share || d.Production != w.production || d.Reconciliation != w.reconciliation {
			t.Errorf("%s: %s, share %q, tables %s and %s; want %+v", m.Slug(), d.Location, share, d.Production, d.Reconciliation, w)
		}
	}
}

// The engine calibrates every mine it has: a dataset that does not describe
// one is refused, by name, rather than read from tables of no mine.
func TestModelNeedsEveryMine(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r.mines = r.mines[:1]
	_, err = r.Model()
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "mines[greens-creek]" {
		t.Errorf("Model() without Greens Creek: %v, want a FieldError at mines[greens-creek]", err)
	}
}
