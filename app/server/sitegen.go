package server

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WriteStaticSite writes the whole app as plain files into dir, to be served
// at base ("" for a host's root, or a path such as "/ir/calculator") on
// origin ("" when not known; see openGraph): go-app's
// app.GenerateStaticWebsite writes the pages of every route pre-rendered for
// the baseline (index.html for "/", embed.html for "/embed"), app.js,
// wasm_exec.js, app-worker.js and app.css, every path in them under base;
// then the og: tags of the files of pages (the routes' paths) are
// rewritten, the app's manifest replaces go-app's, and webDir is copied to
// dir/web, compressed copies included, with their modification times. dir
// must not exist yet, or be empty. (go-app's handler sets GOAPP_ROOT_PREFIX
// and the like in the process's environment when it starts; a server
// running in the same process, as in the tests, is unaffected: it
// pre-renders no path that starts with the prefix.)
func WriteStaticSite(dir, base, webDir, origin string, pages []string) error {
	base, err := NormalizeBase(base)
	if err != nil {
		return err
	}
	if origin, err = checkOrigin(origin); err != nil {
		return err
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: write the static site to a new folder (make static removes dist/ first)", dir)
	}
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return fmt.Errorf("%v: run make build first", err)
	}
	version, err := contentVersion(webDir)
	if err != nil {
		return err
	}
	h, err := newAppHandler(appConfig{version: version, wasmSize: wasm.Size(), prefix: base})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		return err
	}
	for _, p := range pages {
		if err := rewriteOpenGraph(dir, p, base, origin); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.webmanifest"), manifest(base), 0o644); err != nil {
		return err
	}
	if err := compressCopies(dir, siteTexts(pages)); err != nil {
		return err
	}
	return copyTree(filepath.Join(dir, "web"), webDir)
}

// siteTexts are the files of the site's root a host sends as text: the
// pages' files and go-app's scripts (web/ has its copies already).
func siteTexts(pages []string) []string {
	names := append([]string{}, goAppFiles...)
	for _, p := range pages {
		if p == "/" {
			p = "/index"
		}
		names = append(names, p+".html")
	}
	return names
}

// compressCopies writes FILE.br and FILE.gz beside each of the files names
// (paths in dir, "/app.js") that gain from compression, as make build does
// for web/: a host that serves such copies (nginx's brotli_static and
// gzip_static, a CDN's precompressed files) sends them to the browsers that
// accept them.
func compressCopies(dir string, names []string) error {
	for _, n := range names {
		name := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(n, "/")))
		body, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if len(body) < compressMin {
			continue
		}
		for enc, ext := range encodingExt {
			if err := os.WriteFile(name+ext, compress(enc, body), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// rewriteOpenGraph applies openGraph to the file GenerateStaticWebsite
// wrote for the page at path.
func rewriteOpenGraph(dir, path, base, origin string) error {
	name := filepath.Join(dir, "index.html")
	if path != "/" {
		name = filepath.Join(dir, filepath.FromSlash(path)+".html")
	}
	page, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, openGraph(page, origin, base, path), 0o644)
}

// NormalizeBase turns "", "/", "ir/calculator/" or "/ir/calculator" into
// "" or "/ir/calculator"; it refuses what is not a plain URL path.
func NormalizeBase(base string) (string, error) {
	b := strings.Trim(base, "/")
	if b == "" {
		return "", nil
	}
	u, err := url.Parse("/" + b)
	if err != nil || u.Path != "/"+b || u.RawQuery != "" || u.Fragment != "" ||
		strings.ContainsAny(b, ` "'<>\%`) || strings.Contains("/"+b+"/", "/../") || strings.Contains("/"+b+"/", "/./") {
		return "", fmt.Errorf("-base %q: want a URL path such as /ir/calculator", base)
	}
	return "/" + b, nil
}

// copyTree copies the regular files of src into dst, keeping their
// modification times (a compressed copy must stay newer than its file);
// hidden files (a compression's temporary file) are left out.
func copyTree(dst, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(target, b, 0o644); err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		return os.Chtimes(target, fi.ModTime(), fi.ModTime())
	})
}
