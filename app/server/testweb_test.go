package server

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// webDir is the web/ the tests serve (makeTestWeb), set by TestMain.
var webDir string

// webDirEnv hands the child server (childserver_test.go) its parent's
// webDir.
const webDirEnv = "HECLA_SERVER_TEST_WEB"

// repoWeb is the repository's web/, seen from this package's folder, where
// go test runs its tests.
var repoWeb = filepath.Join("..", "..", "web")

// standInWasmSize is the stand-in app.wasm's size: large enough that its
// brotli copy, like the real one's, is far more than a connection's send
// buffer (TestLimitSlowReader).
const standInWasmSize = 4 << 20

// makeTestWeb writes into dir the web/ that make build leaves: the
// repository's own files of web/ (styles, scripts, icons), a stand-in
// app.wasm, and a brotli and a gzip copy beside app.wasm and each style,
// script and SVG, as tools/compress writes them. The server reads of
// app.wasm only its size and its bytes, so the tests need no make build,
// and serve the same files whether one has run or not.
func makeTestWeb(dir string) error {
	entries, err := os.ReadDir(repoWeb)
	if err != nil {
		return err
	}
	var texts []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || name == "app.wasm" || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			continue // what make build writes
		}
		b, err := os.ReadFile(filepath.Join(repoWeb, name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
		switch filepath.Ext(name) {
		case ".css", ".js", ".svg":
			texts = append(texts, name)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), standInWasm(), 0o644); err != nil {
		return err
	}
	for _, name := range append(texts, "app.wasm") {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		for enc, ext := range encodingExt {
			if err := os.WriteFile(filepath.Join(dir, name+ext), compress(enc, b), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// standInWasm is a WebAssembly header and bytes that compress well but
// not away, as a build's app.wasm's do: random, two bits' worth in each.
func standInWasm() []byte {
	b := make([]byte, standInWasmSize)
	copy(b, "\x00asm\x01\x00\x00\x00")
	r := rand.New(rand.NewPCG(19, 2007))
	for i := 8; i < len(b); i++ {
		b[i] = byte(r.IntN(4))
	}
	return b
}

// testWeb is webDir for this process: its parent's, for a child server;
// otherwise a new one, and the function that removes it.
func testWeb() (dir string, remove func(), err error) {
	if dir := os.Getenv(webDirEnv); dir != "" {
		return dir, func() {}, nil
	}
	dir, err = os.MkdirTemp("", "hecla-server-web-")
	if err != nil {
		return "", nil, err
	}
	remove = func() { _ = os.RemoveAll(dir) }
	if err := makeTestWeb(dir); err != nil {
		remove()
		return "", nil, err
	}
	return dir, remove, nil
}
