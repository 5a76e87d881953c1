//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Saved scenarios in the browser: damaged and older entries leave the app
// working and stay in place; a scenario saves (named from its levers when
// given no name), survives a reload, opens, stands side by side and deletes.
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
	// Saved without a name, a scenario is named from its levers.
	tb.do("saving without a name", chromedp.Click(chromedp.CSS(`#save-scenario`)))
	tb.poll("the unnamed scenario is listed by its levers", func() (bool, string) { n := names(); return n == "Silver twenty|Silver $20.00/oz", n })
	tb.do("deleting it", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Delete Silver $20.00/oz"]`)))
	tb.poll("it is gone", func() (bool, string) { n := names(); return n == "Silver twenty", n })
	// Undo puts it back, at its place and in the storage, and says so.
	status := func() string { return js[string](tb, `document.querySelector(".saved .status").textContent`) }
	if got := status(); got != "Deleted “Silver $20.00/oz”.Undo" {
		t.Errorf("after Delete the status reads %q, want the deletion and its Undo", got)
	}
	tb.do("undoing the deletion", chromedp.Click(chromedp.CSS(`#undo-delete`)))
	tb.poll("it is back", func() (bool, string) { n := names(); return n == "Silver twenty|Silver $20.00/oz", n })
	if got := status(); got != "Restored “Silver $20.00/oz”." {
		t.Errorf("after Undo the status reads %q", got)
	}
	if n := js[int](tb, fmt.Sprintf(`Object.keys(localStorage).filter(k => k.startsWith(%q)).length`, savedPrefix)); n != 4 {
		t.Errorf("%d entries in the storage after Undo, want the 2 saved and the 2 skipped", n)
	}
	tb.do("deleting it again", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Delete Silver $20.00/oz"]`)))
	tb.poll("it is gone again", func() (bool, string) { n := names(); return n == "Silver twenty", n })

	tb.open("/")
	tb.poll("the saved scenario survives a reload", func() (bool, string) { n := names(); return n == "Silver twenty", n })
	tb.waitFigures("")
	tb.do("opening it", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Open Silver twenty"]`)))
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")

	tb.do("putting it side by side", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Side by side: Silver twenty"]`)))
	tb.poll("the side by side shows", func() (bool, string) {
		text := js[string](tb, `(document.querySelector(".side-by-side") || {}).textContent || ""`)
		return strings.Contains(text, "Silver twenty") && strings.Contains(text, "Lucky Friday") && strings.Contains(text, "Silver price $20.00 per oz"), text
	})
	if p := js[string](tb, `document.querySelector('.saved-list li button[aria-label="Side by side: Silver twenty"]').getAttribute("aria-pressed")`); p != "true" {
		t.Errorf("the scenario's side-by-side button is aria-pressed=%q", p)
	}

	tb.do("deleting it", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Delete Silver twenty"]`)))
	tb.poll("the list is empty", func() (bool, string) { n := names(); return n == "", n })
	if n := js[int](tb, fmt.Sprintf(`Object.keys(localStorage).filter(k => k.startsWith(%q)).length`, savedPrefix)); n != 2 {
		t.Errorf("%d entries left, want the 2 skipped ones", n)
	}
	kept()
	js[bool](tb, fmt.Sprintf(`(localStorage.removeItem(%q), localStorage.removeItem(%q), true)`, corrupt, old))
}

// An import into a browser whose storage fills up midway: Chromium's
// QuotaExceededError is told apart from other refusals, the status says how
// many of the file's scenarios were saved, those are the file's first, in
// its order, after the scenario saved before, which is untouched. A file
// over the size limit is refused before it is read.
func TestBrowserImportStorageFull(t *testing.T) {
	tb := newTabAt(t, startServer(t, appHandler(t, "web")).URL) // an origin, and so a storage, of its own
	tb.open("/")
	const keptKey, keptEntry = savedPrefix + "1", `{"v":1,"name":"Kept","query":"gold=700","saved":"x"}`
	// Storage is filled to the last few characters, then the gap set aside
	// first is freed: room for a few scenarios, not for all forty.
	js[bool](tb, fmt.Sprintf(`(() => {
		localStorage.clear();
		localStorage.setItem(%q, %q);
		localStorage.setItem("test:gap", "x".repeat(1000));
		let i = 0;
		for (let size = 1 << 20; size >= 1; size >>= 1) {
			for (;;) {
				try { localStorage.setItem("test:fill:" + i, "x".repeat(size)); i++; }
				catch (e) { if (e.name !== "QuotaExceededError") throw e; break; }
			}
		}
		localStorage.removeItem("test:gap");
		return true;
	})()`, keptKey, keptEntry))
	t.Cleanup(func() { js[bool](tb, `(localStorage.clear(), true)`) })
	tb.open("/")
	names := func() []string {
		return js[[]string](tb, `Array.from(document.querySelectorAll(".saved-list .name"), e => e.textContent)`)
	}
	tb.poll("the scenario saved before is listed", func() (bool, string) { n := names(); return slices.Equal(n, []string{"Kept"}), fmt.Sprint(n) })

	choose := func(content string) {
		t.Helper()
		b, _ := json.Marshal(content)
		js[bool](tb, `(() => {
			const input = document.getElementById("import-json");
			const files = new DataTransfer();
			files.items.add(new File([`+string(b)+`], "scenarios.json", {type: "application/json"}));
			input.files = files.files;
			input.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`)
	}
	status := func() string { return js[string](tb, `document.querySelector("section.saved p.status").textContent`) }
	file, items := numberedFile(t, 40)
	choose(string(file))
	saved := regexp.MustCompile(`^Saved (\d+) of 40: this browser's storage is full\.$`)
	tb.poll("the status says how many were saved", func() (bool, string) { s := status(); return saved.MatchString(s), s })
	n, _ := strconv.Atoi(saved.FindStringSubmatch(status())[1])
	if n == 0 || n == 40 {
		t.Fatalf("%d saved: the test's gap should hold a few scenarios", n)
	}
	want := []string{"Kept"}
	want = append(want, items[:n]...)
	if got := names(); !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
	if got := js[string](tb, fmt.Sprintf(`localStorage.getItem(%q)`, keptKey)); got != keptEntry {
		t.Errorf("the entry saved before is now %q", got)
	}

	choose(strings.Repeat(" ", 300<<10))
	tb.poll("a file over the limit is refused", func() (bool, string) {
		s := status()
		return s == "Could not import: the file is 300 KB; this page imports files of up to 256 KB.", s
	})
}

// savedPrefix starts the key of each saved scenario in localStorage
// (app/view's saved.go), which the tests write and count entries under.
const savedPrefix = "hecla-calc:scenario:"

// numberedFile is an export file of n scenarios named "Silver 1", "Silver
// 2" ... each with a price of its own, and their names.
func numberedFile(t *testing.T, n int) (file []byte, names []string) {
	t.Helper()
	type item struct {
		Name  string `json:"name"`
		Query string `json:"query"`
	}
	var items []item
	for i := range n {
		items = append(items, item{fmt.Sprintf("Silver %d", i+1), fmt.Sprintf("silver=%d", 20+i)})
		names = append(names, items[i].Name)
	}
	file, err := json.Marshal(map[string]any{"format": "hecla-calc-scenarios", "version": 1, "scenarios": items})
	if err != nil {
		t.Fatal(err)
	}
	return file, names
}
