//go:build !wasm

package main

// A tab of the shared browser and what a test does in it: run steps within
// e2eTimeout, evaluate, poll, open a page and wait for it to go live, type.

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// tab is a new tab of the shared browser, 1280×900, closed when the test
// ends; base is the server's URL.
type tab struct {
	t    *testing.T
	ctx  context.Context
	base string
}

func newTab(t *testing.T) *tab {
	t.Helper()
	return newTabAt(t, testServer(t))
}

// newTabAt is a new tab whose base is another server's URL; opts are its
// context's (chromedp.WithNewBrowserContext: a profile of its own).
func newTabAt(t *testing.T, base string, opts ...chromedp.ContextOption) *tab {
	t.Helper()
	parent := startBrowser(t)
	ctx, cancel := chromedp.NewContext(parent, opts...)
	t.Cleanup(cancel)
	// The first run opens the tab and binds it to ctx, so it takes no
	// timeout of its own: a watchdog stops one that hangs.
	opened := make(chan error, 1)
	go func() { opened <- chromedp.Do(ctx) }()
	select {
	case err := <-opened:
		if err != nil {
			t.Fatalf("opening a tab: %v", err)
		}
	case <-time.After(e2eTimeout):
		cancel()
		t.Fatalf("opening a tab took more than %v", e2eTimeout)
	}
	tb := &tab{t: t, ctx: ctx, base: base}
	tb.do("set the viewport to 1280×900", chromedp.EmulateViewport(1280, 900))
	return tb
}

// do runs steps within e2eTimeout; what says what they do, for the failure.
func (tb *tab) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, e2eTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// get runs one action within e2eTimeout and returns its value.
func get[T any](tb *tab, what string, a chromedp.Action[T]) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, e2eTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// js evaluates an expression in the page.
func js[T any](tb *tab, expr string) T {
	tb.t.Helper()
	return get(tb, "evaluating "+abbrev(expr), chromedp.Evaluate[T](expr))
}

func abbrev(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:117] + "..."
	}
	return s
}

// poll calls check until it reports done, or fails the test after
// e2eTimeout with check's last word on why not.
func (tb *tab) poll(what string, check func() (done bool, why string)) {
	tb.t.Helper()
	deadline := time.Now().Add(e2eTimeout)
	for {
		done, why := check()
		if done {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("%s: still not the case after %v:\n%s", what, e2eTimeout, why)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// open navigates to path (with its query) and waits for the app to be live.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.do("navigating to "+path, chromedp.Navigate(tb.base+path))
	tb.waitLive()
}

// waitLive waits until go-app's loader is gone or hidden and the page
// answers typing: a text that cannot be a number, put in the silver price's
// field with an input event, brings its field error; putting the field's
// text back clears it, and the scenario is what it was. (The address bar is
// rewritten in the encoder's form, as any edit does: a notice's key leaves
// it, while the notices stay on the page.)
func (tb *tab) waitLive() {
	tb.t.Helper()
	tb.poll("go-app's loader (#app-wasm-loader) goes away", func() (bool, string) {
		gone := js[bool](tb, `(() => {
			const l = document.getElementById("app-wasm-loader");
			if (!l) return true;
			const s = getComputedStyle(l);
			return l.hidden || s.display === "none" || s.visibility === "hidden";
		})()`)
		label := js[string](tb, `(document.getElementById("app-wasm-loader-label") || {}).textContent || ""`)
		return gone, "the loader still shows: " + label
	})
	// Go gives the main thread back while it starts (app/ui, routes.go),
	// so the loader goes before the page is live. The tests drive the live
	// page: they wait for its mount, and read the field as the page has
	// written it.
	tb.poll("every part of the page is mounted", func() (bool, string) {
		return js[bool](tb, `document.documentElement.hasAttribute("data-mounted")`), "<html> has no data-mounted"
	})
	const field = `document.querySelector('input[name="silver"]')`
	const fieldErr = `document.querySelector('.lever[data-lever="silver"] .field-error')`
	orig := js[string](tb, field+`.value`)
	set := func(text string) {
		js[bool](tb, fmt.Sprintf(`(() => {
			const el = %s;
			el.value = %q;
			el.dispatchEvent(new Event("input", {bubbles: true}));
			return true;
		})()`, field, text))
	}
	deadline := time.Now().Add(e2eTimeout)
	for {
		set(orig + "?")
		answered := false
		for range 20 { // the app answers within a frame or two once it runs
			if js[bool](tb, fieldErr+` !== null`) {
				answered = true
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if answered {
			break
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("the page does not answer typing within %v: WebAssembly never took over", e2eTimeout)
		}
	}
	set(orig)
	tb.poll("the probe's text is put back", func() (bool, string) {
		ok := js[bool](tb, fmt.Sprintf(`%s === null && %s.getAttribute("aria-invalid") === "false" && %s.value === %q`,
			fieldErr, field, field, orig))
		return ok, "the silver field still shows the probe's error"
	})
}

// waitSearch waits until location.search is want.
func (tb *tab) waitSearch(want string) {
	tb.t.Helper()
	tb.poll(fmt.Sprintf("location.search is %q", want), func() (bool, string) {
		got := js[string](tb, `location.search`)
		return got == want, fmt.Sprintf("location.search is %q", got)
	})
}

// typeInto replaces a field's text by typing, with real key events: Ctrl+A
// (select all), then text one key at a time.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
	selectAll := chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl), func(p *input.DispatchKeyEventParams) {
		if p.Type == kb.KeyDown || p.Type == kb.KeyRawDown {
			p.Commands = []string{"selectAll"}
		}
	})
	tb.do("selecting all of "+sel, chromedp.Focus(chromedp.CSS(sel)), selectAll)
	all := js[bool](tb, fmt.Sprintf(`(() => { const el = document.querySelector(%q);
		return document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length; })()`, sel))
	if !all {
		tb.t.Fatalf("Ctrl+A did not select all of %s", sel)
	}
	tb.do(fmt.Sprintf("typing %q into %s", text, sel), chromedp.SendKeys(chromedp.CSS(sel), text))
}

// value is an input's current value.
func (tb *tab) value(sel string) string {
	tb.t.Helper()
	return js[string](tb, fmt.Sprintf(`document.querySelector(%q).value`, sel))
}

func (tb *tab) waitValue(sel, want string) {
	tb.t.Helper()
	tb.poll(fmt.Sprintf("%s shows %q", sel, want), func() (bool, string) {
		got := tb.value(sel)
		return got == want, fmt.Sprintf("it shows %q", got)
	})
}
