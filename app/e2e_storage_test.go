//go:build !wasm

package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Saved scenarios in the browser: damaged and older entries leave the app
// working and stay in place; a scenario saves, survives a reload, opens,
// compares and deletes.
func TestBrowserSavedScenarios(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	const corrupt, old = savedPrefix + "corrupt", savedPrefix + "old"
	oldEntry := `{"v":0,"name":"Old","query":"silver=5"}`
	js[bool](tb, fmt.Sprintf(`(() => {
		for (const k of Object.keys(localStorage)) if (k.startsWith(%q)) localStorage.removeItem(k);
		localStorage.setItem(%q, "{not json");
		localStorage.setItem(%q, %q);
		return true;
	})()`, savedPrefix, corrupt, old, oldEntry))
	tb.open("/")
	notices := js[string](tb, `(document.querySelector(".saved-notices") || {}).textContent || ""`)
	if !strings.Contains(notices, "corrupt") || !strings.Contains(notices, "old") || !strings.Contains(notices, "kept") {
		t.Errorf("saved-scenario notices %q do not name both skipped entries", notices)
	}
	kept := func() {
		t.Helper()
		if got := js[string](tb, fmt.Sprintf(`localStorage.getItem(%q) + "|" + localStorage.getItem(%q)`, corrupt, old)); got != "{not json|"+oldEntry {
			t.Errorf("the skipped entries changed: %q", got)
		}
	}
	kept()

	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitSearch("?silver=20")
	tb.typeInto(`#save-name`, "Silver twenty")
	tb.do("saving", chromedp.Click(chromedp.CSS(`#save-scenario`)))
	names := func() string {
		return js[string](tb, `Array.from(document.querySelectorAll(".saved-list .name"), e => e.textContent).join("|")`)
	}
	tb.poll("the saved scenario is listed", func() (bool, string) { n := names(); return n == "Silver twenty", n })

	tb.open("/")
	tb.poll("the saved scenario survives a reload", func() (bool, string) { n := names(); return n == "Silver twenty", n })
	tb.waitFigures("")
	tb.do("opening it", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Open Silver twenty"]`)))
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")

	tb.do("comparing it", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label^="Compare Silver twenty"]`)))
	tb.poll("the comparison shows", func() (bool, string) {
		text := js[string](tb, `(document.querySelector(".compare") || {}).textContent || ""`)
		return strings.Contains(text, "Silver twenty") && strings.Contains(text, "Lucky Friday"), text
	})

	tb.do("deleting it", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Delete Silver twenty"]`)))
	tb.poll("the list is empty", func() (bool, string) { n := names(); return n == "", n })
	if n := js[int](tb, fmt.Sprintf(`Object.keys(localStorage).filter(k => k.startsWith(%q)).length`, savedPrefix)); n != 2 {
		t.Errorf("%d entries left, want the 2 skipped ones", n)
	}
	kept()
	js[bool](tb, fmt.Sprintf(`(localStorage.removeItem(%q), localStorage.removeItem(%q), true)`, corrupt, old))
}
