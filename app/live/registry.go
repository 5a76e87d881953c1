package live

import (
	"reflect"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A Target shows a bound value: an element the registry writes (Element),
// or a component that draws the value itself. Show is given the value it
// shows now (nil for none yet) and the one to show, which differs.
type Target interface{ Show(was, now any) }

// Registry holds the view's values by key and the targets bound to them.
// Update walks a new view and shows every value that changed in its
// target: a value is live by being in the view, of a kind the registry
// knows, and bound by its key where the page shows it.
type Registry struct {
	kinds  map[reflect.Type]*Kind
	plans  plans
	values map[string]entry
	bound  map[string]*Binding
	page   app.Context
}

type entry struct {
	k *Kind
	d any
}

// A Binding is a target's link to its key, from Bind to Unbind.
type Binding struct {
	key   string
	t     Target
	shown any
}

// New is a registry of the given kinds, each of its own type of value.
func New(kinds ...*Kind) *Registry {
	r := &Registry{kinds: map[reflect.Type]*Kind{}, values: map[string]entry{}, bound: map[string]*Binding{}}
	for _, k := range kinds {
		r.kinds[k.valueType()] = k
	}
	r.plans = newPlans(r.kinds)
	return r
}

// Update makes view's values the registry's, and shows each one that
// changed in the target bound to its key, in the view's order.
func (r *Registry) Update(view any) {
	clear(r.values)
	r.plans.walk(reflect.ValueOf(view), func(k *Kind, d any) {
		key := k.Key(d)
		r.values[key] = entry{k, d}
		if b := r.bound[key]; b != nil && b.shown != d {
			b.t.Show(b.shown, d)
			b.shown = d
		}
	})
}

// Bind binds t to key, in place of any target bound to it before, and
// shows t the value under key; shown is what t shows already (nil for
// nothing). The page's elements bind themselves (UI); a host with no
// go-app, such as a test's parsed page, binds its own.
func (r *Registry) Bind(key string, t Target, shown any) *Binding {
	b := &Binding{key: key, t: t, shown: shown}
	r.bound[key] = b
	if e, ok := r.values[key]; ok && e.d != shown {
		t.Show(shown, e.d)
		b.shown = e.d
	}
	return b
}

// Unbind ends b, unless another target has been bound to its key since.
func (r *Registry) Unbind(b *Binding) {
	if b != nil && r.bound[b.key] == b {
		delete(r.bound, b.key)
	}
}

// Element is the target that writes the values under key into n, an
// element made for them: nil if no value has that key, or if go-app draws
// them (a kind with Draw).
func (r *Registry) Element(key string, n Node) Target {
	e, ok := r.values[key]
	if !ok || e.k.Draw != nil {
		return nil
	}
	return element{e.k, n}
}

// element is a Target that writes an element through its kind.
type element struct {
	k *Kind
	n Node
}

func (e element) Show(was, now any) { e.k.write(e.n, was, now) }
