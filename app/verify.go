//go:build !wasm

package main

import (
	"io"

	"github.com/hecla-calc/calculator/data"
)

// writeVerify prints the release's arithmetic findings and the count line.
func writeVerify(w io.Writer, rel *data.Release) error {
	_, err := data.Verify(rel).WriteTo(w)
	return err
}
