//go:build !wasm

package main

// End-to-end tests: the real server (server.New, the built web/app.wasm) on
// 127.0.0.1, driven in headless Chromium through chromedp, every figure the
// page shows compared with what -eval prints for the same query (writeEval,
// in-process). One browser serves every test, a new tab each; every wait has
// a deadline (e2eTimeout), so nothing hangs.
//
// TestMain runs the package's tests from the repository's root, as
// `./bin/hecla` runs: the server serves ./web from the working directory.
//
// Without Chromium on PATH the browser tests skip, loudly (and under CI=true
// make counts a skip as a failure): `make test` installs Debian's chromium
// when it runs as root. The accessibility test needs axe-core from npm
// (package.json, pinned): `make test` runs `npm ci` for it.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/hecla-calc/calculator/app/ui"
	"github.com/hecla-calc/calculator/internal/dom"
	"github.com/hecla-calc/calculator/internal/headless"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hecla-calc/calculator/app/server"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/hecla-calc/calculator/internal/servetest"
	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

var writeScreenshots = flag.Bool("screenshots", false,
	"TestScreenshots also writes docs/screenshot-desktop.png and docs/screenshot-phone.png")

// e2eTimeout bounds every wait of the browser tests.
const e2eTimeout = 30 * time.Second

// noBrowser is what every browser test says when it cannot run.
const noBrowser = "BROWSER TESTS SKIPPED: no Chromium (chromium, chromium-browser or google-chrome) on PATH; " +
	"make test installs Debian's chromium when run as root"

// Axe-core, installed by `npm ci` (make ensure-axe) from package-lock.json.
const axePath = "node_modules/axe-core/axe.min.js"

func TestMain(m *testing.M) {
	flag.Parse()
	code := func() int {
		root, err := repoRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		if err := os.Chdir(root); err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer stopE2E()
		return m.Run()
	}()
	os.Exit(code)
}

// repoRoot is the nearest directory up from here holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// The shared server, model and browser, started by the first test that needs
// them and stopped by TestMain.
var (
	e2eServerOnce sync.Once
	e2eServer     *httptest.Server
	e2eModel      *calc.Model
	e2eServerErr  error

	browserOnce   sync.Once
	browserCtx    context.Context
	cancelBrowser context.CancelFunc
	cancelAlloc   context.CancelFunc
	profileDir    string
	browserErr    error
	browserSkip   bool
)

// testServer serves server.New, as bin/hecla does by default, on 127.0.0.1
// and returns its base URL.
func testServer(t *testing.T) string {
	t.Helper()
	e2eServerOnce.Do(func() {
		if _, err := os.Stat("web/app.wasm"); err != nil {
			e2eServerErr = fmt.Errorf("web/app.wasm is missing: run make build first (%v)", err)
			return
		}
		rel, err := data.Load()
		if err == nil {
			e2eModel, err = rel.Model()
		}
		if err != nil {
			e2eServerErr = err
			return
		}
		ui.Route()
		var srv *http.Server
		if srv, e2eServerErr = server.New(server.Config{WebDir: "web", Pages: ui.Pages}); e2eServerErr != nil {
			return
		}
		e2eServer = httptest.NewUnstartedServer(srv.Handler) // listens on 127.0.0.1:0
		e2eServer.Config = srv
		e2eServer.Start()
	})
	if e2eServerErr != nil {
		t.Fatal(e2eServerErr)
	}
	return e2eServer.URL
}

// appHandler is server.New's handler for the app's pages, serving webDir.
func appHandler(t *testing.T, webDir string) http.Handler {
	t.Helper()
	srv, err := server.New(server.Config{WebDir: webDir, Pages: ui.Pages})
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler
}

// startServer serves h on a 127.0.0.1 port of its own (an origin of its own,
// so its service worker and caches are its own) until the test ends; the
// model and the routes are loaded as for the shared server.
func startServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	testServer(t)
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

// findChromium is the Chromium the suite drives, or "".
func findChromium() string { return headless.Find() }

