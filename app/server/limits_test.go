package server

// What one request may make the server hold: a megabyte of bad query, a
// client that trickles its headers, a long URL, big headers, other methods,
// and the paths go-app would answer on its own.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hecla-calc/calculator/internal/servetest"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// limitedServer serves New's server within l, as bin/hecla does within
// defaultLimits, until the test ends.
func limitedServer(t *testing.T, l limits) string {
	t.Helper()
	return startServer(t, Config{WebDir: webDir, Pages: testPages, version: "test", limits: l})
}

// checkSecurityHeaders: the answer carries the headers every answer must.
func checkSecurityHeaders(t *testing.T, res *http.Response) {
	t.Helper()
	checkHeader(t, res, "Content-Security-Policy", wantCSP)
	checkHeader(t, res, "X-Content-Type-Options", "nosniff")
	checkHeader(t, res, "Referrer-Policy", "strict-origin-when-cross-origin")
}

// megabyteQuery is part repeated to a million bytes.
func megabyteQuery(part string) string {
	q := strings.Repeat(part+"&", 1_000_000/(len(part)+1))
	return q + strings.Repeat("&", 1_000_000-len(q))
}

// TestLimitBadQuery: a megabyte of bad query is refused with a small 414,
// and the refusal takes little memory.
func TestLimitBadQuery(t *testing.T) {
	refusing := limitedServer(t, defaultLimits)
	for _, c := range []struct{ name, part string }{
		{"repeated unknown key", "x=1"},
		{"parts without a value", "a"},
		{"repeated unknown key zz", "zz=1"},
		{"parts without a key", "=5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var res *http.Response
			var body []byte
			mem := servetest.Allocated(func() { res, body = servetest.Get(t, refusing+"/?"+megabyteQuery(c.part)) })
			t.Logf("%s, %d bytes, %d bytes allocated", res.Status, len(body), mem)
			if res.StatusCode != http.StatusRequestURITooLong {
				t.Errorf("%s, want 414", res.Status)
			}
			checkSecurityHeaders(t, res)
			if len(body) > 1000 || mem > 50<<20 {
				t.Errorf("the 414 is %d bytes and took %d bytes of memory", len(body), mem)
			}
		})
	}
}

// TestLimitSlowHeaders: a client that sends its headers a byte at a time is
// cut off once ReadHeaderTimeout has passed, and an idle kept-alive
// connection once IdleTimeout has.
func TestLimitSlowHeaders(t *testing.T) {
	l := defaultLimits
	l.readHeader, l.read, l.idle = 500*time.Millisecond, time.Second, 500*time.Millisecond
	base := limitedServer(t, l)
	addr := strings.TrimPrefix(base, "http://")

	t.Run("trickled headers", func(t *testing.T) {
		start := time.Now() // the server's clock starts after this
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		closed := make(chan time.Duration, 1)
		go func() {
			_, _ = io.Copy(io.Discard, conn) // returns once the server closes
			closed <- time.Since(start)
		}()
		request := "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 200)
		sent := 0
		for sent < len(request) {
			select {
			case after := <-closed:
				t.Logf("cut off after %v, %d bytes sent", after, sent)
				if after < l.readHeader || after > l.readHeader+time.Second {
					t.Errorf("cut off after %v, want just after %v", after, l.readHeader)
				}
				return
			case <-time.After(100 * time.Millisecond):
			}
			if _, err := conn.Write([]byte{request[sent]}); err != nil {
				break
			}
			sent++
		}
		t.Errorf("still connected after %v and %d bytes, ReadHeaderTimeout %v", time.Since(start), sent, l.readHeader)
	})

	t.Run("idle connection", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := io.WriteString(conn, "GET /web/icon.svg HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(conn)
		res, err := http.ReadResponse(r, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		answered := time.Now()
		_ = conn.SetReadDeadline(answered.Add(l.idle + 2*time.Second))
		_, err = r.ReadByte()
		after := time.Since(answered)
		t.Logf("idle connection closed after %v (%v)", after, err)
		if !errors.Is(err, io.EOF) || after > l.idle+time.Second {
			t.Errorf("after %v: %v; want the server to close within %v", after, err, l.idle)
		}
	})
}

// rawRequest sends a request as it is written and reads the answer.
func rawRequest(t *testing.T, base, request string) *http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	_ = conn.SetDeadline(time.Now().Add(testTimeout))
	if _, err := io.WriteString(conn, request); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	return res
}

