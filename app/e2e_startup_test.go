//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// What a reader does on the pre-rendered page before the WebAssembly has
// taken over survives the page's start-up, whose first render replaces
// the server's page (app/ui, carry.go): a disclosure opened in a mine's card, a
// name typed into the save form, which keeps the focus; and once it runs,
// the page is the scenario's and the form saves under that name. The test
// holds app.wasm back until the reader has acted, in a profile of its own,
// so that no service worker answers for the network.
func TestBrowserStartUpKeepsWhatTheReaderDid(t *testing.T) {
	tb, release := openHeld(t, "/?silver=20")
	tb.poll("the pre-rendered page is parsed", func() (bool, string) {
		return js[bool](tb, `document.readyState !== "loading" && document.querySelector("#save-name") !== null`), document(tb)
	})
	const why = `document.querySelector("#lucky-friday details.why")`
	js[bool](tb, `(() => { `+why+`.open = true; return true; })()`)
	tb.typeInto(`#save-name`, "Before Go")
	release()
	tb.waitFigures("silver=20")
	if !js[bool](tb, why+`.open`) {
		t.Error("the disclosure the reader opened in Lucky Friday's card closed as the page was mounted", js[[]string](tb, `window.__goLog`))
	}
	if got := js[string](tb, `document.activeElement.id + "=" + document.activeElement.value`); got != "save-name=Before Go" {
		t.Errorf("the focused field and its text after start-up: %q, want the save form's name field with what the reader typed", got)
	}
	tb.do("saving", chromedp.Click(chromedp.CSS(`#save-scenario`)))
	tb.poll("the scenario is saved under the name typed before start-up", func() (bool, string) {
		n := js[string](tb, `Array.from(document.querySelectorAll(".saved-list .name"), e => e.textContent).join("|")`)
		return n == "Before Go", n
	})
}

// openHeld opens path in a tab of a profile of its own, so that no
// service worker answers for the network, with app.wasm held back until
// release, which then waits for every part of the page to be mounted.
func openHeld(t *testing.T, path string) (tb *tab, release func()) {
	t.Helper()
	tb = newTabAt(t, testServer(t), chromedp.WithNewBrowserContext())
	held := make(chan fetch.RequestID, 4)
	if err := chromedp.Listen(tb.ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			held <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*app.wasm*"}}}); err != nil {
		t.Fatal(err)
	}
	// Not chromedp.Navigate, which would wait for a load that app.wasm's
	// preload holds back.
	if _, err := chromedp.Call(tb.ctx, page.Navigate, page.NavigateParams{URL: tb.base + path}); err != nil {
		t.Fatal(err)
	}
	var wasm fetch.RequestID
	select {
	case wasm = <-held:
	case <-time.After(e2eTimeout):
		t.Fatal("the page did not ask for app.wasm")
	}
	return tb, func() {
		t.Helper()
		if js[bool](tb, `document.documentElement.hasAttribute("data-mounted")`) {
			t.Fatal("the page was mounted while its app.wasm was held back")
		}
		if _, err := chromedp.Call(tb.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: wasm}); err != nil {
			t.Fatal(err)
		}
		tb.poll("every part of the page is mounted", func() (bool, string) {
			return js[bool](tb, `document.documentElement.hasAttribute("data-mounted")`), "<html> has no data-mounted"
		})
	}
}

// What is typed in a lever's field before the page is live is one edit,
// judged whole, and the keys typed once it is live continue it: 9, then
// e4, leaves Lucky Friday's tons of the release in force, not the 9 typed
// on the way, and the address and every figure the release's.
func TestBrowserTypedBeforeLive(t *testing.T) {
	const field = `input[name="lucky-friday.tons"]`
	tb, release := openHeld(t, "/")
	tb.poll("the pre-rendered page is parsed", func() (bool, string) {
		return js[bool](tb, `document.readyState !== "loading" && document.querySelector("#save-name") !== null`), document(tb)
	})
	tb.typeInto(field, "9")
	release()
	tb.do("typing e4", chromedp.SendKeys(chromedp.CSS(field), "e4"))
	tb.waitValue(field, "9e4")
	tb.poll("the field's message says what is in force", func() (bool, string) {
		m := tb.fieldMessage("lucky-friday.tons")
		return strings.Contains(m, "in force: 84,848 tons"), "the message is " + m
	})
	tb.waitFigures("")
	tb.waitSearch("")
}

// document is the start of the page's text, for a failure.
func document(tb *tab) string {
	return js[string](tb, `document.body ? document.body.innerText.slice(0, 200) : "(no body yet)"`)
}
