package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// contentSecurityPolicy is the policy every answer of the server carries:
// everything from the page's own origin only, plus 'wasm-unsafe-eval', which
// WebAssembly.instantiateStreaming needs to compile app.wasm (it allows no
// JavaScript eval). go-app puts no inline script or style in the page: its
// scripts are files (/wasm_exec.js, /app.js, /app-worker.js), its styles
// /app.css, and the calculator sets no style attribute; the one inline style
// the page had (hiding the loader without JavaScript) is web/noscript.css,
// linked from a <noscript>. So no 'unsafe-inline' and no hash.
// frameAncestors is who may frame the answer: "*", "'none'", "'self'", or a
// list of origins.
func contentSecurityPolicy(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors " + strings.Join(strings.Fields(frameAncestors), " "),
	}, "; ")
}

// checkFrameAncestors refuses a frame-ancestors value that would break the
// header: it must be a non-empty source list, without ";" or ",". flag is
// the flag that set it, for the message.
func checkFrameAncestors(flag, v string) error {
	if strings.TrimSpace(v) == "" || strings.ContainsAny(v, ";,\r\n") {
		return fmt.Errorf("%s %q: want a space-separated source list, such as * or 'self' https://ir.example.com", flag, v)
	}
	return nil
}

// framing is who may frame which answer. The embed exists to be framed by
// investor-relations pages, so by default any page may; the full calculator
// by default only the app's own pages, so that no other site can dress it in
// a page of its own (clickjacking) or pass it off as theirs.
type framing struct {
	embed, page string
	isEmbed     func(*url.URL) bool // the page's own rule; nil: no embed
}

// frameHeaders are the Content-Security-Policy and the X-Frame-Options of
// an answer that fa (a frame-ancestors source list) may frame.
// X-Frame-Options is for browsers that predate frame-ancestors, and says
// only what it can: SAMEORIGIN for 'self', DENY for 'none', nothing for a
// list of origins (which it cannot name) or "*".
func frameHeaders(fa string) (csp, xfo string) {
	switch strings.Join(strings.Fields(fa), " ") {
	case "'self'":
		xfo = "SAMEORIGIN"
	case "'none'":
		xfo = "DENY"
	}
	return contentSecurityPolicy(fa), xfo
}

// securityHeaders adds the headers every answer carries: the policy above
// with the embed's framing or the page's,
// X-Content-Type-Options: nosniff (every file is served with its type), and
// Referrer-Policy: strict-origin-when-cross-origin (a link out tells only
// the origin, never the scenario in the query).
func securityHeaders(next http.Handler, f framing) http.Handler {
	embedCSP, embedXFO := frameHeaders(f.embed)
	pageCSP, pageXFO := frameHeaders(f.page)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		csp, xfo := pageCSP, pageXFO
		if f.isEmbed != nil && f.isEmbed(r.URL) {
			csp, xfo = embedCSP, embedXFO
		}
		h.Set("Content-Security-Policy", csp)
		if xfo != "" {
			h.Set("X-Frame-Options", xfo)
		}
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}
