// Package dom is a page parsed with golang.org/x/net/html, whose elements
// the live layer can write (live.Node) as it writes the browser's: for the
// tests that check, without a browser, that the page follows every edit.
package dom

import (
	"slices"
	"strings"

	"github.com/hecla-calc/calculator/app/live"
	"golang.org/x/net/html"
)

// Parse parses a page.
func Parse(page string) (*html.Node, error) { return html.Parse(strings.NewReader(page)) }

// Render is n as HTML.
func Render(n *html.Node) string {
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		return "<!-- " + err.Error() + " -->"
	}
	return b.String()
}

// Bound are root's elements that carry a live key (data-live), by key.
func Bound(root *html.Node) map[string]*html.Node {
	out := map[string]*html.Node{}
	for d := range root.Descendants() {
		if k, ok := Attr(d, "data-live"); ok && d.Type == html.ElementNode {
			out[k] = d
		}
	}
	return out
}

// Attr is n's attribute key, if it has it.
func Attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// Writes counts the writes made through the nodes that share it.
type Writes struct{ N int }

// Node is an element as the live layer writes it.
type Node struct {
	N *html.Node
	W *Writes
}

func (n Node) elements() []*html.Node {
	var out []*html.Node
	for c := range n.N.ChildNodes() {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// Child is the i-th element child; it panics if there is none, as a
// browser's script would fail.
func (n Node) Child(i int) live.Node { return Node{n.elements()[i], n.W} }

func (n Node) Last() live.Node {
	e := n.elements()
	return Node{e[len(e)-1], n.W}
}

func (n Node) clear() {
	for c := n.N.FirstChild; c != nil; c = n.N.FirstChild {
		n.N.RemoveChild(c)
	}
}

func (n Node) SetText(s string) {
	n.W.N++
	n.clear()
	if s != "" {
		n.N.AppendChild(&html.Node{Type: html.TextNode, Data: s})
	}
}

func (n Node) SetAttr(name, value string) {
	n.W.N++
	for i := range n.N.Attr {
		if n.N.Attr[i].Key == name {
			n.N.Attr[i].Val = value
			return
		}
	}
	n.N.Attr = append(n.N.Attr, html.Attribute{Key: name, Val: value})
}

// Attr is n's attribute name, "" where it has none.
func (n Node) Attr(name string) string {
	v, _ := Attr(n.N, name)
	return v
}

func (n Node) SetHTML(s string) {
	n.W.N++
	n.clear()
	n.append(s)
}

func (n Node) AppendHTML(s string) {
	n.W.N++
	n.append(s)
}

func (n Node) append(s string) {
	nodes, err := html.ParseFragment(strings.NewReader(s), n.N)
	if err != nil {
		panic(err)
	}
	for _, c := range nodes {
		n.N.AppendChild(c)
	}
}

func (n Node) Remove() {
	n.W.N++
	n.N.Parent.RemoveChild(n.N)
}

// Value is a text field's value, which a parsed page holds in its
// attribute.
func (n Node) Value() string {
	v, _ := Attr(n.N, "value")
	return v
}

func (n Node) SetValue(s string) { n.SetAttr("value", s) }

// Canonical is n as HTML in one form whatever the order of its elements'
// attributes (go-app writes them in a map's order) and its indentation:
// attributes sorted, each run of white space in a text one space, the text
// trimmed, and no text that is only white space.
func Canonical(n *html.Node) string {
	c := clone(n)
	return Render(c)
}

func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if n.Type == html.TextNode {
		c.Data = strings.Join(strings.Fields(n.Data), " ")
	}
	c.Attr = slices.Clone(n.Attr)
	slices.SortFunc(c.Attr, func(a, b html.Attribute) int { return strings.Compare(a.Namespace+" "+a.Key, b.Namespace+" "+b.Key) })
	for k := range n.ChildNodes() {
		if k.Type == html.TextNode && strings.TrimSpace(k.Data) == "" {
			continue
		}
		c.AppendChild(clone(k))
	}
	return c
}

// Text is the text n holds, its descendants' in order.
func Text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
