package server

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appConfig is what the go-app handler needs to know of the build and of
// where the app is served.
type appConfig struct {
	// version names this build (contentVersion): a new one is a new
	// service worker, so an open app offers the update.
	version string
	// wasmSize is app.wasm's uncompressed size in bytes: the loader's
	// progress is bytes received over it, which stays right when app.wasm
	// comes compressed (the Content-Length is then the compressed size).
	wasmSize int64
	// prefix is the path the app is served under, "" at the root or such
	// as "/ir/calculator" (no trailing slash).
	prefix string
}

// newAppHandler is the go-app handler: the page, pre-rendered for the
// requested scenario, and go-app's own files (/app.js, /wasm_exec.js,
// /app-worker.js, /app.css, /manifest.webmanifest). The files of web/ are
// served by staticFiles (New) or copied (WriteStaticSite). Every
// resource it names, and every one the service worker caches, is the app's
// own, under the prefix: no CDN, font or icon from elsewhere.
func newAppHandler(cfg appConfig) (*app.Handler, error) {
	res := prefixResolver(cfg.prefix)
	worker, err := serviceWorkerTemplate(res.Resolve("/"))
	if err != nil {
		return nil, err
	}
	return &app.Handler{
		Name:            appName,
		ShortName:       appShortName,
		Title:           "Hecla Mining Q1 2007: what-if cost calculator",
		Description:     appDescription,
		Lang:            "en",
		LoadingLabel:    "Loading the calculator… {progress}%",
		ThemeColor:      appThemeColor,
		BackgroundColor: appBackgroundColor,
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{"/web/app.css", "/web/charts.css"},
		// go-app caches the other icons, not the SVG one (the favicon).
		CacheableResources: []string{"/web/icon.svg"},
		// Without JavaScript the pre-rendered page is the whole app: hide
		// the loader that would otherwise wait forever. A stylesheet, not an
		// inline <style>, for the Content-Security-Policy; a raw header is
		// not resolved by go-app, hence the prefix here.
		//
		// app.wasm is preloaded: go-app's app.js, a deferred script, asks
		// for it only once the whole page is parsed; the preload starts the
		// download from the <head>, and app.js's fetch (same URL, same
		// credentials mode) takes the preloaded response.
		RawHeaders: []string{
			fmt.Sprintf(`<noscript><link rel="stylesheet" href="%s"></noscript>`, res.Resolve("/web/noscript.css")),
			fmt.Sprintf(`<link rel="preload" href="%s" as="fetch" type="application/wasm" crossorigin="anonymous">`, res.Resolve("/web/app.wasm")),
		},
		Resources:             res,
		Version:               cfg.version,
		WasmContentLength:     strconv.FormatInt(cfg.wasmSize, 10),
		ServiceWorkerTemplate: worker,
	}, nil
}

const (
	appName            = "Hecla Mining what-if cost calculator"
	appShortName       = "Hecla what-if"
	appDescription     = "Change ore grades, tonnage, unit costs and metal prices and see each mine's cash cost per ounce and gross profit, from Hecla Mining's first-quarter 2007 release."
	appThemeColor      = "#1f3a5f"
	appBackgroundColor = "#ffffff"
)

// prefixResolver resolves the app's paths under a prefix ("" for the root,
// or such as "/ir/calculator"): "/" is prefix+"/", any other absolute path
// (go-app's files, /web/...) and web/... get the prefix, and everything else
// is left as it is: a URL with a scheme, and a relative link such as
// "./?silver=20" or "#figures", which already follows the page.
//
// go-app's own app.PrefixedLocation would do for files, but resolves "/" to
// the prefix without its slash (a static host redirects that, and a
// redirected response cannot answer a navigation from the service worker's
// cache) and puts the prefix before relative links too ("./?q" becomes
// "/ir/calculator./?q"). go-app uses Resolve on the server for every href
// and src it renders, for the worker's list of files, the manifest, and
// app.js's paths (the wasm, the worker, GOAPP_STATIC_RESOURCES_URL, and
// GOAPP_ROOT_PREFIX, which the browser strips from the path before routing).
type prefixResolver string

func (p prefixResolver) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return string(p) + "/"
	case strings.Contains(location, "://") || strings.HasPrefix(location, "//"):
		return location
	case strings.HasPrefix(location, "/"):
		return string(p) + location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return string(p) + "/" + location
	}
	return location
}

// manifest is the web app manifest, served at /manifest.webmanifest in place
// of go-app's: go-app's scope is always "/", which under a prefix would make
// the installed app claim the whole host's pages; and it has no id.
func manifest(prefix string) []byte {
	res := prefixResolver(prefix)
	type icon struct {
		Src     string `json:"src"`
		Sizes   string `json:"sizes"`
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
	}
	m := struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		Description     string `json:"description"`
		Lang            string `json:"lang"`
		StartURL        string `json:"start_url"`
		Scope           string `json:"scope"`
		Display         string `json:"display"`
		BackgroundColor string `json:"background_color"`
		ThemeColor      string `json:"theme_color"`
		Icons           []icon `json:"icons"`
	}{
		ID:              res.Resolve("/"),
		Name:            appName,
		ShortName:       appShortName,
		Description:     appDescription,
		Lang:            "en",
		StartURL:        res.Resolve("/"),
		Scope:           res.Resolve("/"),
		Display:         "standalone",
		BackgroundColor: appBackgroundColor,
		ThemeColor:      appThemeColor,
		Icons: []icon{
			{res.Resolve("/web/icon-192.png"), "192x192", "image/png", "any"},
			{res.Resolve("/web/icon-512.png"), "512x512", "image/png", "any"},
			{res.Resolve("/web/icon-maskable.png"), "512x512", "image/png", "maskable"},
			{res.Resolve("/web/icon.svg"), "any", "image/svg+xml", "any"},
		},
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err) // strings only: cannot fail
	}
	return append(b, '\n')
}
