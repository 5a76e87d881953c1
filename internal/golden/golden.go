// Package golden keeps a test's expected output in a file under testdata,
// rewritten from the code under test when the test is run with its update
// flag, so that a change to the output is a diff to review.
package golden

import (
	"os"
	"testing"
)

// Read returns the golden file at path, after writing got there when update
// is set. A missing file fails the test, saying how to write it (rewrite:
// the command, such as "go test ./calc -update").
func Read(tb testing.TB, path string, got []byte, update bool, rewrite string) string {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run %s to write it)", err, rewrite)
	}
	return string(want)
}