// startBrowser launches one headless Chromium for every test, with a fresh
// profile; it skips the test loudly when there is no Chromium.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		exe := findChromium()
		if exe == "" {
			browserSkip = true
			return
		}
		profileDir, browserErr = os.MkdirTemp("", "hecla-e2e-chromium-")
		if browserErr != nil {
			return
		}
		opts := headless.Options(exe, profileDir)
		var allocCtx context.Context
		allocCtx, cancelAlloc = chromedp.NewExecAllocator(context.Background(), opts...)
		browserCtx, cancelBrowser = chromedp.NewContext(allocCtx)
		// The first run starts the browser and binds it to browserCtx, so it
		// takes no timeout of its own: a watchdog stops a launch that hangs.
		started := make(chan error, 1)
		go func() { started <- chromedp.Do(browserCtx) }()
		select {
		case browserErr = <-started:
		case <-time.After(2 * e2eTimeout):
			cancelBrowser()
			browserErr = fmt.Errorf("%s did not start within %v", exe, 2*e2eTimeout)
		}
		if browserErr != nil {
			browserErr = fmt.Errorf("starting %s: %w", exe, browserErr)
			return
		}
		tctx, cancel := context.WithTimeout(browserCtx, e2eTimeout)
		defer cancel()
		if v, err := chromedp.CallBrowser(tctx, browser.GetVersion, struct{}{}); err == nil {
			fmt.Fprintf(os.Stderr, "e2e: %s (%s)\n", v.Product, exe)
		}
	})
	if browserSkip {
		t.Skip(noBrowser)
	}
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

func stopE2E() {
	if cancelBrowser != nil {
		cancelBrowser()
	}
	if cancelAlloc != nil {
		cancelAlloc() // waits for the browser to exit
	}
	if profileDir != "" {
		os.RemoveAll(profileDir)
	}
	if e2eServer != nil {
		e2eServer.Close()
	}
}

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

