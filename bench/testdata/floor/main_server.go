//go:build !wasm

// Command floor is the smallest go-app v10 program the calculator is
// measured against (bench/cmd/uibench, make bench): one text field echoed
// into an <output>, pre-rendered by the server, with the same build split,
// flags and compression as the calculator. It lives under testdata/ so that
// go build ./... never ships it.
//
// Run it from a folder holding web/app.wasm (and app.wasm.br, app.wasm.gz,
// icon.png, icon.svg): make bench-floor builds one.
package main

import (
	"flag"
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8001", "address to serve the floor app on")
	flag.Parse()
	routes()
	wasm, err := os.Stat("web/app.wasm")
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor: web/app.wasm is missing here:", err)
		os.Exit(1)
	}
	mux := http.NewServeMux()
	// /web/ with the precompressed copies, as the calculator's server sends
	// them; everything else is go-app's handler, as in the calculator.
	mux.Handle("/web/", precompressed("web"))
	mux.Handle("/", &app.Handler{
		Name:  "go-app floor",
		Title: "go-app floor",
		// Local icons: go-app's default ones are on GitHub, and the loader
		// and the service worker would fetch them from there.
		Icon:              app.Icon{Default: "/web/icon.png", SVG: "/web/icon.svg"},
		WasmContentLength: strconv.FormatInt(wasm.Size(), 10),
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Printf("floor: http://%s/\n", ln.Addr())
	if err := http.Serve(ln, mux); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

// precompressed serves the files of dir under /web/, each as FILE.br when
// the request's Accept-Encoding names br and that copy exists, else as
// FILE.gz when it names gzip, else as FILE: the simplest form of the
// calculator's negotiation (app/server/static.go), which weighs q-values too;
// Chromium sends none. Same headers as the calculator's: Content-Encoding,
// Vary, Cache-Control: no-cache.
func precompressed(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rel, ok := strings.CutPrefix(path.Clean(r.URL.Path), "/web/")
		if !ok || rel == "" || strings.HasPrefix(rel, ".") || strings.Contains(rel, "/.") {
			http.NotFound(w, r)
			return
		}
		name := filepath.Join(dir, filepath.FromSlash(rel))
		accept := r.Header.Get("Accept-Encoding")
		serve, encoding := name, ""
		for _, c := range []struct{ enc, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !acceptsCoding(accept, c.enc) {
				continue
			}
			if _, err := os.Stat(name + c.ext); err == nil {
				serve, encoding = name+c.ext, c.enc
				break
			}
		}
		f, err := os.Open(serve)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Add("Vary", "Accept-Encoding")
		ctype := mime.TypeByExtension(filepath.Ext(name))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		h.Set("Content-Type", ctype)
		h.Set("Cache-Control", "no-cache")
		if encoding != "" {
			h.Set("Content-Encoding", encoding)
		}
		http.ServeContent(w, r, "", fi.ModTime(), f)
	})
}

// acceptsCoding tells whether an Accept-Encoding header lists coding (with
// any q-value but 0).
func acceptsCoding(header, coding string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
