//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Axe-core, installed by `npm ci` (make ensure-axe) from package-lock.json.
const axePath = "node_modules/axe-core/axe.min.js"

// axeViolation is one of axe-core's results.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// TestBrowserAccessibility runs axe-core on the live page, with a changed
// lever, a notice, a refused field and every <details> open, on a desktop
// in light and dark and on a phone; any serious or critical violation fails.
func TestBrowserAccessibility(t *testing.T) {
	src := axeSource(t)
	for _, c := range []struct {
		name          string
		width, height int64
		mobile        bool
		scheme        string
	}{
		{"desktop-light", 1280, 900, false, "light"},
		{"phone", 360, 800, true, "light"},
		{"desktop-dark", 1280, 900, false, "dark"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			var vopts []chromedp.EmulateViewportOption
			if c.mobile {
				vopts = append(vopts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.do("emulating "+c.name, chromedp.EmulateViewport(c.width, c.height, vopts...), emulateScheme(c.scheme))
			tb.open("/?silver=20&lucky-friday.tons=90000&copper=3")
			if js[bool](tb, `matchMedia("(prefers-color-scheme: dark)").matches`) != (c.scheme == "dark") {
				t.Fatalf("prefers-color-scheme is not %s", c.scheme)
			}
			tb.typeInto(`input[name="la-camorra.grade"]`, "x")
			tb.poll("the refused field shows its error", func() (bool, string) {
				return js[bool](tb, `document.querySelector('.lever[data-lever="la-camorra.grade"] .field-error') !== null`), "no error"
			})
			js[bool](tb, `(() => { document.querySelectorAll("details").forEach(d => d.open = true); return true; })()`)

			checkAxe(t, tb, src, false)
		})
	}
}

// checkAxe runs axe-core (src) on the page as it is: a serious or critical
// violation fails t, a lesser one is logged, or fails t too if strict.
func checkAxe(t *testing.T, tb *tab, src []byte, strict bool) {
	t.Helper()
	js[bool](tb, string(src)+"\n;true")
	violations := get(tb, "running axe", chromedp.Evaluate[[]axeViolation](`axe.run(document, {resultTypes: ["violations"]}).then(r =>
		r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), summary: n.failureSummary || ""}))})))`,
		chromedp.EvalAwaitPromise))
	for _, v := range violations {
		var b strings.Builder
		fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n    %s\n      %s", n.Target, strings.ReplaceAll(n.Summary, "\n", "\n      "))
		}
		if strict || v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("axe: %s", b.String())
		} else {
			t.Logf("axe (not failing): %s", b.String())
		}
	}
}

// axeSource is axe-core's script, which make test installs from npm.
func axeSource(t *testing.T) []byte {
	t.Helper()
	src, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("%v: run `make ensure-axe` (npm ci) first", err)
	}
	return src
}

// emulateScheme makes the page's prefers-color-scheme light or dark.
func emulateScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}
