//go:build !wasm

package main

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// cspWatch records, in a tab, every Content-Security-Policy violation: the
// page's securitypolicyviolation events (a listener installed before any
// page script runs) and the browser's own log lines about the policy.
type cspWatch struct {
	tb   *tab
	mu   sync.Mutex
	logs []string
}

const cspListener = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
	window.__cspViolations.push(e.effectiveDirective + " blocked " + (e.blockedURI || "?") +
		" at " + (e.sourceFile || "?") + ":" + e.lineNumber);
});`

func watchCSP(tb *tab) *cspWatch {
	tb.t.Helper()
	w := &cspWatch{tb: tb}
	tb.do("installing the securitypolicyviolation listener", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspListener})
		return err
	}))
	if err := chromedp.Listen(tb.ctx, func(ev any) {
		if e, ok := ev.(*log.EventEntryAdded); ok && strings.Contains(e.Entry.Text, "Content Security Policy") {
			w.mu.Lock()
			w.logs = append(w.logs, e.Entry.Text)
			w.mu.Unlock()
		}
	}); err != nil {
		tb.t.Fatal(err)
	}
	return w
}

// violations is what the page and the log reported so far.
func (w *cspWatch) violations() []string {
	w.tb.t.Helper()
	v := js[[]string](w.tb, `window.__cspViolations || ["the listener is not installed"]`)
	w.mu.Lock()
	defer w.mu.Unlock()
	return append(v, w.logs...)
}

// TestBrowserCSP: under the server's Content-Security-Policy (own origin,
// plus 'wasm-unsafe-eval'), the app loads, goes live and computes, with no
// violation reported; and the policy is really enforced: an inline script
// and an inline style are refused, and reported.
func TestBrowserCSP(t *testing.T) {
	tb := newTab(t)
	w := watchCSP(tb)
	res := get(tb, "navigating to /", chromedp.NavigateResponse(tb.base+"/"))
	if got := res.Headers["Content-Security-Policy"]; got != wantCSP {
		t.Fatalf("the page came with Content-Security-Policy %q, want %q", got, wantCSP)
	}
	tb.waitLive()
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitFigures("silver=20")
	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.waitFigures("silver=20&lucky-friday.tons=90000")
	js[bool](tb, `(() => { document.querySelectorAll("details").forEach(d => d.open = true); return true; })()`)
	tb.do("clicking #reset-all", chromedp.Click(chromedp.CSS("#reset-all")))
	tb.waitFigures("")
	if v := w.violations(); len(v) > 0 {
		t.Fatalf("Content-Security-Policy violations while the app ran:\n%s", strings.Join(v, "\n"))
	}

	// The watch sees a violation when there is one, and the policy allows
	// no inline script or style.
	ran := js[bool](tb, `(() => {
		const s = document.createElement("script");
		s.textContent = "window.__inlineRan = true";
		document.head.append(s);
		document.body.setAttribute("style", "outline: 1px solid red");
		return window.__inlineRan === true;
	})()`)
	if ran {
		t.Error("an inline script ran: the policy allows 'unsafe-inline'")
	}
	tb.poll("the refused inline script and style are reported", func() (bool, string) {
		v := strings.Join(w.violations(), "\n")
		return strings.Contains(v, "script-src") && strings.Contains(v, "style-src"), "reported: " + v
	})
}

// TestBrowserCSPNoScript: with JavaScript off, the policy still lets the
// page hide go-app's loader (web/noscript.css, not an inline style).
func TestBrowserCSPNoScript(t *testing.T) {
	tb := newTab(t)
	tb.do("turning JavaScript off", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	tb.do("navigating to /?silver=20", chromedp.Navigate(tb.base+"/?silver=20"))
	tb.poll("the loader is hidden", func() (bool, string) {
		d := js[string](tb, `(() => { const l = document.getElementById("app-wasm-loader"); return l ? getComputedStyle(l).display : "gone"; })()`)
		return d == "none", "the loader's display is " + d
	})
}
