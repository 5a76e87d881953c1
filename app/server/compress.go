package server

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"

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
// The answers are kept in cache, by encoding and URL, for the next request
// that asks for the same without a condition (answercache.go).
func compressed(h http.Handler, cache *answerCache) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		enc := negotiateEncoding(r)
		if enc == "" {
			h.ServeHTTP(w, r)
			return
		}
		key := enc + " " + r.URL.RequestURI()
		// Only an unconditional GET is answered from the cache, or kept in it.
		reuse := r.Method == http.MethodGet && r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == ""
		if reuse {
			if a, ok := cache.get(key); ok {
				for k, v := range a.header {
					w.Header()[k] = v
				}
				w.WriteHeader(http.StatusOK)
				_, _ = w.Write(a.body)
				return
			}
		}
		suffix := "-" + enc
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", strings.ReplaceAll(inm, suffix+`"`, `"`))
		}
		b := &pageBuffer{header: w.Header()}
		h.ServeHTTP(b, r)
		if b.status == 0 {
			b.status = http.StatusOK
		}
		if etag := w.Header().Get("ETag"); strings.HasSuffix(etag, `"`) {
			w.Header().Set("ETag", strings.TrimSuffix(etag, `"`)+suffix+`"`)
		}
		body := b.body.Bytes()
		if b.status != http.StatusOK || len(body) < compressMin || r.Method == http.MethodHead {
			w.WriteHeader(b.status)
			_, _ = w.Write(body)
			return
		}
		out := compress(enc, body)
		w.Header().Set("Content-Encoding", enc)
		w.Header().Set("Content-Length", strconv.Itoa(len(out)))
		if reuse {
			cache.put(&answer{key: key, header: w.Header().Clone(), body: out})
		}
		w.WriteHeader(b.status)
		_, _ = w.Write(out)
	})
}

// compress is body in the content coding enc, "br" or "gzip". Writing to
// memory cannot fail, so neither can it.
func compress(enc string, body []byte) []byte {
	var out bytes.Buffer
	if enc == "br" {
		zw := brotli.NewWriterLevel(&out, brotliQuality)
		_, _ = zw.Write(body)
		_ = zw.Close()
	} else {
		zw, _ := gzip.NewWriterLevel(&out, gzip.DefaultCompression)
		_, _ = zw.Write(body)
		_ = zw.Close()
	}
	return out.Bytes()
}

const (
	// compressMin is the smallest answer worth compressing: below it the
	// encoding's own overhead eats the saving.
	compressMin = 1024
	// brotliQuality is brotli's level for answers compressed as they go:
	// most of the saving of the top levels, at a small part of their time.
	brotliQuality = 5
)
