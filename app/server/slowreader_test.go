package server

import (
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hecla-calc/calculator/internal/servetest"
)

// TestLimitSlowReader: a client that takes app.wasm's brotli copy at 1 KB a
// second is cut off, reset, once the write limit has passed, and gets
// nothing more; a client that takes it at once gets all of it.
func TestLimitSlowReader(t *testing.T) {
	wasmBR, err := os.Stat(filepath.Join(webDir, "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	l := defaultLimits
	l.write = 2 * time.Second
	// slack is how long after the limit the client may take to see the cut:
	// its next read, a second later at most, and the little its own kernel
	// had taken before it; generous, for a machine busy with other tests
	// (the server before the bound still served such a client after a
	// minute).
	const slack = 5 * time.Second
	base := limitedServer(t, l)
	addr := strings.TrimPrefix(base, "http://")
	request := "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\n\r\n"

	t.Run("slow", func(t *testing.T) {
		conn := dialSmallWindow(t, addr, 1<<10)
		defer conn.Close()
		start := time.Now() // the server's clock starts after this
		if _, err := io.WriteString(conn, request); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 1<<10)
		read := 0
		for time.Since(start) < l.write+slack {
			_ = conn.SetReadDeadline(time.Now().Add(l.write + slack))
			n, err := conn.Read(buf)
			read += n
			if err != nil && !errors.Is(err, os.ErrDeadlineExceeded) {
				after := time.Since(start)
				t.Logf("cut off after %v (%v), %d bytes read", after, err, read)
				if after < l.write {
					t.Errorf("cut off after %v, before the write limit %v", after, l.write)
				}
				if int64(read) >= wasmBR.Size() {
					t.Errorf("%d bytes read: all of app.wasm.br's %d", read, wasmBR.Size())
				}
				return
			}
			time.Sleep(time.Second)
		}
		t.Errorf("still connected after %v, %d bytes read; the write limit is %v", time.Since(start), read, l.write)
	})

	t.Run("fast", func(t *testing.T) {
		res, body := servetest.Get(t, base+"/web/app.wasm", "Accept-Encoding", "br")
		if res.StatusCode != http.StatusOK || int64(len(body)) != wasmBR.Size() {
			t.Errorf("%s, %d bytes; want all of app.wasm.br's %d", res.Status, len(body), wasmBR.Size())
		}
	})
}
