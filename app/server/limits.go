package server

import (
	"net/http"
	"time"
)

// limits bound what one client can make the server hold: time to send
// a request, time to take its answer, time a kept-alive connection may sit
// idle, and the size of the request's line and headers.
type limits struct {
	// readHeader is the time a client has to send its request line and
	// headers: a client that trickles them is cut off, not held forever.
	readHeader time.Duration
	// read is the time for the whole request, body included (no page reads
	// a body, but net/http drains a little of one after the answer).
	read time.Duration
	// write is the time from the end of the request's headers to the end of
	// the answer; app.wasm, the longest answer, must get through a slow
	// mobile link within it. It is the time a client has to take an answer,
	// not only the time the server has to hand it to the kernel
	// (boundedConn): by then the client must have taken all of it but the
	// last sendBuffer's worth (which Linux doubles), or its connection is
	// reset and nothing more reaches it. That last part, in the kernel once
	// the server is done, goes at the client's pace.
	write time.Duration
	// idle is how long a kept-alive connection may wait for its next
	// request.
	idle time.Duration
	// uri caps the request target (path and query): a longer one is 414 URI
	// Too Long. The longest scenario, every lever at its longest figure plus
	// the embed's keys, is a small part of it; it is also the request line
	// that common proxies and servers accept (nginx's and Apache's
	// defaults), so no link that works through them is refused here.
	uri int
	// header caps the header fields, names and values as sent: more is 431
	// Request Header Fields Too Large. The app sets no cookie, but the
	// host's own cookies come along; common fronts allow this much in all.
	header int
	// readLimit is net/http's MaxHeaderBytes, which counts the request line
	// and the headers together. Past it net/http answers 431 itself, before
	// any handler, so without the security headers; it is set well above uri
	// and header so that those answers, which carry them, are what a client
	// gets for anything near the limits, and to net/http's default, so that
	// a long link of up to about a megabyte still gets 414.
	readLimit int
}

// defaultLimits are the limits the server runs with.
var defaultLimits = limits{
	readHeader: 5 * time.Second,
	read:       10 * time.Second,
	write:      90 * time.Second,
	idle:       120 * time.Second,
	uri:        8 << 10,
	header:     32 << 10,
	readLimit:  http.DefaultMaxHeaderBytes,
}

// newHTTPServer serves h within the limits' times and net/http's read
// limit; limitRequests checks the sizes.
func newHTTPServer(h http.Handler, l limits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.readHeader,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    l.readLimit,
	}
}

// limitRequests answers 414 for a request target longer than l.uri and 431
// for header fields larger than l.header, before next sees the request. It
// goes inside securityHeaders, so both answers carry them.
func limitRequests(next http.Handler, l limits) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case len(r.RequestURI) > l.uri:
			w.Header().Set("Connection", "close")
			http.Error(w, "414 URI too long", http.StatusRequestURITooLong)
		case headerSize(r) > l.header:
			w.Header().Set("Connection", "close")
			http.Error(w, "431 request header fields too large", http.StatusRequestHeaderFieldsTooLarge)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// headerSize is the size of the request's header fields as sent ("Name:
// value" and its line end), Host included, which net/http takes out of
// r.Header.
func headerSize(r *http.Request) int {
	n := len("Host: \r\n") + len(r.Host)
	for name, values := range r.Header {
		for _, v := range values {
			n += len(name) + len(": \r\n") + len(v)
		}
	}
	return n
}
