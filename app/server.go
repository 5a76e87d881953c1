//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// serverConfig is what the server serves, and how.
type serverConfig struct {
	// webDir holds app.wasm and the other static files ("web").
	webDir string
	// version names the build; "" means contentVersion(webDir).
	version string
	// frameAncestors is the Content-Security-Policy's frame-ancestors
	// source list: who may put the page in a frame ("*" for anyone).
	frameAncestors string
}

// newServer is the whole server: the go-app handler for the page and
// go-app's files, staticFiles for /web/ (compressed when the browser
// accepts it), the app's own manifest, and the security headers on every
// answer. It reads app.wasm's size and, unless given, computes the version
// once, at start-up: restart it after a new build.
func newServer(cfg serverConfig) (http.Handler, error) {
	wasm, err := os.Stat(filepath.Join(cfg.webDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("%v: run make build first (the server serves web/ from the repository's root)", err)
	}
	if cfg.version == "" {
		if cfg.version, err = contentVersion(cfg.webDir); err != nil {
			return nil, err
		}
	}
	if cfg.frameAncestors == "" {
		cfg.frameAncestors = "*"
	}
	if err := checkFrameAncestors(cfg.frameAncestors); err != nil {
		return nil, err
	}
	goApp, err := newAppHandler(appConfig{version: cfg.version, wasmSize: wasm.Size()})
	if err != nil {
		return nil, err
	}
	static := staticFiles{dir: cfg.webDir}
	manifestJSON := manifest("")
	mux := http.NewServeMux()
	mux.Handle("/web/", static)
	// go-app would fetch these from /web/ over the network, from itself.
	for _, name := range []string{"robots.txt", "sitemap.xml", "ads.txt"} {
		mux.HandleFunc("GET /"+name, func(w http.ResponseWriter, r *http.Request) {
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/web/" + name
			static.ServeHTTP(w, r2)
		})
	}
	for _, p := range []string{"/manifest.webmanifest", "/manifest.json"} {
		mux.HandleFunc("GET "+p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/manifest+json")
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("ETag", `"`+cfg.version+`-manifest"`)
			http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(manifestJSON))
		})
	}
	mux.Handle("/", goApp)
	return securityHeaders(mux, cfg.frameAncestors), nil
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
