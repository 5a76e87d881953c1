package live

import (
	"reflect"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UI is the element that shows d, a value of one of the registry's kinds,
// for the page to lay out where d belongs: the element is bound to d's key
// when the browser mounts it, and shows whatever value the view has under
// that key from then on.
func (r *Registry) UI(d any) app.UI {
	k := r.kinds[reflect.TypeOf(d)]
	return &bound{Key: k.Key(d), V: d, r: r, k: k}
}

// Page gives the registry the page's context: a drawn kind's element
// redraws alone, not with the page it sits in.
func (r *Registry) Page(ctx app.Context) { r.page = ctx }

// bound is the component of a bound element: its key, and the value it
// was made for. The value is a field go-app compares, for the server: it
// lays the page out before it reads the URL, then again for it, and each
// element must follow. In the browser the registry has written the value
// already when go-app compares it, so an update writes nothing.
type bound struct {
	app.Compo
	Key string
	V   any
	r   *Registry
	k   *Kind
	b   *Binding
	ctx app.Context
}

// value is the value under the element's key: the view's latest.
func (b *bound) value() any {
	if e, ok := b.r.values[b.Key]; ok {
		return e.d
	}
	return b.V
}

func (b *bound) Render() app.UI {
	if b.k.Draw != nil {
		return b.elem().Body(b.k.Draw(b.value())...)
	}
	if !app.IsClient {
		return app.Raw(b.k.html(b.value()))
	}
	// In the browser the element's attributes and content are the
	// registry's, written when it is mounted.
	return app.Elem(b.k.Tag).DataSet("live", b.Key)
}

func (b *bound) elem() app.HTMLElem {
	e := app.Elem(b.k.Tag).DataSet("live", b.Key)
	for _, a := range b.k.attrs(b.value()) {
		e = e.Attr(a.Name, a.Value)
	}
	return e
}

// OnMount binds the element. go-app dispatches OnMount as an update of
// the component and the page, which have just been drawn: withdrawn.
func (b *bound) OnMount(ctx app.Context) {
	b.ctx = ctx
	b.bind()
	ctx.PreventUpdate()
}

// OnUpdate follows a redraw of the page that gave the element a new
// value: bound anew if it has another key.
func (b *bound) OnUpdate(ctx app.Context) {
	if b.b == nil || b.b.key == b.Key {
		return
	}
	b.r.Unbind(b.b)
	b.bind()
}

func (b *bound) OnDismount() { b.r.Unbind(b.b) }

func (b *bound) bind() {
	if b.k.Draw != nil {
		b.b = b.r.Bind(b.Key, b, b.value())
		return
	}
	if t := b.r.Element(b.Key, DOM(b.JSValue())); t != nil {
		b.b = b.r.Bind(b.Key, t, nil)
	}
}

// Show redraws a drawn element with its new value, and nothing else: the
// dispatch flags the element and the page, and the page's flag is
// withdrawn.
func (b *bound) Show(was, now any) {
	page := b.r.page
	b.ctx.Dispatch(func(app.Context) { page.PreventUpdate() })
}
