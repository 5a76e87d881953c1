package live

import (
	"html"
	"reflect"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Attr is an attribute of a bound element.
type Attr struct{ Name, Value string }

// A Kind is how the view's values of type D are shown, each bound to one
// element of the page under its key.
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
type Kind[D comparable] struct {
	Tag   string
	Key   func(D) string
	Attrs func(D) []Attr
	Inner func(D) string
	Patch func(n Node, was, now D)
	Draw  func(D) []app.UI
}

// kind is a Kind of any type, as the registry holds it.
type kind interface {
	valueType() reflect.Type
	key(d any) string
	tag() string
	attrs(d any) []Attr
	html(d any) string
	drawn() bool
	draw(d any) []app.UI
	write(n Node, was, now any)
}

func (k *Kind[D]) valueType() reflect.Type { return reflect.TypeFor[D]() }
func (k *Kind[D]) key(d any) string        { return k.Key(d.(D)) }
func (k *Kind[D]) tag() string             { return k.Tag }
func (k *Kind[D]) drawn() bool             { return k.Draw != nil }
func (k *Kind[D]) draw(d any) []app.UI     { return k.Draw(d.(D)) }

func (k *Kind[D]) attrs(d any) []Attr {
	if k.Attrs == nil {
		return nil
	}
	return k.Attrs(d.(D))
}

// inner is the content of d's element as HTML.
func (k *Kind[D]) inner(d any) string {
	if k.Draw == nil {
		return k.Inner(d.(D))
	}
	var b strings.Builder
	for _, ui := range app.FilterUIElems(k.Draw(d.(D))...) { // conditions resolved, as a parent's body has them
		b.WriteString(app.HTMLString(ui))
	}
	return b.String()
}

// html is the element of d as the server writes it, with the key that
// binds it in the browser.
func (k *Kind[D]) html(d any) string {
	var b strings.Builder
	b.WriteString("<" + k.Tag + ` data-live="` + html.EscapeString(k.key(d)) + `"`)
	for _, a := range k.attrs(d) {
		b.WriteString(" " + a.Name + `="` + html.EscapeString(a.Value) + `"`)
	}
	b.WriteString(">" + k.inner(d) + "</" + k.Tag + ">")
	return b.String()
}

// write shows now in n, which shows was (nil: nothing yet, as a new
// element in the browser). A drawn kind is written as HTML only where no
// go-app draws it (a parsed page in a test).
func (k *Kind[D]) write(n Node, was, now any) {
	if was == nil || k.Patch == nil {
		for _, a := range k.attrs(now) {
			n.SetAttr(a.Name, a.Value)
		}
		n.SetHTML(k.inner(now))
		return
	}
	k.Patch(n, was.(D), now.(D))
}
