package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// wasmFunctions reads a WebAssembly module's function index space as V8's
// traces number it: the imported functions first, then the module's own,
// whose body sizes (bytes of code) it returns in order.
func wasmFunctions(b []byte) (imported int, bodies []int, err error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return 0, nil, errors.New("not a WebAssembly module")
	}
	r := &wasmReader{b: b, i: 8}
	for r.i < len(b) && r.err == nil {
		id := r.byte()
		size := r.uint()
		end := r.i + size
		if r.err != nil || end > len(b) || end < r.i {
			return 0, nil, errors.New("a section runs past the end of the module")
		}
		switch id {
		case 2: // imports: module name, field name, kind, its description
			for n := r.uint(); n > 0 && r.err == nil; n-- {
				r.skip(r.uint())
				r.skip(r.uint())
				switch kind := r.byte(); kind {
				case 0: // a function: its type index
					r.uint()
					imported++
				case 1: // a table: its element type, then limits
					r.byte()
					r.limits()
				case 2: // a memory: limits
					r.limits()
				case 3: // a global: its value type, mutability
					r.byte()
					r.byte()
				default:
					r.err = fmt.Errorf("import kind %d", kind)
				}
			}
		case 10: // code: one body per function, each after its size
			for n := r.uint(); n > 0 && r.err == nil; n-- {
				s := r.uint()
				bodies = append(bodies, s)
				r.skip(s)
			}
		}
		r.i = end
	}
	if r.err != nil {
		return 0, nil, r.err
	}
	return imported, bodies, nil
}

// wasmReader reads LEB128 numbers and bytes, remembering the first problem.
type wasmReader struct {
	b   []byte
	i   int
	err error
}

func (r *wasmReader) byte() byte {
	if r.err != nil || r.i >= len(r.b) {
		r.fail()
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *wasmReader) uint() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 || v > 1<<31 {
		r.fail()
		return 0
	}
	r.i += n
	return int(v)
}

func (r *wasmReader) skip(n int) {
	if r.err == nil && (n < 0 || r.i+n > len(r.b)) {
		r.fail()
		return
	}
	r.i += n
}

func (r *wasmReader) limits() {
	if r.byte()&1 == 1 {
		r.uint()
	}
	r.uint()
}

func (r *wasmReader) fail() {
	if r.err == nil {
		r.err = errors.New("the module ends in the middle of a section")
	}
}

// compiledBytes is the code of the functions V8 compiled, by the indices
// its trace gives them.
func compiledBytes(imported int, bodies []int, indices []int) (int, error) {
	total := 0
	for _, ix := range indices {
		k := ix - imported
		if k < 0 || k >= len(bodies) {
			return 0, fmt.Errorf("V8 compiled function %d; the module has %d imported and %d of its own", ix, imported, len(bodies))
		}
		total += bodies[k]
	}
	return total, nil
}