// newTabAt is a new tab whose base is another server's URL.
func newTabAt(t *testing.T, base string) *tab {
	t.Helper()
	parent := startBrowser(t)
	ctx, cancel := chromedp.NewContext(parent)
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

// shownFigure is one [data-metric] element of the page.
type shownFigure struct {
	Metric   string `json:"metric"`
	Value    string `json:"value"`
	HasValue bool   `json:"hasValue"`
	Text     string `json:"text"`
}

func (tb *tab) figures() []shownFigure {
	tb.t.Helper()
	return js[[]shownFigure](tb, `Array.from(document.querySelectorAll("[data-metric]"), e => ({
		metric: e.getAttribute("data-metric"),
		value: e.getAttribute("data-value") || "",
		hasValue: e.hasAttribute("data-value"),
		text: e.textContent,
	}))`)
}

// evalFigures is what -eval prints for query: each output's unrounded
// decimal, "" for null.
func evalFigures(t *testing.T, query string) map[string]string {
	t.Helper()
	testServer(t) // loads the model
	var buf bytes.Buffer
	if err := writeEval(&buf, e2eModel, query); err != nil {
		t.Fatalf("-eval %q: %v", query, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatalf("-eval %q: not JSON: %v\n%s", query, err, buf.String())
	}
	out := map[string]string{}
	for _, name := range calc.MetricNames() {
		v, ok := raw[name]
		if !ok {
			t.Fatalf("-eval %q: no %q", query, name)
		}
		var s *string
		if err := json.Unmarshal(v, &s); err != nil {
			t.Fatalf("-eval %q: %s is %s, not a string or null", query, name, v)
		}
		if s != nil {
			out[name] = *s
		}
	}
	return out
}

// diffFigures lists how the page's figures differ from -eval's: the set of
// names must be calc.MetricNames() exactly, and each value -eval's string.
// A figure that does not exist (null) must have data-value="", present
// and empty, as the contract says.
func diffFigures(want map[string]string, got []shownFigure) []string {
	var diffs []string
	seen := map[string]bool{}
	for _, f := range got {
		seen[f.Metric] = true
		w, known := want[f.Metric]
		switch {
		case !slices.Contains(calc.MetricNames(), f.Metric):
			diffs = append(diffs, fmt.Sprintf("%s: on the page, not an output of the contract", f.Metric))
		case !known && (!f.HasValue || f.Value != ""):
			diffs = append(diffs, fmt.Sprintf("%s: page %q (attribute present: %v), -eval null: want data-value=\"\"", f.Metric, f.Value, f.HasValue))
		case known && (!f.HasValue || f.Value != w):
			diffs = append(diffs, fmt.Sprintf("%s: page %q (text %q), -eval %q", f.Metric, f.Value, f.Text, w))
		}
	}
	for _, name := range calc.MetricNames() {
		if !seen[name] {
			diffs = append(diffs, fmt.Sprintf("%s: missing from the page", name))
		}
	}
	return diffs
}

// waitFigures waits until every figure on the page is -eval's for query.
func (tb *tab) waitFigures(query string) {
	tb.t.Helper()
	want := evalFigures(tb.t, query)
	tb.poll(fmt.Sprintf("the page's figures equal -eval %q", query), func() (bool, string) {
		d := diffFigures(want, tb.figures())
		return len(d) == 0, strings.Join(d, "\n")
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

func TestBrowserScenarioURL(t *testing.T) {
	for _, q := range []string{
		"silver=20&lucky-friday.tons=90000&la-camorra.grade=0.6",
		"period=2006q1&zinc=2",
	} {
		t.Run(q, func(t *testing.T) {
			tb := newTab(t)
			tb.open("/?" + q)
			tb.waitFigures(q)
			tb.waitSearch("?" + q) // already in the encoder's form, so unchanged
		})
	}
}

func TestBrowserTyping(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")

	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitSearch("?silver=20")
	tb.waitFigures("silver=20")

	tb.typeInto(`input[name="lucky-friday.tons"]`, "90000")
	tb.waitSearch("?silver=20&lucky-friday.tons=90000")
	tb.waitFigures("silver=20&lucky-friday.tons=90000")
	if got := tb.value(`input[name="silver"]`); got != "20" {
		t.Errorf("the silver field shows %q after typing elsewhere, want 20", got)
	}
	// A changed lever offers its reset.
	if !js[bool](tb, `document.querySelector('.lever[data-lever="lucky-friday.tons"] button.reset') !== null`) {
		t.Errorf("no reset button on Lucky Friday ore tons after changing it")
	}
}

// The figures follow an edit in the input event's own task (bound values,
// leaves.go), not at go-app's next frame: read as soon as dispatchEvent
// returns, every figure already has -eval's value for the new scenario.
// With the analysis panel open too: its charts follow a frame later.
func TestBrowserFiguresFollowInTheInputsTask(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")
	base := evalFigures(t, "")
	edit := func(silver string) {
		t.Helper()
		got := js[map[string]string](tb, `(() => {
			const field = document.querySelector('input[name="silver"]');
			field.value = "`+silver+`";
			field.dispatchEvent(new Event("input", { bubbles: true }));
			const out = {};
			document.querySelectorAll("[data-metric]").forEach(e => { out[e.dataset.metric] = e.getAttribute("data-value"); });
			return out;
		})()`)
		want := evalFigures(t, "silver="+silver)
		changed := 0
		for metric, v := range want {
			if got[metric] != v {
				t.Errorf("silver %s: %s: %q when the input event returned, -eval %q", silver, metric, got[metric], v)
			}
			if base[metric] != v {
				changed++
			}
		}
		if changed < 15 {
			t.Errorf("silver at $%s changes %d figures; the test needs an edit that moves many", silver, changed)
		}
	}
	edit("17.5")

	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	curve := func() string { return js[string](tb, `(document.querySelector("#curve svg") || {}).innerHTML || ""`) }
	tb.poll("the price curve is drawn", func() (bool, string) { return curve() != "", "no curve yet" })
	before := curve()
	edit("21")
	tb.poll("the price curve follows", func() (bool, string) { return curve() != before, "unchanged" })
}

func TestBrowserSlider(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitFigures("")

	const slider = "#lever-silver-slider"
	attr := func(name string) decimal.Decimal {
		s := js[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute(%q) || ""`, slider, name))
		d, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatalf("%s %s=%q: %v", slider, name, s, err)
		}
		return d
	}
	pos, err := decimal.NewFromString(tb.value(slider))
	if err != nil {
		t.Fatal(err)
	}
	lo, hi, step := attr("min"), attr("max"), attr("step")
	// The slider's rule: a position of lo..hi across zero to twice the
	// release's figure, rounded to the places the release prints it with.
	silver := calc.PriceLever(calc.Silver)
	base := e2eModel.Default().BaselineLever(silver)
	valueAt := func(p decimal.Decimal) decimal.Decimal {
		top := base.Mul(decimal.NewFromInt(2))
		return top.Mul(p.Sub(lo)).Div(hi.Sub(lo)).Round(-base.Exponent())
	}
	if got := valueAt(pos); !got.Equal(base) {
		t.Fatalf("the slider starts at position %s, which is %s, not the release's %s", pos, got, base)
	}
	after := pos.Add(step.Mul(decimal.NewFromInt(2)))
	want := valueAt(after).String()
	if want != "13.58" { // the same rule by hand: 26.62 × 51% = 13.5762
		t.Fatalf("derived %s for position %s, not 13.58: the slider's min, max or step changed", want, after)
	}

	tb.do("pressing ArrowRight twice on "+slider,
		chromedp.Focus(chromedp.CSS(slider)),
		chromedp.KeyEvent(kb.ArrowRight),
		chromedp.KeyEvent(kb.ArrowRight),
	)
	tb.waitValue(`input[name="silver"]`, want)
	tb.waitSearch("?silver=" + want)
	q := strings.TrimPrefix(js[string](tb, `location.search`), "?")
	tb.waitFigures(q)
	gp := evalFigures(t, q)["company.gross-profit"]
	for _, f := range tb.figures() {
		if f.Metric == "company.gross-profit" && f.Value != gp {
			t.Errorf("company.gross-profit %q, -eval %q of %q", f.Value, gp, q)
		}
	}
	if got := tb.value(slider); got != after.String() {
		t.Errorf("the slider sits at %s, want %s", got, after)
	}

	tb.do("pressing Home on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.Home))
	tb.waitValue(`input[name="silver"]`, "0")
	tb.waitSearch("?silver=0")
	tb.waitFigures("silver=0")

	// Page Up moves it by 10% of the release's figure (13.31 × 10% is
	// 1.331, to the release's cents), as the README says; Page Down back.
	tb.do("pressing PageUp on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.PageUp))
	tb.waitValue(`input[name="silver"]`, "1.33")
	tb.waitSearch("?silver=1.33")
	tb.waitFigures("silver=1.33")
	tb.do("pressing PageDown on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.PageDown))
	tb.waitValue(`input[name="silver"]`, "0")
}

// TestBrowserEveryLeverIsWired types into every lever's field, and moves
// every lever's slider, on a page loaded at "/" (no notice, so nothing makes
// go-app remount the page after its first render): each changes its own
// lever, and only it.
func TestBrowserEveryLeverIsWired(t *testing.T) {
	openDetails := func(tb *tab) {
		js[bool](tb, `(() => { document.querySelectorAll("details").forEach(d => d.open = true); return true; })()`)
	}
	// keysNow is the address bar's query, decoded.
	keysNow := func(tb *tab) url.Values {
		q, err := url.ParseQuery(strings.TrimPrefix(js[string](tb, `location.search`), "?"))
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	// settle waits briefly for the address bar to hold want's keys, the
	// last of them at value (any value when value is ""); a lever wired to
	// another one never gets there, so it does not wait long. The address
	// bar follows an edit at go-app's next frame, so after two keystrokes
	// it may still hold the first.
	settle := func(tb *tab, want []string, value string) url.Values {
		var q url.Values
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			q = keysNow(tb)
			if keysOf(q) == strings.Join(want, " ") && (value == "" || q.Get(want[len(want)-1]) == value) {
				break
			}
		}
		return q
	}
	t.Run("fields", func(t *testing.T) {
		testServer(t)
		p := e2eModel.Default()
		tb := newTab(t)
		tb.open("/")
		openDetails(tb)
		var s calc.Scenario
		var keys []string
		for i, l := range calc.Levers() {
			// A value of its own for each lever (recovery allows up to 100),
			// so a lever changed by another's field shows which.
			v := decimal.NewFromInt(int64(i + 1))
			if v.Equal(p.BaselineLever(l)) {
				v = decimal.NewFromInt(int64(i + 41))
			}
			before := keysNow(tb)
			tb.typeInto(`input[name="`+l.Key()+`"]`, v.String())
			keys = append(keys, l.Key())
			q := settle(tb, keys, v.String())
			if got := keysOf(q); got != strings.Join(keys, " ") || q.Get(l.Key()) != v.String() {
				t.Errorf("typing %s into %s's field changed %s, not %s=%s",
					v, l.Key(), queryChanges(before, q), l.Key(), v)
				tb.open("/") // start again from the release
				openDetails(tb)
				s, keys = calc.Scenario{}, nil
				continue
			}
			if err := s.Set(p, l, v); err != nil {
				t.Fatal(err)
			}
		}
		if !t.Failed() {
			tb.waitSearch("?" + e2eModel.Encode(s))
			tb.waitFigures(e2eModel.Encode(s))
		}
	})
	t.Run("sliders", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		openDetails(tb)
		var keys []string
		for _, l := range calc.Levers() {
			slider := `input[id="lever-` + l.Key() + `-slider"]` // a key may hold a "."
			before := keysNow(tb)
			tb.do("pressing End on "+slider, chromedp.Focus(chromedp.CSS(slider)), chromedp.KeyEvent(kb.End))
			keys = append(keys, l.Key())
			q := settle(tb, keys, "")
			if got := keysOf(q); got != strings.Join(keys, " ") {
				t.Errorf("pressing End on %s changed %s, not %s", slider, queryChanges(before, q), l.Key())
				tb.open("/")
				openDetails(tb)
				keys = nil
				continue
			}
			tb.waitValue(`input[name="`+l.Key()+`"]`, q.Get(l.Key())) // the field follows
		}
		if !t.Failed() {
			q := strings.TrimPrefix(js[string](tb, `location.search`), "?")
			tb.waitFigures(q)
		}
	})
}

// queryChanges says which keys of the address bar's query an action changed.
func queryChanges(before, after url.Values) string {
	var out []string
	for _, k := range strings.Fields(keysOf(after)) {
		if after.Get(k) != before.Get(k) {
			out = append(out, fmt.Sprintf("%s from %q to %q", k, before.Get(k), after.Get(k)))
		}
	}
	for _, k := range strings.Fields(keysOf(before)) {
		if !after.Has(k) {
			out = append(out, k+" (gone from the address bar)")
		}
	}
	if len(out) == 0 {
		return "nothing in the address bar"
	}
	return strings.Join(out, ", ")
}

// keysOf lists a query's keys in the encoder's (lever) order.
func keysOf(q url.Values) string {
	var keys []string
	for _, l := range calc.Levers() {
		if q.Has(l.Key()) {
			keys = append(keys, l.Key())
		}
	}
	for k := range q {
		if _, ok := calc.LeverByKey(k); !ok {
			keys = append(keys, k)
		}
	}
	return strings.Join(keys, " ")
}

func TestBrowserInvalidInput(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	const field = `input[name="lucky-friday.tons"]`
	const errSel = `.lever[data-lever="lucky-friday.tons"] .field-error`

	tb.typeInto(field, "12x")
	tb.poll("a field error appears for Lucky Friday ore tons", func() (bool, string) {
		msg := js[string](tb, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, errSel))
		return strings.Contains(msg, "Lucky Friday ore tons"), fmt.Sprintf("the message is %q", msg)
	})
	if got := tb.value(field); got != "12x" {
		t.Errorf("the field shows %q, want what was typed, 12x", got)
	}
	if got := js[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-invalid")`, field)); got != "true" {
		t.Errorf("aria-invalid=%q, want true", got)
	}
	describedBy := js[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-describedby")`, field))
	errID := js[string](tb, fmt.Sprintf(`document.querySelector(%q).id`, errSel))
	if errID == "" || !slices.Contains(strings.Fields(describedBy), errID) {
		t.Errorf("aria-describedby=%q does not name the error (id %q)", describedBy, errID)
	}
	// Key by key, "1" and "12" were valid on the way, but nothing
	// half-typed stays in force: the value before this edit does.
	tb.waitFigures("")
	tb.waitSearch("")

	tb.typeInto(field, "-5")
	tb.poll("the message says it cannot be negative", func() (bool, string) {
		msg := js[string](tb, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, errSel))
		return strings.Contains(msg, "Lucky Friday ore tons") && strings.Contains(msg, "cannot be negative") && strings.Contains(msg, "in force: 84,848 tons"),
			fmt.Sprintf("the message is %q", msg)
	})
	tb.waitFigures("")
	tb.waitSearch("")
}

// TestE2EPrerenderedHTML reads the server's HTML as a crawler or a browser
// without JavaScript gets it: no browser involved.
func TestE2EPrerenderedHTML(t *testing.T) {
	base := testServer(t)
	const q = "silver=20"
	res, body := servetest.Get(t, base+"/?"+q)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /?%s: %s", q, res.Status)
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var got []shownFigure
	var periods []string // the period radios HTML reads as checked
	silverValue, silverFound := "", false
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if m, ok := dom.Attr(n, "data-metric"); ok {
			v, has := dom.Attr(n, "data-value")
			got = append(got, shownFigure{Metric: m, Value: v, HasValue: has, Text: dom.Text(n)})
		}
		if _, open := dom.Attr(n, "open"); open && n.Data == "details" {
			id, _ := dom.Attr(n, "id")
			t.Errorf("pre-rendered, <details id=%q> is open (an attribute open=\"false\" is open): every panel starts closed", id)
		}
		if n.Data == "input" {
			name, _ := dom.Attr(n, "name")
			if name == "silver" {
				silverValue, silverFound = dom.Attr(n, "value")
			}
			if _, on := dom.Attr(n, "checked"); on && name == "period" {
				v, _ := dom.Attr(n, "value")
				periods = append(periods, v)
			}
		}
	}
	if len(periods) != 1 || periods[0] != "2007q1" {
		t.Errorf("pre-rendered, the period radios checked are %q, want only 2007q1 (an attribute checked=\"false\" is checked)", periods)
	}
	if d := diffFigures(evalFigures(t, q), got); len(d) > 0 {
		t.Errorf("pre-rendered figures differ from -eval %q:\n%s", q, strings.Join(d, "\n"))
	}
	if !silverFound || silverValue != "20" {
		t.Errorf(`input[name="silver"] value %q (present: %v), want 20`, silverValue, silverFound)
	}
	for _, f := range got {
		if f.Metric == "company.gross-profit" && f.Text != "$25,418" {
			t.Errorf("company.gross-profit reads %q, want $25,418 (thousands, grouped)", f.Text)
		}
	}
}

// TestBrowserNoScript: with JavaScript off, the page still shows the URL's
// figures, pre-rendered.
func TestBrowserNoScript(t *testing.T) {
	tb := newTab(t)
	tb.do("turning JavaScript off", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	const q = "silver=20"
	tb.do("navigating to /?"+q, chromedp.Navigate(tb.base+"/?"+q))
	// No script ran: app.js would have removed the loader.
	if !js[bool](tb, `document.getElementById("app-wasm-loader") !== null`) {
		t.Fatal("the loader is gone, so scripts ran: JavaScript is not off")
	}
	if d := diffFigures(evalFigures(t, q), tb.figures()); len(d) > 0 {
		t.Errorf("figures without JavaScript differ from -eval %q:\n%s", q, strings.Join(d, "\n"))
	}
	if got := tb.value(`input[name="silver"]`); got != "20" {
		t.Errorf("the silver field shows %q, want 20", got)
	}
}

func TestBrowserNotices(t *testing.T) {
	tb := newTab(t)
	tb.open("/?copper=3&silver=20")
	text := js[string](tb, `(document.querySelector(".notices") || {}).textContent || ""`)
	if !strings.Contains(text, "copper") {
		t.Fatalf("the notices %q do not name copper", text)
	}
	tb.waitFigures("silver=20")
	tb.do("clicking #dismiss-notices", chromedp.Click(chromedp.CSS("#dismiss-notices")))
	tb.poll("the notices go away", func() (bool, string) {
		return js[bool](tb, `document.querySelector(".notices") === null`), "the notices are still there"
	})
	tb.waitFigures("silver=20")
}

func TestBrowserPeriodAndReset(t *testing.T) {
	t.Run("period", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		tb.do("choosing Q1 2006", chromedp.Click(chromedp.CSS(`input[name="period"][value="2006q1"]`)))
		tb.waitSearch("?period=2006q1")
		tb.waitFigures("period=2006q1")
		if !js[bool](tb, `document.querySelector('input[name="period"][value="2006q1"]').checked`) ||
			js[bool](tb, `document.querySelector('input[name="period"][value="2007q1"]').checked`) {
			t.Error("Q1 2006 is not the one checked period")
		}
	})
	t.Run("reset", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/?silver=20&gold=700")
		tb.waitFigures("silver=20&gold=700")
		tb.do("clicking #reset-all", chromedp.Click(chromedp.CSS("#reset-all")))
		tb.waitSearch("")
		tb.waitFigures("")
		silver := e2eModel.Default().BaselineLever(calc.PriceLever(calc.Silver)).String()
		if got := tb.value(`input[name="silver"]`); got != silver {
			t.Errorf("the silver field shows %q after reset, want the release's %s", got, silver)
		}
	})
}

// TestBrowserNoExternalRequests: a page load and an edit ask nothing of any
// other origin, and the service worker caches nothing from one.
func TestBrowserNoExternalRequests(t *testing.T) {
	tb := newTab(t)
	var mu sync.Mutex
	var requested []string
	err := chromedp.Listen(tb.ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requested = append(requested, e.Request.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	tb.open("/")
	tb.typeInto(`input[name="silver"]`, "20")
	tb.waitFigures("silver=20")

	cached := get(tb, "listing the service worker's caches", chromedp.Evaluate[[]string](`(async () => {
		const reg = await Promise.race([
			navigator.serviceWorker.ready,
			new Promise(r => setTimeout(() => r(null), 10000)),
		]);
		const urls = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) urls.push(req.url);
		}
		return urls;
	})()`, chromedp.EvalAwaitPromise))

	mu.Lock()
	urls := append(slices.Clone(requested), cached...)
	mu.Unlock()
	origin, err := url.Parse(tb.base)
	if err != nil {
		t.Fatal(err)
	}
	sawPage, sawWasm := false, false
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("unparsable URL %q", raw)
			continue
		}
		switch {
		case u.Scheme == "data" || u.Scheme == "blob":
		case u.Scheme == origin.Scheme && u.Host == origin.Host:
			sawPage = sawPage || u.Path == "/"
			sawWasm = sawWasm || u.Path == "/web/app.wasm"
		default:
			t.Errorf("a request outside the server's origin %s: %s", tb.base, raw)
		}
	}
	if !sawPage || !sawWasm {
		t.Errorf("the recording missed the page or its WebAssembly (page %v, wasm %v): %q", sawPage, sawWasm, urls)
	}
	if !t.Failed() {
		t.Logf("%d requests, %d cached by the service worker, all on %s", len(requested), len(cached), tb.base)
	}
}

// axeViolation is one of axe-core's results.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// TestBrowserAccessibility runs axe-core on the live page, with a changed
// lever, a notice, a refused field and every <details> open, on a desktop
// in light and dark and on a phone; any serious or critical violation fails.
func TestBrowserAccessibility(t *testing.T) {
	src, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("%v: run `make ensure-axe` (npm ci) first", err)
	}
	for _, c := range []struct {
		name          string
		width, height int64
		mobile        bool
		scheme        string
	}{
		{"desktop-light", 1280, 900, false, "light"},
		{"phone", 360, 800, true, "light"},
		{"desktop-dark", 1280, 900, false, "dark"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			var vopts []chromedp.EmulateViewportOption
			if c.mobile {
				vopts = append(vopts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.do("emulating "+c.name,
				chromedp.EmulateViewport(c.width, c.height, vopts...),
				chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
					_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
						Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: c.scheme}},
					})
					return err
				}),
			)
			tb.open("/?silver=20&lucky-friday.tons=90000&copper=3")
			if js[bool](tb, `matchMedia("(prefers-color-scheme: dark)").matches`) != (c.scheme == "dark") {
				t.Fatalf("prefers-color-scheme is not %s", c.scheme)
			}
			tb.typeInto(`input[name="la-camorra.grade"]`, "x")
			tb.poll("the refused field shows its error", func() (bool, string) {
				return js[bool](tb, `document.querySelector('.lever[data-lever="la-camorra.grade"] .field-error') !== null`), "no error"
			})
			js[bool](tb, `(() => { document.querySelectorAll("details").forEach(d => d.open = true); return true; })()`)

			js[bool](tb, string(src)+"\n;true")
			violations := get(tb, "running axe", chromedp.Evaluate[[]axeViolation](`axe.run(document, {resultTypes: ["violations"]}).then(r =>
				r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help,
					nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), summary: n.failureSummary || ""}))})))`,
				chromedp.EvalAwaitPromise))
			for _, v := range violations {
				var b strings.Builder
				fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
				for _, n := range v.Nodes {
					fmt.Fprintf(&b, "\n    %s\n      %s", n.Target, strings.ReplaceAll(n.Summary, "\n", "\n      "))
				}
				if v.Impact == "serious" || v.Impact == "critical" {
					t.Errorf("axe: %s", b.String())
				} else {
					t.Logf("axe (not failing): %s", b.String())
				}
			}
		})
	}
}

