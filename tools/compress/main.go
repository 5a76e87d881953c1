// Command compress writes FILE.br (brotli) and FILE.gz (gzip) beside each
// FILE it is given, for servers that hand out precompressed copies: the
// calculator's own server (app/server/static.go), or a static host configured for
// them (README, "Deploy the static site"). make build runs it on web/app.wasm
// and the other compressible files of web/.
//
//	go run ./tools/compress [-quality 9] FILE...
//
// Each copy is written to a temporary file and renamed into place, so a
// server never reads half of one, and it is always newer than its FILE: the
// server ignores a copy older than its FILE, as stale.
package main

import (
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/andybalholm/brotli"
)

func main() {
	quality := flag.Int("quality", 9, "brotli quality, 0 to 11 (11 is about 12% smaller for app.wasm, and about 13 times slower)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: compress [-quality N] FILE...  (writes FILE.br and FILE.gz)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 || *quality < brotli.BestSpeed || *quality > brotli.BestCompression {
		flag.Usage()
		os.Exit(2)
	}
	failed := false
	for _, name := range flag.Args() {
		if err := compressFile(name, *quality); err != nil {
			fmt.Fprintln(os.Stderr, "compress:", err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// compressFile writes name.br and name.gz, the two at once.
func compressFile(name string, quality int) error {
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() {
		errs[0] = writeCompressed(name, ".br", func(w io.Writer) io.WriteCloser {
			// A 16 MiB window: app.wasm is larger than brotli's default 4 MiB.
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: quality, LGWin: 24})
		})
	})
	wg.Go(func() {
		errs[1] = writeCompressed(name, ".gz", func(w io.Writer) io.WriteCloser {
			zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression) // a valid level: no error
			return zw
		})
	})
	wg.Wait()
	return errors.Join(errs...)
}

// writeCompressed compresses name into name+ext through a temporary file in
// the same folder, renamed into place once complete.
func writeCompressed(name, ext string, newWriter func(io.Writer) io.WriteCloser) (err error) {
	in, err := os.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+ext+".*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	zw := newWriter(tmp)
	if _, err = io.Copy(zw, in); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err = zw.Close(); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name+ext)
}
