package server

import (
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"sync/atomic"
)

// Server is New's http.Server, served through its own Serve or
// ListenAndServe, which hold every connection to the bound on how long a
// client may take to take an answer (limits.write): see boundedConn. (The
// http.Server's ServeTLS and ListenAndServeTLS would serve it without.)
type Server struct {
	*http.Server
}

// Serve serves ln's connections, each a boundedConn.
func (s *Server) Serve(ln net.Listener) error {
	return s.Server.Serve(boundedListener{ln})
}

// ListenAndServe listens on s.Addr (":http" if empty) and serves it as
// Serve does.
func (s *Server) ListenAndServe() error {
	addr := s.Addr
	if addr == "" {
		addr = ":http"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(ln)
}

// sendBuffer is the kernel's send buffer for each connection, in bytes
// (Linux doubles it for its own bookkeeping). The kernel would otherwise grow
// it to megabytes, enough to take all of app.wasm's compressed copy at once:
// the server's writes would end at once, and the write limit would never
// apply to a client that then took it at a trickle. It is also as much
// as a connection has in flight, so it caps a connection's throughput at
// about twice its size per round trip; this size leaves a fast link fast.
const sendBuffer = 128 << 10

// boundedListener is a listener whose TCP connections are boundedConns.
type boundedListener struct{ net.Listener }

func (l boundedListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return c, err
	}
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return c, nil
	}
	// A connection whose buffer cannot be set is still served, with the
	// kernel's buffer: its writes then track its reads more loosely.
	_ = tc.SetWriteBuffer(sendBuffer)
	return &boundedConn{TCPConn: tc}, nil
}

// boundedConn is a TCP connection that holds a client to the write limit
// (http.Server's WriteTimeout, the connection's write deadline) by what
// it has taken, not by what the kernel has: its send buffer is small
// (sendBuffer), so the server's writes end only as the client reads; and
// once a write has failed on its deadline the connection is reset when
// closed, not closed gracefully, so that what the kernel still holds is
// thrown away rather than left to trickle to the client.
type boundedConn struct {
	*net.TCPConn
	late atomic.Bool // a write failed on its deadline
}

func (c *boundedConn) Write(b []byte) (int, error) {
	n, err := c.TCPConn.Write(b)
	c.check(err)
	return n, err
}

// ReadFrom is the TCPConn's (sendfile, for a file), which would otherwise
// write past Write.
func (c *boundedConn) ReadFrom(r io.Reader) (int64, error) {
	n, err := c.TCPConn.ReadFrom(r)
	c.check(err)
	return n, err
}

func (c *boundedConn) check(err error) {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		c.late.Store(true)
	}
}

func (c *boundedConn) Close() error {
	if c.late.Load() {
		_ = c.TCPConn.SetLinger(0)
	}
	return c.TCPConn.Close()
}