// TestScreenshots renders the scenario live at desktop and phone widths and
// checks the images (and that the phone page does not scroll sideways);
// with -screenshots it writes them to docs/ (make screenshots).
func TestScreenshots(t *testing.T) {
	if *writeScreenshots && findChromium() == "" {
		t.Fatal("-screenshots: " + noBrowser)
	}
	const path = "/?silver=20&lucky-friday.tons=90000"
	for _, c := range []struct {
		file          string
		width, height int64
		mobile        bool
	}{
		{"docs/screenshot-desktop.png", 1400, 900, false},
		{"docs/screenshot-phone.png", 360, 800, true},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			tb := newTab(t)
			var vopts []chromedp.EmulateViewportOption
			if c.mobile {
				vopts = append(vopts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.do("setting the viewport", chromedp.EmulateViewport(c.width, c.height, vopts...))
			tb.open(path)
			tb.waitFigures(strings.TrimPrefix(path, "/?"))
			if w := js[int64](tb, `document.documentElement.scrollWidth`); w > c.width {
				t.Errorf("the page is %dpx wide in a %dpx viewport: it scrolls sideways", w, c.width)
			}
			img := get(tb, "taking a full-page screenshot", chromedp.FullScreenshot(100))
			cfg, err := png.DecodeConfig(bytes.NewReader(img))
			if err != nil {
				t.Fatalf("the screenshot is not a PNG: %v", err)
			}
			if int64(cfg.Width) != c.width || int64(cfg.Height) < c.height {
				t.Errorf("screenshot %d×%d, want %d wide and at least %d high", cfg.Width, cfg.Height, c.width, c.height)
			}
			if !*writeScreenshots {
				return
			}
			if err := os.MkdirAll(filepath.Dir(c.file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(c.file, img, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s (%d×%d)", c.file, cfg.Width, cfg.Height)
		})
	}
}

// The analysis panel's charts, open, for the README: drawn and within the
// viewport's width; written only with -screenshots.
func TestScreenshotAnalysis(t *testing.T) {
	tb := newTab(t)
	tb.do("setting the viewport", chromedp.EmulateViewport(1400, 900))
	tb.open("/?silver=20&lucky-friday.tons=90000&zinc=1.8")
	tb.do("opening the analysis", chromedp.Click(chromedp.CSS("#analysis > summary")))
	tb.poll("the charts are drawn", func() (bool, string) {
		n := js[int](tb, `document.querySelectorAll(".analysis svg[role=img]").length`)
		return n == 5, fmt.Sprintf("%d charts", n)
	})
	img := get(tb, "taking the panel's screenshot", chromedp.Screenshot(chromedp.CSS("section.analysis")))
	cfg, err := png.DecodeConfig(bytes.NewReader(img))
	if err != nil || cfg.Width > 1400 || cfg.Height < 400 {
		t.Fatalf("screenshot %d×%d, %v", cfg.Width, cfg.Height, err)
	}
	if *writeScreenshots {
		if err := os.WriteFile("docs/screenshot-analysis.png", img, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
