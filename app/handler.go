//go:build !wasm

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// newHandler is the go-app handler serving the page, pre-rendered for the
// requested scenario, and the static files of ./web under /web/. Every
// resource it names is served by the app itself: no CDN, font or icon from
// elsewhere.
func newHandler() *app.Handler {
	return &app.Handler{
		Name:            "Hecla Mining what-if cost calculator",
		ShortName:       "Hecla what-if",
		Title:           "Hecla Mining Q1 2007: what-if cost calculator",
		Description:     "Change ore grades, tonnage, unit costs and metal prices and see each mine's cash cost per ounce and gross profit, from Hecla Mining's first-quarter 2007 release.",
		Lang:            "en",
		LoadingLabel:    "Loading the calculator… {progress}%",
		ThemeColor:      "#1f3a5f",
		BackgroundColor: "#ffffff",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{"/web/app.css"},
		// Without JavaScript the pre-rendered page is the whole app: hide
		// the loader that would otherwise wait forever.
		RawHeaders: []string{`<noscript><style>#app-wasm-loader{display:none}</style></noscript>`},
		Resources:  app.LocalDir(""),
	}
}
