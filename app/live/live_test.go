package live_test

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/app/live"
	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// A toy view: figures in rows, some in a nested group, one behind a
// pointer, and things the walk must step over.
type figure struct{ Name, Text string }

type group struct {
	Title   string
	Figures []figure
	hidden  []figure // unexported: not the view's to show
}

type view struct {
	Lead   figure
	Groups []group
	Extra  *figure
	Counts map[string]figure // maps are not walked
	Total  total
}

type total struct{ Text string }

var figureKind = &live.Kind{
	Of:    figure{},
	Tag:   "tr",
	Key:   func(v any) string { return "figure:" + v.(figure).Name },
	Attrs: func(any) []live.Attr { return []live.Attr{{Name: "class", Value: "row"}} },
	Inner: func(v any) string {
		f := v.(figure)
		return "<th>" + html.EscapeString(f.Name) + "</th><td>" + html.EscapeString(f.Text) + "</td>"
	},
	Patch: func(n live.Node, was, now any) {
		if w, f := was.(figure), now.(figure); w.Text != f.Text {
			n.Child(1).SetText(f.Text)
		}
	},
}

// totalKind has no Patch: a change writes it whole.
var totalKind = &live.Kind{
	Of:    total{},
	Tag:   "p",
	Key:   func(any) string { return "total" },
	Inner: func(v any) string { return html.EscapeString(v.(total).Text) },
}

func sample(texts ...string) view {
	v := view{
		Lead:   figure{"lead", texts[0]},
		Groups: []group{{Title: "a", Figures: []figure{{"a1", texts[1]}, {"a2", texts[2]}}, hidden: []figure{{"a1", "hidden"}}}},
		Extra:  &figure{"extra", texts[3]},
		Counts: map[string]figure{"m": {"lead", "from a map"}},
		Total:  total{texts[4]},
	}
	return v
}

// page pre-renders v as the server does: every value's element, as go-app
// writes the registry's elements off the browser.
func page(r *live.Registry, v view) string {
	var b strings.Builder
	b.WriteString("<html><head></head><body><table><tbody>")
	for _, f := range []figure{v.Lead, v.Groups[0].Figures[0], v.Groups[0].Figures[1], *v.Extra} {
		b.WriteString(app.HTMLString(r.UI(f)))
	}
	b.WriteString("</tbody></table>")
	b.WriteString(app.HTMLString(r.UI(v.Total)) + "</body></html>")
	return b.String()
}

func newRegistry() *live.Registry { return live.New(figureKind, totalKind) }

// mountAll binds every element of a parsed page to its key, as the page's
// components do when the browser mounts them.
func mountAll(t *testing.T, r *live.Registry, doc *html.Node, w *dom.Writes) {
	t.Helper()
	for key, n := range dom.Bound(doc) {
		target := r.Element(key, dom.Node{N: n, W: w})
		if target == nil {
			t.Fatalf("%s: no value has this key", key)
		}
		r.Bind(key, target, nil)
	}
}

// A page pre-rendered for one view, bound and updated to another, is the
// page pre-rendered for the other, and only what changed was written.
func TestUpdateShowsTheNewView(t *testing.T) {
	r := newRegistry()
	before := sample("1", "2", "3", "4", "5")
	r.Update(before)
	doc, err := dom.Parse(page(r, before))
	if err != nil {
		t.Fatal(err)
	}
	w := &dom.Writes{}
	mountAll(t, r, doc, w)
	mounted := w.N // each element written once, whole: its attributes and content
	if want := 4*2 + 1; mounted != want {
		t.Errorf("mounting wrote %d times, want %d", mounted, want)
	}
	after := sample("1", "20", "3", "40", "50")
	r.Update(after)
	if got, want := w.N-mounted, 3; got != want {
		t.Errorf("the update wrote %d times, want %d (two figures' cells and the total)", got, want)
	}
	r2 := newRegistry()
	r2.Update(after)
	if got, want := dom.Render(doc), page(r2, after); got != want {
		t.Errorf("updated page:\n%s\nwant the pre-render of the new view:\n%s", got, want)
	}
	r.Update(after)
	if got := w.N - mounted; got != 3 {
		t.Errorf("the same view again wrote %d more times, want none", got-3)
	}
}

// The walk finds the view's values in order, through slices and pointers,
// and not in unexported fields or maps.
func TestUpdateWalksTheView(t *testing.T) {
	r := newRegistry()
	var shown []string
	for _, key := range []string{"figure:lead", "figure:a1", "figure:a2", "figure:extra", "total"} {
		r.Bind(key, recorder{key, &shown}, nil)
	}
	r.Update(sample("1", "2", "3", "4", "5"))
	want := "figure:lead=1 figure:a1=2 figure:a2=3 figure:extra=4 total=5"
	if got := strings.Join(shown, " "); got != want {
		t.Errorf("shown %s, want %s", got, want)
	}
	shown = nil
	v := sample("1", "2", "3", "4", "5")
	v.Extra = nil
	r.Update(v)
	if len(shown) != 0 {
		t.Errorf("a value gone from the view was shown: %v", shown)
	}
	if r.Element("figure:extra", nil) != nil {
		t.Error("a value gone from the view still has its key")
	}
}

type recorder struct {
	key   string
	shown *[]string
}

func (r recorder) Show(was, now any) {
	text := ""
	switch v := now.(type) {
	case figure:
		text = v.Text
	case total:
		text = v.Text
	}
	*r.shown = append(*r.shown, r.key+"="+text)
}

// A target bound after the view is known is shown its value at once; one
// unbound is not shown again, and a later binding of its key replaces it.
func TestBindAndUnbind(t *testing.T) {
	r := newRegistry()
	r.Update(sample("1", "2", "3", "4", "5"))
	var shown []string
	first := r.Bind("total", recorder{"first", &shown}, nil)
	second := r.Bind("total", recorder{"second", &shown}, nil)
	r.Unbind(first) // replaced already: leaves the second bound
	r.Update(sample("1", "2", "3", "4", "6"))
	r.Unbind(second)
	r.Update(sample("1", "2", "3", "4", "7"))
	if got, want := strings.Join(shown, " "), "first=5 second=5 second=6"; got != want {
		t.Errorf("shown %s, want %s", got, want)
	}
}

// The server's HTML, the element UI gives off the browser, carries the key, the attributes escaped, and the
// content as the kind writes it.
func TestHTML(t *testing.T) {
	r := newRegistry()
	h := app.HTMLString(r.UI(figure{`a"b`, "<1>"}))
	if want := `<tr data-live="figure:a&#34;b" class="row"><th>a&#34;b</th><td>&lt;1&gt;</td></tr>`; h != want {
		t.Errorf("HTML = %s, want %s", h, want)
	}
}
