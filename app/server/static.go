package server

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// staticFiles serves the files of a folder (web/) under /web/, each in the
// best encoding the request accepts among those it has on disk: FILE.br
// (brotli), FILE.gz (gzip), or FILE itself. make build writes the .br and
// .gz copies (tools/compress); a copy older than its FILE is stale and never
// served. Folders are not listed, and a file's path with a slash after it
// is not found.
//
// Every answer carries Vary: Accept-Encoding, and Cache-Control: no-cache:
// the URLs hold no version, so a browser revalidates each time, and the
// ETag (modification time, size, encoding: one per representation) makes
// that a 304 until the file changes. http.ServeContent answers the
// conditional, range and HEAD requests.
type staticFiles struct {
	dir string // the folder, e.g. "web"
}

// encodings the server can hand out, by the file extension of their copy.
var encodingExt = map[string]string{"br": ".br", "gzip": ".gz"}

func (s staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	// A trailing slash names a folder, which path.Clean would drop.
	rel, ok := strings.CutPrefix(path.Clean(r.URL.Path), "/web/")
	if !ok || rel == "" || strings.HasSuffix(r.URL.Path, "/") || strings.HasPrefix(rel, ".") || strings.Contains(rel, "/.") {
		http.NotFound(w, r)
		return
	}
	name := filepath.Join(s.dir, filepath.FromSlash(rel))
	fi, err := os.Stat(name)
	if err != nil || !fi.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}

	w.Header().Add("Vary", "Accept-Encoding")
	serve, sfi, encoding := name, fi, ""
	if s.hasCopies(name, fi) {
		if enc := negotiateEncoding(r); enc != "" {
			if cfi, err := os.Stat(name + encodingExt[enc]); err == nil && cfi.Mode().IsRegular() && !cfi.ModTime().Before(fi.ModTime()) {
				serve, sfi, encoding = name+encodingExt[enc], cfi, enc
			}
		}
	}
	f, err := os.Open(serve)
	if err != nil {
		http.Error(w, "cannot read "+r.URL.Path, http.StatusInternalServerError)
		return
	}
	defer f.Close()

	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream" // never sniffed: the bytes may be compressed
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", fmt.Sprintf(`"%x-%x%s"`, fi.ModTime().UnixNano(), sfi.Size(), encodingExt[encoding]))
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
		w = copyLength{ResponseWriter: w, size: sfi.Size()}
	}
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

// copyLength gives a 200 of a compressed copy its Content-Length, which
// http.ServeContent leaves out when Content-Encoding is set (for a writer
// that would compress what it is given; this one sends the copy as it
// is). Without it a GET goes chunked, and a HEAD has no length at all.
type copyLength struct {
	http.ResponseWriter
	size int64
}

func (w copyLength) WriteHeader(code int) {
	if code == http.StatusOK {
		w.Header().Set("Content-Length", strconv.FormatInt(w.size, 10))
	}
	w.ResponseWriter.WriteHeader(code)
}

// ReadFrom hands the copy to the ResponseWriter's own ReadFrom, when it has
// one: net/http's sends a file with sendfile.
func (w copyLength) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(w.ResponseWriter, r)
}

func (w copyLength) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// hasCopies tells whether name has a fresh compressed copy at all, so a
// file without one costs no negotiation.
func (staticFiles) hasCopies(name string, fi os.FileInfo) bool {
	for _, ext := range encodingExt {
		if cfi, err := os.Stat(name + ext); err == nil && !cfi.ModTime().Before(fi.ModTime()) {
			return true
		}
	}
	return false
}

// negotiateEncoding is the best content coding the request accepts among
// br, gzip and identity ("" for identity), preferring br, then gzip, when
// the request weighs them alike. The choice is andybalholm/brotli's
// (HTTPCompressor: Accept-Encoding with q-values, "*", q=0 as a refusal,
// and identity when nothing offered is acceptable), asked through a writer
// that keeps only the headers; so this package parses no header itself.
// Asking for gzip makes a gzip writer that is never used, so it is asked
// only for a file that has compressed copies.
func negotiateEncoding(r *http.Request) string {
	probe := headerProbe{header: http.Header{}}
	_ = brotli.HTTPCompressorWithLevel(&probe, r, 0).Close() // writes nothing anywhere
	switch enc := probe.header.Get("Content-Encoding"); enc {
	case "br", "gzip":
		return enc
	}
	return ""
}

// headerProbe is a ResponseWriter that keeps its headers and discards the
// rest.
type headerProbe struct{ header http.Header }

func (p *headerProbe) Header() http.Header         { return p.header }
func (p *headerProbe) Write(b []byte) (int, error) { return len(b), nil }
func (p *headerProbe) WriteHeader(int)             {}