// TestLimitSizes: a request target over the limit is 414, header fields
// over theirs 431, each with the security headers; up to the limits the
// page answers. Past net/http's own read limit, net/http answers 431.
func TestLimitSizes(t *testing.T) {
	l := defaultLimits
	base := limitedServer(t, l)
	// target is a request target of n bytes that decodes to silver=20 and
	// empty parts.
	target := func(n int) string { return "/?silver=20" + strings.Repeat("&", n-len("/?silver=20")) }
	// header pads a request's header fields to n bytes in all.
	header := func(n int) string {
		fixed := "Host: x\r\nConnection: close\r\nX-Pad: \r\n"
		return "Host: x\r\nConnection: close\r\nX-Pad: " + strings.Repeat("p", n-len(fixed)) + "\r\n"
	}
	for _, c := range []struct {
		name       string
		target     string
		header     string
		want       int
		ourHeaders bool
	}{
		{"target at the limit", target(l.uri), header(100), http.StatusOK, true},
		{"target over the limit", target(l.uri + 1), header(100), http.StatusRequestURITooLong, true},
		{"headers at the limit", "/", header(l.header), http.StatusOK, true},
		{"headers over the limit", "/", header(l.header + 1), http.StatusRequestHeaderFieldsTooLarge, true},
		{"headers far over the limit", "/", header(l.readLimit / 2), http.StatusRequestHeaderFieldsTooLarge, true},
		{"past net/http's read limit", "/", header(l.readLimit + 8<<10), http.StatusRequestHeaderFieldsTooLarge, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := rawRequest(t, base, "GET "+c.target+" HTTP/1.1\r\n"+c.header+"\r\n")
			if res.StatusCode != c.want {
				t.Errorf("%s, want %d", res.Status, c.want)
			}
			if c.ourHeaders {
				checkSecurityHeaders(t, res)
			}
		})
	}
}

// TestLimitMethods: pages and files answer GET and HEAD only; anything
// else is 405 with Allow, and the security headers.
func TestLimitMethods(t *testing.T) {
	base := limitedServer(t, defaultLimits)
	paths := []string{"/", "/?silver=20", "/embed", "/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest", "/manifest.json", "/web/app.css", "/robots.txt"}
	for _, p := range paths {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
			res, _ := servetest.Do(t, method, base+p)
			if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %s, Allow %q; want 405, GET, HEAD", method, p, res.Status, res.Header.Get("Allow"))
			}
			checkSecurityHeaders(t, res)
		}
		if p == "/robots.txt" {
			continue // not in web/
		}
		if res, body := servetest.Do(t, http.MethodHead, base+p); res.StatusCode != http.StatusOK || len(body) != 0 {
			t.Errorf("HEAD %s: %s, %d bytes", p, res.Status, len(body))
		}
	}
}

// TestLimitGoAppPaths: the paths go-app answers on its own (robots.txt and
// the like, which it fetches from itself and fails to, and its files again
// under /<version>/) are 404 or 405, and nothing is logged.
func TestLimitGoAppPaths(t *testing.T) {
	base := limitedServer(t, defaultLimits)
	var logged []string
	saved := app.DefaultLogger
	app.DefaultLogger = func(format string, v ...any) { logged = append(logged, fmt.Sprintf(format, v...)) }
	t.Cleanup(func() { app.DefaultLogger = saved })
	for _, c := range []struct {
		method, path string
		want         int
	}{
		{"GET", "/robots.txt", 404},
		{"POST", "/robots.txt", 405},
		{"POST", "/sitemap.xml", 405},
		{"PUT", "/ads.txt", 405},
		{"GET", "/test/robots.txt", 404},
		{"POST", "/test/robots.txt", 404},
		{"GET", "/test/sitemap.xml", 404},
		{"GET", "/test/app.js", 404},
		{"GET", "/test/", 404},
		{"GET", "/goapp.js", 404},
		{"GET", "/app.wasm", 404},
		{"GET", "/embed/", 404},
		{"POST", "/nope", 404},
	} {
		res, _ := servetest.Do(t, c.method, base+c.path)
		if res.StatusCode != c.want {
			t.Errorf("%s %s: %s, want %d", c.method, c.path, res.Status, c.want)
		}
		checkSecurityHeaders(t, res)
	}
	if len(logged) > 0 {
		t.Errorf("go-app logged:\n%s", strings.Join(logged, "\n"))
	}
}

// TestLimitETag: the page's ETag (go-app's, the version) gives 304 for the
// pages and go-app's files only; any other path is still 404.
func TestLimitETag(t *testing.T) {
	base := limitedServer(t, defaultLimits)
	res, _ := servetest.Get(t, base+"/")
	etag := res.Header.Get("ETag")
	if etag != `"test"` {
		t.Fatalf("the page's ETag is %q, want the version", etag)
	}
	for _, p := range []string{"/", "/?silver=20", "/embed", "/app.js"} {
		if res, body := servetest.Get(t, base+p, "If-None-Match", etag); res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("GET %s with the page's ETag: %s, %d bytes; want 304", p, res.Status, len(body))
		}
	}
	for _, p := range []string{"/nope", "/test/nope", "/test/", "/web/nope", "/robots.txt", "/embed/x"} {
		res, _ := servetest.Get(t, base+p, "If-None-Match", etag)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s with the page's ETag: %s, want 404", p, res.Status)
		}
		if slices.Contains(res.Header.Values("ETag"), etag) {
			t.Errorf("GET %s: a 404 with the page's ETag", p)
		}
	}
}
