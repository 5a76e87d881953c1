package live

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Node is an element the live layer writes: the few DOM operations a
// kind's patch needs, so that a patch is the same code in the browser and
// in a Go test, where a node is an element of a parsed page.
type Node interface {
	// Child is the i-th element child; Last the last one.
	Child(i int) Node
	Last() Node
	SetText(s string)
	SetAttr(name, value string)
	// Attr is an attribute's value, "" where it has none: what a patch
	// keeps that the reader, not the view, set (a summary's tabindex).
	Attr(name string) string
	SetHTML(s string)
	// AppendHTML adds s after the last child.
	AppendHTML(s string)
	Remove()
	// Value and SetValue are a text field's value: what it holds as typed,
	// which is its property, not its attribute.
	Value() string
	SetValue(s string)
}

// jsNode is an element of the browser's page (a pointer, so that the
// program holds its methods once).
type jsNode struct{ v app.Value }

func (n *jsNode) Child(i int) Node           { return &jsNode{n.v.Get("children").Index(i)} }
func (n *jsNode) Last() Node                 { return &jsNode{n.v.Get("lastElementChild")} }
func (n *jsNode) SetText(s string)           { n.v.Set("textContent", s) }
func (n *jsNode) SetAttr(name, value string) { n.v.Call("setAttribute", name, value) }
func (n *jsNode) SetHTML(s string)           { n.v.Set("innerHTML", s) }
func (n *jsNode) AppendHTML(s string)        { n.v.Call("insertAdjacentHTML", "beforeend", s) }
func (n *jsNode) Remove()                    { n.v.Call("remove") }
func (n *jsNode) Value() string              { return n.v.Get("value").String() }
func (n *jsNode) SetValue(s string)          { n.v.Set("value", s) }

func (n *jsNode) Attr(name string) string {
	if v := n.v.Call("getAttribute", name); v.Truthy() {
		return v.String() // not null, which String writes as "<null>"
	}
	return ""
}

// DOM is the browser's element v, as a Node.
func DOM(v app.Value) Node { return &jsNode{v} }
