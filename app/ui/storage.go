package ui

import (
	"fmt"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// browserKV is window.localStorage. The browser throws when storage is off
// or out of reach (some third-party iframes, private modes, a full quota);
// in WebAssembly a thrown exception is a Go panic, which would end the whole
// app. Each call turns one into an error instead (guard); the file download
// below, which the browser can refuse too, does the same. These are the
// program's only recovers: nowhere else does a call throw by design.
type browserKV struct{}

func guard(err *error) {
	if r := recover(); r != nil {
		if quotaExceeded(exceptionName(r)) {
			*err = view.ErrStorageFull
			return
		}
		*err = fmt.Errorf("the browser refused storage (%v)", r)
	}
}

// quotaExceeded reports whether a DOMException's name is a full storage's:
// the standard name, or the one older Firefox threw.
func quotaExceeded(name string) bool {
	return name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}

func storage() app.Value { return app.Window().Get("localStorage") }

func (browserKV) Keys() (keys []string, err error) {
	defer guard(&err)
	s := storage()
	n := s.Get("length").Int()
	for i := 0; i < n; i++ {
		if k := s.Call("key", i); k.Truthy() {
			keys = append(keys, k.String())
		}
	}
	return keys, nil
}

func (browserKV) Get(k string) (v string, err error) {
	defer guard(&err)
	item := storage().Call("getItem", k)
	if item.IsNull() || item.IsUndefined() {
		return "", fmt.Errorf("it is gone")
	}
	return item.String(), nil
}

func (browserKV) Set(k, v string) (err error) {
	defer guard(&err)
	storage().Call("setItem", k, v)
	return nil
}

func (browserKV) Del(k string) (err error) {
	defer guard(&err)
	storage().Call("removeItem", k)
	return nil
}

// download offers content to the user as a file.
func download(name, mime, content string) (err error) {
	defer guard(&err)
	win := app.Window()
	blob := win.Get("Blob").New([]any{content}, map[string]any{"type": mime})
	href := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	win.Get("URL").Call("revokeObjectURL", href)
	return nil
}
