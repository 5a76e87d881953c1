package live

import "reflect"

// plans say, for each type met in a view, where its values of a kind can
// be: the walk of a view goes only where one can, so the engine's results
// the view keeps beside its figures cost nothing to step over.
type plans struct {
	kinds map[reflect.Type]*Kind
	holds map[reflect.Type]bool
}

func newPlans(kinds map[reflect.Type]*Kind) plans {
	return plans{kinds: kinds, holds: map[reflect.Type]bool{}}
}

// canHold reports whether a value of type t is or holds, through exported
// fields, slices, arrays and pointers, a value of a kind.
func (p plans) canHold(t reflect.Type) bool {
	if h, ok := p.holds[t]; ok {
		return h
	}
	p.holds[t] = false // a type that holds itself, through a pointer, holds nothing more
	h := false
	if _, ok := p.kinds[t]; ok {
		h = true
	} else {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			h = p.canHold(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() && p.canHold(f.Type) {
					h = true
				}
			}
		}
	}
	p.holds[t] = h
	return h
}

// walk visits every value of a kind that v is or holds, in the order of
// fields and elements.
func (p plans) walk(v reflect.Value, visit func(*Kind, any)) {
	t := v.Type()
	if !p.canHold(t) {
		return
	}
	if k, ok := p.kinds[t]; ok {
		visit(k, v.Interface())
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			p.walk(v.Elem(), visit)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			p.walk(v.Index(i), visit)
		}
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				p.walk(v.Field(i), visit)
			}
		}
	}
}
