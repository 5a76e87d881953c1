package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestCompressFile: both copies decompress to the file exactly, are newer
// than it, and no temporary file is left behind.
func TestCompressFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	src := bytes.Repeat([]byte("\x00asm hecla what-if calculator "), 5000)
	if err := os.WriteFile(name, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := compressFile(name, 5); err != nil {
		t.Fatal(err)
	}
	orig, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	for ext, open := range map[string]func(io.Reader) (io.Reader, error){
		".br": func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		".gz": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
	} {
		f, err := os.Open(name + ext)
		if err != nil {
			t.Fatal(err)
		}
		r, err := open(f)
		if err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		got, err := io.ReadAll(r)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s decompresses to %d bytes, not the file's %d", ext, len(got), len(src))
		}
		fi, err := os.Stat(name + ext)
		if err != nil {
			t.Fatal(err)
		}
		if fi.ModTime().Before(orig.ModTime()) {
			t.Errorf("%s is older than the file it compresses", ext)
		}
		if fi.Size() >= orig.Size()/10 {
			t.Errorf("%s is %d bytes for a %d-byte repetitive file: not compressed", ext, fi.Size(), orig.Size())
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
	if err := compressFile(filepath.Join(dir, "missing"), 5); err == nil {
		t.Error("compressing a missing file did not fail")
	}
}
