//go:build !wasm

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
)

// hostPage is an investor-relations page on another origin, embedding the
// calculator with the README's snippet.
const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Investor relations</title></head>
<body style="margin:0"><h1>Investor relations</h1>
<div style="width:800px"><div data-hecla-calculator data-scenario="silver=20" data-show="lucky-friday,company" data-levers="prices"></div></div>
<script src="%s/web/embed.js" defer></script></body></html>`

func TestBrowserEmbed(t *testing.T) {
	tb := newTab(t)
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, hostPage, tb.base)
	}))
	defer host.Close()
	if strings.Split(host.URL, ":")[2] == strings.Split(tb.base, ":")[2] {
		t.Fatal("the host page must be on another origin than the calculator")
	}

	tb.do("opening the host page", chromedp.Navigate(host.URL))
	frameHeight := func() int {
		return js[int](tb, `(() => { const f = document.querySelector("iframe"); return f ? parseInt(f.style.height, 10) : -1 })()`)
	}
	tb.poll("the iframe grows to its content", func() (bool, string) {
		h := frameHeight()
		return h > 0 && h != 600, fmt.Sprintf("iframe height %d", h)
	})
	src := js[string](tb, `document.querySelector("iframe").src`)
	if want := tb.base + "/?embed=1&silver=20&show=lucky-friday%2Ccompany&levers=prices"; src != want {
		t.Errorf("iframe src %q, want %q", src, want)
	}
	// The height settles once the app is live; then a message that does not
	// come from the iframe's window and origin is ignored.
	var settled int
	tb.poll("the iframe's height settles", func() (bool, string) {
		h := frameHeight()
		time.Sleep(400 * time.Millisecond)
		settled = frameHeight()
		return h == settled, fmt.Sprintf("%d then %d", h, settled)
	})
	js[bool](tb, `(window.postMessage({type: "hecla-calc:height", height: 7}, "*"), true)`)
	time.Sleep(300 * time.Millisecond)
	if h := frameHeight(); h != settled {
		t.Errorf("a message from the host page itself moved the iframe to %d px", h)
	}

	// The embed itself, at the iframe's width: the chosen sections only,
	// no page chrome, the scenario's figures, and the height it reported.
	emb := newTab(t)
	emb.do("set the viewport to the iframe's width", chromedp.EmulateViewport(800, 900))
	emb.open("/embed?silver=20&show=lucky-friday,company&levers=prices")
	if js[bool](emb, `document.querySelector(".masthead") !== null || document.querySelector(".assumptions") !== null`) {
		t.Error("the embed shows page chrome (masthead or assumptions)")
	}
	want := evalFigures(t, "silver=20")
	var names []string
	for _, f := range emb.figures() {
		names = append(names, f.Metric)
		if f.Value != want[f.Metric] {
			t.Errorf("%s: embed %q, -eval %q", f.Metric, f.Value, want[f.Metric])
		}
	}
	var wantNames []string
	for _, n := range calc.OutputNames() {
		// The quarter's cash is the Cash panel's, not the sections'.
		if slices.Contains(view.CashMetrics(), n) {
			continue
		}
		if strings.HasPrefix(n, "lucky-friday.") || strings.HasPrefix(n, "company.") {
			wantNames = append(wantNames, n)
		}
	}
	sort.Strings(names)
	sort.Strings(wantNames)
	if strings.Join(names, " ") != strings.Join(wantNames, " ") {
		t.Errorf("embed shows %v, want %v", names, wantNames)
	}
	if body := js[int](emb, `document.body.offsetHeight`); body < settled-2 || body > settled+2 {
		t.Errorf("the embed's body is %d px high, the iframe %d px", body, settled)
	}
}

// The embed's own keys: bad values are notices, the scenario still applies,
// and the address bar keeps them beside the scenario.
func TestBrowserEmbedOptions(t *testing.T) {
	tb := newTab(t)
	tb.open("/?embed=1&theme=dark&show=company,copper&silver=20")
	gp := evalFigures(t, "silver=20")["company.gross-profit"]
	tb.poll("company gross profit is -eval's for silver=20", func() (bool, string) {
		got := js[string](tb, `document.querySelector('[data-metric="company.gross-profit"]').dataset.value`)
		return got == gp, got
	})
	notice := js[string](tb, `(document.querySelector(".notices") || {}).textContent || ""`)
	if !strings.Contains(notice, "copper") {
		t.Errorf("notices %q do not name the unknown section copper", notice)
	}
	if scheme := js[string](tb, `getComputedStyle(document.documentElement).colorScheme`); scheme != "dark" {
		t.Errorf("theme=dark gives color-scheme %q", scheme)
	}
	tb.typeInto(`input[name="silver"]`, "21")
	tb.waitSearch("?embed=1&theme=dark&show=company,copper&silver=21")
}
