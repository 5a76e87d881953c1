package server

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Config is what the server serves, and how.
type Config struct {
	// WebDir holds app.wasm and the other static files ("web").
	WebDir string
	// FrameAncestors is who may put the embed in a frame: the
	// Content-Security-Policy's frame-ancestors source list; "" means "*",
	// any page, since the embed is made for other sites' pages.
	FrameAncestors string
	// PageFrameAncestors is the same for every other answer, the full
	// calculator first; "" means "'self'", the app's own pages only.
	PageFrameAncestors string
	// IsEmbed tells the embed's URLs from the full page's, by the page's
	// own rule (main hands it ui's); nil means there is no embed.
	IsEmbed func(*url.URL) bool
	// Origin is where the server is reached, such as
	// https://ir.example.com, for the pages' og:url and og:image; "" when
	// not known, and the pages leave both out.
	Origin string
	// Pages are the paths of the pages the app routes (app.Route), which
	// go-app pre-renders; every other path but the server's own files is
	// 404.
	Pages []string

	// version names the build; "" means contentVersion(WebDir). Only this
	// package's tests name one, to tell two builds apart.
	version string
	// limits bound what one request may take; the zero value means
	// defaultLimits.
	limits limits
}

// New is the whole server: the go-app handler for the pages and
// go-app's files, staticFiles for /web/ (compressed when the browser
// accepts it), the app's own manifest, 404 for any other path, 405 for any
// method but GET and HEAD, 414 and 431 past the limits (limitRequests), and
// the security headers on every answer; served with the timeouts and
// read limit that go with those limits, and, through Server's Serve, with
// the write limit held to what each client takes. It reads app.wasm's size
// and computes the version once, at start-up: restart it after a new build.
func New(cfg Config) (*Server, error) {
	wasm, err := os.Stat(filepath.Join(cfg.WebDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("%v: run make build first (the server serves web/ from the repository's root)", err)
	}
	if cfg.version == "" {
		if cfg.version, err = contentVersion(cfg.WebDir); err != nil {
			return nil, err
		}
	}
	frames := framing{embed: cmp.Or(cfg.FrameAncestors, "*"), page: cmp.Or(cfg.PageFrameAncestors, "'self'"), isEmbed: cfg.IsEmbed}
	if err := checkFrameAncestors("-frame-ancestors", frames.embed); err != nil {
		return nil, err
	}
	if err := checkFrameAncestors("-page-frame-ancestors", frames.page); err != nil {
		return nil, err
	}
	if cfg.Origin, err = checkOrigin(cfg.Origin); err != nil {
		return nil, err
	}
	if cfg.limits == (limits{}) {
		cfg.limits = defaultLimits
	}
	goApp, err := newAppHandler(appConfig{version: cfg.version, wasmSize: wasm.Size()})
	if err != nil {
		return nil, err
	}
	static := staticFiles{dir: cfg.WebDir}
	manifestJSON := manifest("")
	mux := http.NewServeMux()
	mux.Handle("/web/", static)
	answers := newAnswers(newAnswerCache(answerCacheEntries, answerCacheBytes), compressSlots)
	// go-app would fetch these from /web/ over the network, from itself.
	// staticFiles answers any method but GET and HEAD.
	for _, name := range []string{"robots.txt", "sitemap.xml", "ads.txt"} {
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/web/" + name
			static.ServeHTTP(w, r2)
		})
	}
	for _, p := range []string{"/manifest.webmanifest", "/manifest.json"} {
		mux.Handle(p, readOnly(compressed(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/manifest+json")
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("ETag", `"`+cfg.version+`-manifest"`)
			http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(manifestJSON))
		}), answers)))
	}
	// go-app sees only its pages and its own files. Given any other path it
	// answers 304 to its ETag (the version, the same for every path), serves
	// its files again under /<version>/, and answers its proxy paths
	// (robots.txt and the like, under any method) with a 500 and a logged
	// error, since it cannot fetch them from itself here.
	for _, p := range cfg.Pages {
		pattern := p
		if p == "/" {
			pattern = "/{$}"
		}
		mux.Handle(pattern, readOnly(compressed(openGraphPages(goApp, cfg.Origin), answers)))
	}
	for _, p := range goAppFiles {
		mux.Handle(p, readOnly(compressed(goApp, answers)))
	}
	mux.Handle("/", http.NotFoundHandler())
	h := securityHeaders(limitRequests(mux, cfg.limits), frames)
	return &Server{newHTTPServer(h, cfg.limits)}, nil
}

// goAppFiles are the files of go-app's handler that the page and the
// service worker ask for.
var goAppFiles = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css"}

// readOnly answers 405, with Allow, to any method but GET and HEAD: pages and
// files are only read (go-app would render the page for a POST or a DELETE
// alike).
func readOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// contentVersion names the build by what it serves: a hash of the server's
// own program (which renders the page and holds go-app's scripts) and of
// every file of webDir but the compressed copies (made from the others).
// The same build gives the same version on every start and every machine;
// any change to app.wasm, a style, an icon or the server gives a new one,
// and so a new service worker, which an open app offers as an update. (go-app
// would make a new version at every start, so every restart would look like
// an update.)
func contentVersion(webDir string) (string, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err == nil {
		err = hashFile(h, exe)
	}
	if err != nil {
		return "", fmt.Errorf("hashing the server's program for its version: %w", err)
	}
	var names []string
	err = filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && !strings.HasSuffix(p, ".br") && !strings.HasSuffix(p, ".gz") {
			names = append(names, p)
		}
		return err
	})
	slices.Sort(names)
	for _, p := range names {
		if err != nil {
			break
		}
		rel, _ := filepath.Rel(webDir, p)
		fmt.Fprintf(h, "\x00%s\x00", filepath.ToSlash(rel))
		err = hashFile(h, p)
	}
	if err != nil {
		return "", fmt.Errorf("hashing %s for the version: %w", webDir, err)
	}
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}

func hashFile(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
