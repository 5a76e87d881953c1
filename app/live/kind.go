package live

import (
	"html"
	"reflect"
	"strings"
)

// Attr is an attribute of a bound element.
type Attr struct{ Name, Value string }

// A Kind is how the view's values of type D are shown, each bound to one
// element of the page under its key. Its HTML is written by the server and
// by the browser alike: pre-rendered, the element is Tag with Attrs and
// Inner; mounted in the browser, the element gets the same written; on an
// edit Patch writes what differs between the value shown and the new one
// (without a Patch, Attrs and Inner are written again). A kind with no Tag
// is shown by a component of its own (a Target), which draws it.
type Kind[D comparable] struct {
	Tag   string
	Key   func(D) string
	Attrs func(D) []Attr
	Inner func(D) string
	Patch func(n Node, was, now D)
}

// kind is a Kind of any type, as the registry holds it.
type kind interface {
	valueType() reflect.Type
	key(d any) string
	html(d any) (tag, outer string)
	write(n Node, was, now any)
}

func (k *Kind[D]) valueType() reflect.Type { return reflect.TypeFor[D]() }

func (k *Kind[D]) key(d any) string { return k.Key(d.(D)) }

// html is the element of d as the server writes it, with the key that
// binds it in the browser.
func (k *Kind[D]) html(d any) (tag, outer string) {
	v := d.(D)
	var b strings.Builder
	b.WriteString("<" + k.Tag + ` data-live="` + html.EscapeString(k.Key(v)) + `"`)
	for _, a := range k.attrs(v) {
		b.WriteString(" " + a.Name + `="` + html.EscapeString(a.Value) + `"`)
	}
	b.WriteString(">" + k.Inner(v) + "</" + k.Tag + ">")
	return k.Tag, b.String()
}

func (k *Kind[D]) attrs(v D) []Attr {
	if k.Attrs == nil {
		return nil
	}
	return k.Attrs(v)
}

// write shows now in n, which shows was (nil: nothing yet, as a new
// element in the browser).
func (k *Kind[D]) write(n Node, was, now any) {
	v := now.(D)
	if was == nil || k.Patch == nil {
		for _, a := range k.attrs(v) {
			n.SetAttr(a.Name, a.Value)
		}
		n.SetHTML(k.Inner(v))
		return
	}
	k.Patch(n, was.(D), v)
}
