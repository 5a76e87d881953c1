//go:build wasm

package ui

import "syscall/js"

// exceptionName is the name of the JavaScript exception a call threw, as
// recovered from the panic syscall/js makes of it; "" for any other panic.
func exceptionName(recovered any) string {
	e, ok := recovered.(js.Error)
	if !ok {
		return ""
	}
	if name := e.Get("name"); name.Type() == js.TypeString {
		return name.String()
	}
	return ""
}
