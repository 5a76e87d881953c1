//go:build !wasm

package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Scenarios side by side print: the table and its columns' names are on
// paper, the saved panel's controls and list are not.
func TestBrowserSideBySidePrints(t *testing.T) {
	tb := newTabAt(t, startServer(t, appHandler(t, "web")).URL) // a storage of its own
	tb.open("/")
	js[bool](tb, fmt.Sprintf(`(() => { localStorage.clear();
		localStorage.setItem(%q, '{"v":1,"name":"Silver twenty","query":"silver=20","saved":"x"}'); return true; })()`, savedPrefix+"1"))
	t.Cleanup(func() { js[bool](tb, `(localStorage.clear(), true)`) })
	tb.open("/?gold=700")
	tb.do("putting it side by side", chromedp.Click(chromedp.CSS(`.saved-list li button[aria-label="Side by side: Silver twenty"]`)))
	tb.poll("the side by side shows", func() (bool, string) {
		return js[bool](tb, `!!document.querySelector(".side-by-side table")`), "no table"
	})
	emulatePrint(tb)
	pdf := printPDF(tb, "A4", 8.27, 11.69)
	text := pdfText(t, pdf)
	for _, want := range []string{"Scenarios side by side", "Silver twenty", "Silver price $20.00 per oz", "Gold price $700.00 per oz"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF does not say %q", want)
		}
	}
	for _, control := range []string{"Save current scenario", "Export side by side", "Close side by side", "Rename"} {
		if strings.Contains(text, control) {
			t.Errorf("the PDF prints the control %q", control)
		}
	}
}
