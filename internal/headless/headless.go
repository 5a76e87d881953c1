// Package headless finds and configures the Chromium that the browser tests
// (app/e2e_*_test.go) and the benchmark (bench/cmd/benchtable) drive, so
// both run the browser the same way.
package headless

import (
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Find is the first Chromium of the usual names on PATH, or "".
func Find() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Options launch exe headless with a profile of its own. As root Chromium
// needs --no-sandbox; on a machine without internet the background-network
// flags stop its own connection attempts, which otherwise fail by the dozen.
func Options(exe, profile string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
}
