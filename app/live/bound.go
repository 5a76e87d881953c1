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
	return &bound{Key: r.Key(d), r: r, k: r.kinds[reflect.TypeOf(d)], d: d}
}

// Page gives the registry the page's context: a drawn kind's element
// redraws alone, not with the page it sits in.
func (r *Registry) Page(ctx app.Context) { r.page = ctx }

// bound is the component of a bound element. Its only exported field is
// its key, so a redraw of the page updates it only where another key takes
// its place; its value is the registry's.
type bound struct {
	app.Compo
	Key string
	r   *Registry
	k   kind
	d   any // the value it was made for, then the value it draws
	b   *Binding
	ctx app.Context
}

func (b *bound) Render() app.UI {
	if b.k.drawn() {
		return b.elem().Body(b.k.draw(b.d)...)
	}
	if !app.IsClient {
		return app.Raw(b.k.html(b.d))
	}
	// In the browser the element's attributes and content are the
	// registry's, written when it is mounted.
	return app.Elem(b.k.tag()).DataSet("live", b.Key)
}

func (b *bound) elem() app.HTMLElem {
	e := app.Elem(b.k.tag()).DataSet("live", b.Key)
	for _, a := range b.k.attrs(b.d) {
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

// OnUpdate follows a redraw of the page that put another key in this
// element's place.
func (b *bound) OnUpdate(ctx app.Context) {
	b.r.Unbind(b.b)
	b.bind()
}

func (b *bound) OnDismount() { b.r.Unbind(b.b) }

func (b *bound) bind() {
	if b.k.drawn() {
		b.b = b.r.Bind(b.Key, b, b.d)
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
	b.d = now
	page := b.r.page
	b.ctx.Dispatch(func(app.Context) { page.PreventUpdate() })
}
