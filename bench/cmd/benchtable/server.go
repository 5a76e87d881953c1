package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// server is one app's server, started by benchtable and stopped by it.
type server struct {
	name string
	cmd  *exec.Cmd
	url  string
}

var servedURL = regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/`)

// startServer runs program -addr 127.0.0.1:0 in dir and waits for the URL
// it prints once it listens.
func startServer(ctx context.Context, name, program, dir string) (*server, error) {
	abs, err := filepath.Abs(program)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, abs, "-addr", "127.0.0.1:0")
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s's server %s: %w", name, program, err)
	}
	s := &server{name: name, cmd: cmd}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		sent := false
		for sc.Scan() {
			if u := servedURL.FindString(sc.Text()); u != "" && !sent {
				found <- u
				sent = true
			}
		}
		io.Copy(io.Discard, out)
		if !sent {
			close(found)
		}
	}()
	select {
	case u, ok := <-found:
		if !ok {
			s.stop()
			return nil, fmt.Errorf("%s's server %s (in %s) exited before it served", name, program, dir)
		}
		s.url = u
		return s, nil
	case <-time.After(30 * time.Second):
		s.stop()
		return nil, fmt.Errorf("%s's server %s printed no URL within 30 s", name, program)
	}
}

// stop ends the server's process (only it) and waits for it.
func (s *server) stop() {
	if s.cmd.Process != nil {
		s.cmd.Process.Kill()
	}
	s.cmd.Wait()
}

// counter is a reverse proxy in front of a server that counts the requests
// for app.wasm and the bytes answered to them: a cold load's page fetches
// it once, and a service worker that caches it for offline use may fetch
// it again. Both apps go through one, alike.
type counter struct {
	mu          sync.Mutex
	requests    int
	notModified int // of which answered 304 Not Modified
	bytes       int64
	srv         *http.Server
	url         string
}

func newCounter(backend string) (*counter, error) {
	u, err := url.Parse(backend)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	c := &counter{url: "http://" + ln.Addr().String() + "/"}
	proxy := httputil.NewSingleHostReverseProxy(u)
	c.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/app.wasm") {
			proxy.ServeHTTP(w, r)
			return
		}
		c.mu.Lock()
		c.requests++
		c.mu.Unlock()
		proxy.ServeHTTP(&countingWriter{ResponseWriter: w, c: c}, r)
	})}
	go c.srv.Serve(ln)
	return c, nil
}

// take returns the counts since the last take: the requests received, how
// many of them were answered 304 Not Modified, and the bytes sent.
func (c *counter) take() (requests, notModified int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	requests, notModified, bytes = c.requests, c.notModified, c.bytes
	c.requests, c.notModified, c.bytes = 0, 0, 0
	return requests, notModified, bytes
}

func (c *counter) close() { c.srv.Close() }

type countingWriter struct {
	http.ResponseWriter
	c *counter
}

func (w *countingWriter) WriteHeader(code int) {
	if code == http.StatusNotModified {
		w.c.mu.Lock()
		w.c.notModified++
		w.c.mu.Unlock()
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.c.mu.Lock()
	w.c.bytes += int64(n)
	w.c.mu.Unlock()
	return n, err
}

func (w *countingWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
