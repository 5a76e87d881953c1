//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// On a 390 px phone the results strip shows once a lever has the focus,
// never over the field being edited, and after an edit its five figures
// are -eval's for the new scenario; on a desktop it is not shown, and on
// paper it is not printed. With -screenshots, the phone's screen goes to
// docs/screenshot-phone-strip.png.
func TestBrowserPhoneStrip(t *testing.T) {
	tb := newTab(t)
	tb.do("emulating a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
	tb.open("/")
	shown := `(() => { const r = document.getElementById("strip").getBoundingClientRect();
		return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`
	if js[bool](tb, shown) {
		t.Error("the strip shows before any lever has the focus or changes")
	}
	field := `input[name="greens-creek.grade"]` // far below the first results
	tb.typeInto(field, "20")
	tb.waitSearch("?greens-creek.grade=20")
	if !js[bool](tb, shown) {
		t.Fatal("the strip is not in sight while Greens Creek's grade is edited")
	}
	covered := js[float64](tb, `document.getElementById("strip").getBoundingClientRect().bottom - document.querySelector('`+field+`').getBoundingClientRect().top`)
	if covered > 0 {
		t.Errorf("the strip covers the field being edited by %.0f px", covered)
	}
	want := evalFigures(t, "greens-creek.grade=20")
	tb.poll("the strip's figures are -eval's", func() (bool, string) {
		got := js[map[string]string](tb, `Object.fromEntries(Array.from(document.querySelectorAll("#strip [data-strip-metric]")).map(e => [e.dataset.stripMetric, e.dataset.value]))`)
		if len(got) != 5 {
			return false, fmt.Sprintf("the strip has %d figures, want 5", len(got))
		}
		for m, v := range got {
			if want[m] != v {
				return false, m + " is " + v + " in the strip, " + want[m] + " from -eval"
			}
		}
		return true, ""
	})
	// Blurred, it stays: the scenario changes a lever.
	js[bool](tb, `(document.activeElement.blur(), true)`)
	if !js[bool](tb, shown) {
		t.Error("the strip went when the field lost the focus, with a lever changed")
	}
	if *writeScreenshots {
		img := get(tb, "taking the phone's screen", chromedp.CaptureScreenshot())
		if err := os.WriteFile("docs/screenshot-phone-strip.png", img, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	emulatePrint(tb)
	if js[bool](tb, `document.getElementById("strip").getClientRects().length > 0`) {
		t.Error("the strip prints")
	}
	tb.do("a desktop's screen", chromedp.EmulateViewport(1366, 900), chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "screen"})
		return err
	}))
	if js[bool](tb, `document.getElementById("strip").getClientRects().length > 0`) {
		t.Error("the strip shows on a 1366 px desktop")
	}
}
