package main

import (
	"slices"
	"testing"
)

// A module of one imported function and memory, and two functions of its
// own with bodies of 2 and 4 bytes.
var tinyModule = []byte{
	0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00,
	0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // types: () -> ()
	0x02, 0x10, 0x02, // imports: two
	0x01, 'm', 0x01, 'f', 0x00, 0x00, // m.f, a function of type 0
	0x01, 'm', 0x03, 'm', 'e', 'm', 0x02, 0x00, 0x01, // m.mem, a memory of one page
	0x03, 0x03, 0x02, 0x00, 0x00, // functions: two of type 0
	0x0a, 0x09, 0x02, // code: two bodies
	0x02, 0x00, 0x0b, // no locals, end
	0x04, 0x00, 0x01, 0x01, 0x0b, // no locals, nop, nop, end
}

func TestWasmFunctions(t *testing.T) {
	imported, bodies, err := wasmFunctions(tinyModule)
	if err != nil || imported != 1 || !slices.Equal(bodies, []int{2, 4}) {
		t.Fatalf("wasmFunctions = %d, %v, %v; want 1, [2 4], nil", imported, bodies, err)
	}
	// V8's trace numbers the module's own functions after the imported one.
	if n, err := compiledBytes(imported, bodies, []int{1, 2}); n != 6 || err != nil {
		t.Errorf("compiledBytes(1, 2) = %d, %v; want 6", n, err)
	}
	for _, ix := range []int{0, 3} {
		if _, err := compiledBytes(imported, bodies, []int{ix}); err == nil {
			t.Errorf("compiledBytes(%d): no error for a function the module does not define", ix)
		}
	}
	// Cut anywhere, the module is refused, not read past its end.
	for n := 9; n < len(tinyModule); n++ {
		if _, b, err := wasmFunctions(tinyModule[:n]); err == nil && len(b) == 2 {
			t.Errorf("cut to %d bytes: read both bodies", n)
		}
	}
	if _, _, err := wasmFunctions([]byte("<html>")); err == nil {
		t.Error("an HTML page read as a module")
	}
}

// Whatever the bytes, wasmFunctions answers without panicking, and the
// bodies it reads fit in the module.
func FuzzWasmFunctions(f *testing.F) {
	f.Add(tinyModule)
	f.Add(tinyModule[:20])
	f.Add([]byte("\x00asm\x01\x00\x00\x00\x0a\xff\xff\xff\xff\x0f"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, bodies, err := wasmFunctions(b)
		if err != nil {
			return
		}
		total := 0
		for _, n := range bodies {
			total += n
		}
		if total > len(b) {
			t.Errorf("bodies of %d bytes in a module of %d", total, len(b))
		}
	})
}
