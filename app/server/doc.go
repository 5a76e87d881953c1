// Package server serves the calculator and writes it as a static site: the
// go-app handler's settings (the pages pre-rendered, the manifest, the
// service worker), the files of web/ with their compressed copies, the
// security headers, the bounds on every request, the og: tags, and the
// static site of `make static`.
//
// Only the server's main imports it, so it is never linked into app.wasm
// and needs no build tag; it knows no page of its own (main hands it the
// page paths, Config.Pages).
package server
