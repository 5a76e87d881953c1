//go:build unix

package server

import (
	"net"
	"syscall"
	"testing"
)

// dialSmallWindow connects to addr with a receive buffer of about n bytes,
// set before the connection opens, so the window the client offers is never
// larger: its kernel takes from the server no more than the client reads,
// and a little more.
func dialSmallWindow(t *testing.T, addr string, n int) net.Conn {
	t.Helper()
	var serr error
	d := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		err := c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, n)
		})
		if err == nil {
			err = serr
		}
		return err
	}}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return conn
}
