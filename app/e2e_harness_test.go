//go:build !wasm

package main

// End-to-end tests: the real server (server.New, the built web/app.wasm) on
// 127.0.0.1, driven in headless Chromium through chromedp, every figure the
// page shows compared with what -eval prints for the same query (writeEval,
// in-process). One browser serves every test, a new tab each; every wait has
// a deadline (e2eTimeout), so nothing hangs.
//
// TestMain runs the package's tests from the repository's root, as
// `./bin/hecla` runs: the server serves ./web from the working directory.
//
// Without Chromium on PATH the browser tests skip, loudly (and under CI=true
// make counts a skip as a failure): `make test` installs Debian's chromium
// when it runs as root. The accessibility test needs axe-core from npm
// (package.json, pinned): `make test` runs `npm ci` for it.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/internal/headless"
)

// e2eTimeout bounds every wait of the browser tests.
const e2eTimeout = 30 * time.Second

// noBrowser is what every browser test says when it cannot run.
const noBrowser = "BROWSER TESTS SKIPPED: no Chromium (chromium, chromium-browser or google-chrome) on PATH; " +
	"make test installs Debian's chromium when run as root"

func TestMain(m *testing.M) {
	flag.Parse()
	code := func() int {
		root, err := repoRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		if err := os.Chdir(root); err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer stopE2E()
		return m.Run()
	}()
	os.Exit(code)
}

// repoRoot is the nearest directory up from here holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// The shared server, model and browser, started by the first test that needs
// them and stopped by TestMain.
var (
	e2eServerOnce sync.Once
	e2eServer     *httptest.Server
	e2eModel      *calc.Model
	e2eServerErr  error

	browserOnce   sync.Once
	browserCtx    context.Context
	cancelBrowser context.CancelFunc
	cancelAlloc   context.CancelFunc
	profileDir    string
	browserErr    error
	browserSkip   bool
)

// findChromium is the Chromium the suite drives, or "".
func findChromium() string { return headless.Find() }

// startBrowser launches one headless Chromium for every test, with a fresh
// profile; it skips the test loudly when there is no Chromium.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		exe := findChromium()
		if exe == "" {
			browserSkip = true
			return
		}
		profileDir, browserErr = os.MkdirTemp("", "hecla-e2e-chromium-")
		if browserErr != nil {
			return
		}
		opts := headless.Options(exe, profileDir)
		var allocCtx context.Context
		allocCtx, cancelAlloc = chromedp.NewExecAllocator(context.Background(), opts...)
		browserCtx, cancelBrowser = chromedp.NewContext(allocCtx)
		// The first run starts the browser and binds it to browserCtx, so it
		// takes no timeout of its own: a watchdog stops a launch that hangs.
		started := make(chan error, 1)
		go func() { started <- chromedp.Do(browserCtx) }()
		select {
		case browserErr = <-started:
		case <-time.After(2 * e2eTimeout):
			cancelBrowser()
			browserErr = fmt.Errorf("%s did not start within %v", exe, 2*e2eTimeout)
		}
		if browserErr != nil {
			browserErr = fmt.Errorf("starting %s: %w", exe, browserErr)
			return
		}
		tctx, cancel := context.WithTimeout(browserCtx, e2eTimeout)
		defer cancel()
		if v, err := chromedp.CallBrowser(tctx, browser.GetVersion, struct{}{}); err == nil {
			fmt.Fprintf(os.Stderr, "e2e: %s (%s)\n", v.Product, exe)
		}
	})
	if browserSkip {
		t.Skip(noBrowser)
	}
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

func stopE2E() {
	if cancelBrowser != nil {
		cancelBrowser()
	}
	if cancelAlloc != nil {
		cancelAlloc() // waits for the browser to exit
	}
	if profileDir != "" {
		os.RemoveAll(profileDir)
	}
	if e2eServer != nil {
		e2eServer.Close()
	}
}
