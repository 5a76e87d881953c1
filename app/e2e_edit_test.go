//go:build !wasm

package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// fieldMessage is the message beside a lever's field, "" when none.
func (tb *tab) fieldMessage(key string) string {
	tb.t.Helper()
	return js[string](tb, fmt.Sprintf(`(document.querySelector('.lever[data-lever=%q] .field-error') || {}).textContent || ""`, key))
}

// Typed key by key in a real browser: what passes through valid values on
// the way to an invalid text leaves the value before the edit in force, in
// the figures and the address bar, and says so; recovery takes a %.
func TestBrowserTypingKeyByKey(t *testing.T) {
	for _, tc := range []struct {
		key, keys, query, message string
	}{
		{"silver", "1e3", "", "in force: $13.31 per oz"},
		{"la-camorra.recovery", "105", "", "cannot be above 100%; in force: "},
		{"greens-creek.recovery", "91.72%", "greens-creek.recovery=91.72", ""},
	} {
		t.Run(tc.key+"="+tc.keys, func(t *testing.T) {
			tb := newTab(t)
			tb.open("/")
			// Recovery sits under its mine's "Advanced", closed.
			js[any](tb, fmt.Sprintf(`(() => { const d = document.querySelector('input[name=%q]').closest("details"); if (d) d.open = true; })()`, tc.key))
			tb.typeInto(fmt.Sprintf(`input[name=%q]`, tc.key), tc.keys)
			tb.waitFigures(tc.query)
			tb.waitSearch(map[bool]string{true: "", false: "?" + tc.query}[tc.query == ""])
			tb.poll("the field's message", func() (bool, string) {
				msg := tb.fieldMessage(tc.key)
				return (tc.message == "") == (msg == "") && strings.Contains(msg, tc.message), fmt.Sprintf("the message is %q", msg)
			})
			if got := tb.value(fmt.Sprintf(`input[name=%q]`, tc.key)); got != tc.keys {
				t.Errorf("the field shows %q, want what was typed, %q", got, tc.keys)
			}
		})
	}
}

// A switch of quarter keeps the levers the user changed and says so; Reset
// all returns to the release.
func TestBrowserPeriodKeepsChanges(t *testing.T) {
	tb := newTab(t)
	tb.open("/?silver=20")
	tb.do("choosing Q1 2006", chromedp.Click(chromedp.CSS(`input[name="period"][value="2006q1"]`)))
	tb.waitSearch("?period=2006q1&silver=20")
	tb.waitFigures("period=2006q1&silver=20")
	note := js[string](tb, `(document.querySelector(".period-note") || {}).textContent || ""`)
	if !strings.Contains(note, "Silver price $20.00 per oz") {
		t.Errorf("the page says %q on switching, want it to name the kept silver price", note)
	}
	tb.do("clicking #reset-all", chromedp.Click(chromedp.CSS("#reset-all")))
	tb.waitSearch("?period=2006q1")
	tb.waitFigures("period=2006q1")
}

// Back and Forward step through discrete changes: one field's edit (every
// key of it) is one entry, a deck or a reset another.
func TestBrowserBackAndForward(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitSearch("?silver=20")
	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.waitSearch("?silver=20&lucky-friday.tons=90000")
	tb.do("clicking #reset-all", chromedp.Click(chromedp.CSS("#reset-all")))
	tb.waitSearch("")
	for _, want := range []string{"silver=20&lucky-friday.tons=90000", "silver=20", ""} {
		js[any](tb, `history.back()`)
		tb.waitSearch(map[bool]string{true: "", false: "?" + want}[want == ""])
		tb.waitFigures(want)
	}
	js[any](tb, `history.forward()`)
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")
	if got := tb.value(`input[name="silver"]`); got != "20" {
		t.Errorf("after Forward the silver field shows %q, want 20", got)
	}
}

// When the clipboard refuses, "Copy link" says so and selects the link's
// text, to copy by hand.
func TestBrowserCopyLinkRefused(t *testing.T) {
	tb := newTab(t)
	tb.open("/?silver=20")
	js[any](tb, `navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"))`)
	tb.do("clicking #copy-link", chromedp.Click(chromedp.CSS("#copy-link")))
	tb.poll("the failure is reported and the link selected", func() (bool, string) {
		got := js[string](tb, `(() => { const a = document.activeElement, s = document.querySelector(".toolbar .status").textContent;
			return s + " | " + (a && a.id === "link-text" && a.selectionStart === 0 && a.selectionEnd === a.value.length ? a.value : "not selected"); })()`)
		return strings.Contains(got, "did not let the page copy the link") && strings.HasSuffix(got, "/?silver=20"), got
	})
}

// Back from the first edit returns to the address the page was loaded at,
// which go-app's own navigation takes for the one it already shows: the
// page follows it all the same.
func TestBrowserBackToTheFirstAddress(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")
	js[any](tb, `history.back()`)
	tb.waitSearch("")
	tb.waitFigures("")
	if got := tb.value(`input[name="silver"]`); got != "13.31" {
		t.Errorf("after Back the silver field shows %q, want the release's 13.31", got)
	}
}

// pdfText is a PDF's text in reading order, by poppler's pdftotext, which
// make test installs with Chromium (ensure-pdftotext).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	exe, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("PDF TEXT NOT READ: no pdftotext on PATH (Debian's poppler-utils; make test installs it as root)")
	}
	cmd := exec.Command(exe, "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// emulatePrint lays the page out for print media.
func emulatePrint(tb *tab) {
	tb.t.Helper()
	tb.do("emulating print", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
}

// printPDF prints the page to PDF on paper w × h inches, named paper.
func printPDF(tb *tab, paper string, w, h float64) []byte {
	tb.t.Helper()
	return get(tb, "printing to PDF on "+paper, chromedp.Action[[]byte](func(ctx context.Context, _ *chromedp.Target) ([]byte, error) {
		res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: w, PaperHeight: h})
		if err != nil {
			return nil, err
		}
		return res.Data, nil
	}))
}
