package live

import (
	"html"
	"reflect"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Attr is an attribute of a bound element.
type Attr struct{ Name, Value string }

// A Kind is how the view's values of one type are shown, each bound to one
// element of the page under its key. Of is a value of the type (its zero
// value will do); the functions are given values of that type, as any (a
// kind's functions assert it): a type parameter would make the program hold
// the registry's code once for each kind, which app.wasm would carry.
//
// Most kinds are written as HTML, by the server and the browser alike:
// pre-rendered, the element is Tag with Attrs and Inner; mounted in the
// browser, the element gets the same written; on an edit Patch writes what
// differs between the value shown and the new one (without a Patch, Attrs
// and Inner are written again). go-app lays out the element only, and never
// sees its content.
//
// A kind with Draw instead (the charts) is content go-app lays out: its
// element redraws when its value changes.
type Kind struct {
	Of    any
	Tag   string
	Key   func(v any) string
	Attrs func(v any) []Attr
	Inner func(v any) string
	Patch func(n Node, was, now any)
	Draw  func(v any) []app.UI
}

func (k *Kind) valueType() reflect.Type { return reflect.TypeOf(k.Of) }

func (k *Kind) attrs(v any) []Attr {
	if k.Attrs == nil {
		return nil
	}
	return k.Attrs(v)
}

// html is the element of v as the server writes it, with the key that
// binds it in the browser.
func (k *Kind) html(v any) string {
	var b strings.Builder
	b.WriteString("<" + k.Tag + ` data-live="` + html.EscapeString(k.Key(v)) + `"`)
	for _, a := range k.attrs(v) {
		b.WriteString(" " + a.Name + `="` + html.EscapeString(a.Value) + `"`)
	}
	b.WriteString(">" + k.Inner(v) + "</" + k.Tag + ">")
	return b.String()
}

// write shows now in n, which shows was (nil: nothing yet, as a new
// element in the browser).
func (k *Kind) write(n Node, was, now any) {
	if was == nil || k.Patch == nil {
		for _, a := range k.attrs(now) {
			n.SetAttr(a.Name, a.Value)
		}
		n.SetHTML(k.Inner(now))
		return
	}
	k.Patch(n, was, now)
}
