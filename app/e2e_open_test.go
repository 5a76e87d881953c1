//go:build !wasm

package main

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// Opening a saved scenario puts it in the address bar, as a new history
// entry, whether or not the link's "settings not applied" notice comes or
// goes with it: the address is what "Copy link" shares, so it must be the
// scenario on screen.
func TestBrowserOpenSavedFollowsTheAddress(t *testing.T) {
	tb := newTabAt(t, startServer(t, appHandler(t, "web")).URL) // a storage of its own
	tb.open("/")
	entries := []struct{ id, name, query string }{
		{"1", "Control", "silver=20"},
		{"2", "OneBad", "silver=19&x=1"},
		{"3", "Clean", "gold=701"},
	}
	script := `localStorage.clear();`
	for _, e := range entries {
		script += fmt.Sprintf(`localStorage.setItem(%q, %q);`, savedPrefix+e.id,
			fmt.Sprintf(`{"v":1,"name":%q,"query":%q,"saved":"x"}`, e.name, e.query))
	}
	js[bool](tb, `(() => {`+script+` return true; })()`)
	t.Cleanup(func() { js[bool](tb, `(localStorage.clear(), true)`) })

	notices := func() string {
		return js[string](tb, `Array.from(document.querySelectorAll(".notices li"), e => e.dataset.key).join(",")`)
	}
	open := func(name, search, figures, wantNotices string) {
		t.Helper()
		before := js[int](tb, `history.length`)
		tb.do("opening "+name, chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Open `+name+`"]`)))
		tb.waitFigures(figures)
		tb.poll("the notices after opening "+name, func() (bool, string) { n := notices(); return n == wantNotices, "notices for " + n })
		tb.waitSearch(search)
		if after := js[int](tb, `history.length`); after != before+1 {
			t.Errorf("opening %s: history has %d entries, was %d: want a new one", name, after, before)
		}
	}
	load := func(path, wantNotices string) {
		t.Helper()
		tb.open(path)
		tb.poll("the saved scenarios are listed", func() (bool, string) {
			n := js[int](tb, `document.querySelectorAll(".saved-list li").length`)
			return n == len(entries), fmt.Sprintf("%d listed", n)
		})
		if got := notices(); got != wantNotices {
			t.Fatalf("loaded %s: notices for %q, want %q", path, got, wantNotices)
		}
		// waitLive's probe is an edit, and an edit writes the address in
		// the encoder's form (x=1 leaves it) in a history entry of its
		// own, at the page's next frame: wait for it, or it could land
		// after the count an Open is checked against.
		tb.waitSearch("")
	}
	load("/", "")
	open("Control", "?silver=20", "silver=20", "")
	open("OneBad", "?silver=19", "silver=19", "x")
	open("Clean", "?gold=701", "gold=701", "")
	// A link with a parameter the page does not know, such as a tracker's.
	load("/?x=1", "x")
	open("Control", "?silver=20", "silver=20", "")
}
