package ui

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/hecla-calc/calculator/internal/fixture"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// After a deletion the status line says what was deleted, with an Undo
// button in it; after the undo, only what was restored.
func TestSavedPanelOffersUndo(t *testing.T) {
	c := newCalculator(t, "")
	c.s.UseStore(fixture.KV{"hecla-calc:scenario:1": `{"v":1,"name":"Silver <b>20</b>","query":"silver=20","saved":"x"}`})
	c.s.Delete("hecla-calc:scenario:1")
	status := func() (text, undo string) {
		t.Helper()
		p := findClass(t, app.HTMLString(c.savedPanel()), "status")
		for n := range p.Descendants() {
			if id, _ := dom.Attr(n, "id"); id == "undo-delete" {
				undo = n.Data + " " + strings.TrimSpace(dom.Text(n))
			}
		}
		return strings.Join(strings.Fields(dom.Text(p)), " "), undo
	}
	if text, undo := status(); text != "Deleted “Silver <b>20</b>”. Undo" || undo != "button Undo" {
		t.Errorf("after Delete the status reads %q with %q, want “Deleted …” and an Undo button", text, undo)
	}
	c.s.UndoDelete()
	if text, undo := status(); text != "Restored “Silver <b>20</b>”." || undo != "" {
		t.Errorf("after Undo the status reads %q with %q, want “Restored …” alone", text, undo)
	}
	if got := len(c.s.Saved().List); got != 1 {
		t.Errorf("%d saved scenarios after the undo, want 1", got)
	}
}

// findClass is the first element of a fragment of HTML with class name
// among its classes.
func findClass(t *testing.T, fragment, name string) *html.Node {
	t.Helper()
	doc, err := dom.Parse(fragment)
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if class, ok := dom.Attr(n, "class"); ok && strings.Contains(" "+class+" ", " "+name+" ") {
			return n
		}
	}
	t.Fatalf("no element of class %s in %s", name, fragment)
	return nil
}
