package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressed is h with its answers compressed when the request accepts it:
// the pre-rendered pages, go-app's scripts and the manifest, which travel
// as text. A page differs with its URL's scenario, so it is compressed as
// it is answered, at a brotli quality and a gzip level that cost little
// time; web/'s files have copies made at build time (staticFiles).
//
// Each encoding is its own representation: Vary: Accept-Encoding, and an
// ETag with the encoding's suffix, which a conditional request's
// If-None-Match sheds before h compares it with its own, so a 304 still
// comes for a page the browser holds compressed.
//
// Answers are made through ans (answers.go): an unconditional GET's or
// HEAD's once for all who ask for it at once, then kept by encoding and
// URL; every one, the conditional ones too, within the bound on how many
// are made at once. They are written to the client only once made,
// outside that bound, so a slow client holds no one else's turn.
func compressed(h http.Handler, ans *answers) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		enc := negotiateEncoding(r)
		inm := r.Header.Get("If-None-Match")
		// If-None-Match: * matches any representation there is; h compares
		// the header with its ETag, which * is not. So h is asked without
		// the condition, and its 200 becomes a 304.
		anyETag := strings.TrimSpace(inm) == "*"
		if enc == "" && !anyETag {
			h.ServeHTTP(w, r)
			return
		}
		// A HEAD is answered as the GET, so its headers are the GET's: the
		// encoding, and the length of the body it goes without.
		get := r.Clone(r.Context())
		get.Method = http.MethodGet
		build := func() *answer { return makeAnswer(h, w.Header().Clone(), get, enc) }
		var a *answer
		switch {
		case anyETag || inm == "" && r.Header.Get("If-Modified-Since") == "":
			// Beside an If-None-Match, If-Modified-Since is ignored (RFC
			// 9110, 13.1.3).
			get.Header.Del("If-None-Match")
			get.Header.Del("If-Modified-Since")
			if enc == "" {
				a = ans.inSlot(build)
			} else {
				a = ans.shared(enc+" "+r.URL.RequestURI(), build)
			}
		default:
			get.Header.Set("If-None-Match", strings.ReplaceAll(inm, "-"+enc+`"`, `"`))
			a = ans.inSlot(build)
		}
		if anyETag && a.status == http.StatusOK {
			a = notModified(a)
		}
		for k, v := range a.header {
			w.Header()[k] = slices.Clone(v) // a shared answer's headers stay as they are
		}
		w.WriteHeader(a.status)
		// net/http sends no body for a HEAD, and from the body it does not
		// send it makes the same headers as the GET's.
		_, _ = w.Write(a.body)
	})
}

// makeAnswer is h's answer to r, in enc ("" for identity) when it is a 200
// worth compressing, with the encoding's ETag; header holds the answer's
// headers so far, and then the answer's.
func makeAnswer(h http.Handler, header http.Header, r *http.Request, enc string) *answer {
	b := &pageBuffer{header: header}
	h.ServeHTTP(b, r)
	if b.status == 0 {
		b.status = http.StatusOK
	}
	body := b.body.Bytes()
	if enc == "" {
		return &answer{status: b.status, header: header, body: body}
	}
	if etag := header.Get("ETag"); strings.HasSuffix(etag, `"`) {
		header.Set("ETag", strings.TrimSuffix(etag, `"`)+"-"+enc+`"`)
	}
	if b.status != http.StatusOK || len(body) < compressMin {
		return &answer{status: b.status, header: header, body: body}
	}
	body = compress(enc, body)
	header.Set("Content-Encoding", enc)
	header.Set("Content-Length", strconv.Itoa(len(body)))
	return &answer{status: b.status, header: header, body: body}
}

// notModified is the 304 for ok's representation: ok's headers but those
// of a body, as http.ServeContent's 304s have them.
func notModified(ok *answer) *answer {
	header := ok.header.Clone()
	for _, k := range []string{"Content-Type", "Content-Length", "Content-Encoding"} {
		delete(header, k)
	}
	if header.Get("ETag") != "" {
		delete(header, "Last-Modified")
	}
	return &answer{status: http.StatusNotModified, header: header}
}

// compress is body in the content coding enc, "br" or "gzip". Writing to
// memory cannot fail, so neither can it. Its encoders are used again: a
// new brotli encoder's window and tables are most of what a compression
// allocates.
func compress(enc string, body []byte) []byte {
	var out bytes.Buffer
	if enc == "br" {
		zw := brotliWriters.Get().(*brotli.Writer)
		zw.Reset(&out)
		_, _ = zw.Write(body)
		_ = zw.Close()
		zw.Reset(io.Discard) // keeps no hold on out
		brotliWriters.Put(zw)
	} else {
		zw := gzipWriters.Get().(*gzip.Writer)
		zw.Reset(&out)
		_, _ = zw.Write(body)
		_ = zw.Close()
		zw.Reset(io.Discard)
		gzipWriters.Put(zw)
	}
	return out.Bytes()
}

var (
	brotliWriters = sync.Pool{New: func() any {
		return brotli.NewWriterOptions(io.Discard, brotli.WriterOptions{Quality: brotliQuality, LGWin: brotliWindow})
	}}
	gzipWriters = sync.Pool{New: func() any {
		zw, _ := gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression) // a valid level: no error
		return zw
	}}
)

const (
	// compressMin is the smallest answer worth compressing: below it the
	// encoding's own overhead eats the saving.
	compressMin = 1024
	// brotliQuality is brotli's level for answers compressed as they go:
	// most of the saving of the top levels, at a small part of their time.
	brotliQuality = 5
	// brotliWindow is the log2 of brotli's window, 256 KiB: the answers
	// compressed as they go, a page or one of go-app's scripts, are smaller,
	// and a window larger than the answer finds nothing more, while its
	// buffers take memory in every encoder (brotli's default is 4 MiB).
	brotliWindow = 18
)
