//go:build !wasm

package main

import (
	"github.com/hecla-calc/calculator/internal/dom"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/internal/servetest"
	"golang.org/x/net/html"
)

// A live element's content in the browser is the live layer's: written as
// HTML when first drawn, then value by value as edits come (app/live). On
// the server the same kinds write the whole. After edits the two must still be the same
// page: every figure's row and every lever of a scenario typed in on the
// release's page (three levers changed, so a reset each, and La Camorra's
// break-even gone, so a note), against the pre-rendered page of its URL.
func TestBrowserBoundLeavesMatchThePrerender(t *testing.T) {
	const query = "silver=20&lucky-friday.tons=90000&la-camorra.grade=0.1"
	res, pre := servetest.Get(t, testServer(t)+"/?"+query)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /?%s: %s", query, res.Status)
	}
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")
	tb.typeInto(`input[name="silver"]`, "20")
	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.typeInto(`input[name="la-camorra.grade"]`, "0.1")
	tb.waitFigures(query)
	// A text field's typed value is its property, not its attribute; the
	// attribute is what the pre-rendered page has.
	live := js[string](tb, `(() => {
		document.querySelectorAll('input[type="text"]').forEach(i => i.setAttribute("value", i.value));
		return document.documentElement.outerHTML;
	})()`)

	want, got := boundParts(t, string(pre)), boundParts(t, live)
	if len(want) < 60 {
		t.Fatalf("the pre-rendered page has %d figure rows and levers; the test expects the whole page", len(want))
	}
	for key, w := range want {
		if g, ok := got[key]; !ok {
			t.Errorf("%s: pre-rendered, not in the browser", key)
		} else if g != w {
			t.Errorf("%s differs\nbrowser:      %s\npre-rendered: %s", key, g, w)
		}
	}
	for key := range got {
		if _, ok := want[key]; !ok {
			t.Errorf("%s: in the browser, not pre-rendered", key)
		}
	}
}

// boundParts are a page's figure rows (by metric) and levers (by key), each
// in a canonical form: attributes sorted, text between elements that is
// only white space left out, sliders without their value attribute.
func boundParts(t *testing.T, page string) map[string]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if key, ok := dom.Attr(n, "data-lever"); ok && n.Data == "div" {
			parts["lever "+key] = canonical(n)
		}
		if n.Data == "tr" {
			for d := range n.Descendants() {
				if m, ok := dom.Attr(d, "data-metric"); ok && d.Data == "output" {
					parts["figure "+m] = canonical(n)
				}
			}
		}
	}
	return parts
}

func canonical(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				b.WriteString(html.EscapeString(n.Data))
			}
		case html.ElementNode:
			attrs := slices.DeleteFunc(slices.Clone(n.Attr), func(a html.Attribute) bool {
				// A slider's value attribute is where it started; where it
				// stands is its property, which a step rounds.
				typ, _ := dom.Attr(n, "type")
				return n.Data == "input" && typ == "range" && a.Key == "value"
			})
			slices.SortFunc(attrs, func(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) })
			b.WriteString("<" + n.Data)
			for _, a := range attrs {
				b.WriteString(" " + a.Key + "=\"" + html.EscapeString(a.Val) + "\"")
			}
			b.WriteString(">")
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			b.WriteString("</" + n.Data + ">")
		}
	}
	walk(n)
	return b.String()
}

// What redraws the whole page hands the leaves their new fields: a price
// deck, pinning the scenario, the pin's mode; and a pinned comparison's
// cells then follow each edit.
func TestBrowserDecksAndPinnedComparison(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")
	query := func() string { return strings.TrimPrefix(js[string](tb, `location.search`), "?") }
	figureText := func(metric string) string {
		return js[string](tb, `document.querySelector('[data-metric="`+metric+`"]').textContent`)
	}

	tb.do("clicking the high deck", chromedp.Click(chromedp.CSS(`button[data-deck="high"]`)))
	tb.poll("the address bar holds the deck's prices", func() (bool, string) {
		q := query()
		return strings.Contains(q, "silver=") && strings.Contains(q, "zinc="), "the query is " + q
	})
	tb.waitFigures(query())
	pinned := figureText("company.gross-profit")

	tb.do("pinning the scenario", chromedp.Click(chromedp.CSS(`#pin`)))
	const row = `table.pinned tbody tr:first-child`
	cell := func(sel string) string {
		return js[string](tb, `(document.querySelector('`+row+` `+sel+`') || {}).textContent || ""`)
	}
	tb.poll("the pinned comparison appears", func() (bool, string) {
		return cell("td.base") == pinned && cell("td.value") == pinned, "pinned " + cell("td.base") + ", current " + cell("td.value")
	})

	tb.typeInto(`input[name="silver"]`, "25")
	tb.poll("the address bar holds silver=25", func() (bool, string) {
		q, _ := url.ParseQuery(query()) // it follows at go-app's next frame
		return q.Get("silver") == "25", "the query is " + query()
	})
	tb.waitFigures(query())
	current := figureText("company.gross-profit")
	if current == pinned {
		t.Fatalf("silver at $25 left company gross profit at %s", current)
	}
	tb.poll("the comparison follows the edit", func() (bool, string) {
		return cell("td.value") == current && cell("td.base") == pinned && strings.HasPrefix(cell("td.change"), "+$"),
			"pinned " + cell("td.base") + ", current " + cell("td.value") + ", change " + cell("td.change")
	})

	tb.do("showing the change in percent", chromedp.Click(chromedp.CSS(`input[name="pin-mode"][value="percent"]`)))
	tb.poll("the change is in percent", func() (bool, string) {
		c := cell("td.change")
		return strings.HasPrefix(c, "+") && strings.HasSuffix(c, "%"), "the change reads " + c
	})
}
