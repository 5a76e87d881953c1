package server

// A server in a process of its own, for the tests that read what the
// server's process took (its peak memory, VmHWM): in the test's own process
// the tests and their clients would count too. The child is this test
// binary again, told by its environment to serve instead of testing (the
// helper-process pattern of os/exec's tests).

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// childEnv, set to "1", makes the test binary serve (serveChild).
const childEnv = "HECLA_SERVER_TEST_CHILD"

// serveChild serves New's server, as bin/hecla does, on a port of
// 127.0.0.1, prints its address, and exits when its standard input closes:
// when the test that started it ends, or dies. Its pages are the stand-in
// with a table that makes it as large as the calculator's page.
func serveChild() error {
	standInRows = 1030
	srv, err := New(Config{WebDir: webDir, Pages: testPages})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Println(ln.Addr())
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
	return srv.Serve(ln)
}

// startChild starts a server in a process of its own (serveChild) for the
// rest of the test, and returns its base URL and its process id.
func startChild(t *testing.T) (base string, pid int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1", webDirEnv+"="+webDir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	addr := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		addr <- strings.TrimSpace(line)
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case a := <-addr:
		if a == "" {
			t.Fatal("the child server printed no address")
		}
		return "http://" + a, cmd.Process.Pid
	case <-time.After(testTimeout):
		t.Fatal("the child server printed no address in time")
	}
	return "", 0
}

// peakRSS is a process's peak resident memory in bytes: VmHWM, read from
// /proc (Linux only).
func peakRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, errors.New("no VmHWM in /proc/" + strconv.Itoa(pid) + "/status")
}

// raceDetector tells whether this test binary runs under the race
// detector, whose own memory a child's peak would count.
func raceDetector() bool {
	bi, ok := debug.ReadBuildInfo()
	return ok && slices.Contains(bi.Settings, debug.BuildSetting{Key: "-race", Value: "true"})
}
