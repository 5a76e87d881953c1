package server

import (
	"fmt"
	"net/http"
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
// frameAncestors is who may frame the page: "*" (anyone, the default, since
// embedding is the point), "'none'", "'self'", or a list of origins.
func contentSecurityPolicy(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// checkFrameAncestors refuses a -frame-ancestors value that would break the
// header: it must be a non-empty source list, without ";" or ",".
func checkFrameAncestors(v string) error {
	if strings.TrimSpace(v) == "" || strings.ContainsAny(v, ";,\r\n") {
		return fmt.Errorf("-frame-ancestors %q: want a space-separated source list, such as * or 'self' https://ir.example.com", v)
	}
	return nil
}

// securityHeaders adds the headers every answer carries: the policy above,
// X-Content-Type-Options: nosniff (every file is served with its type), and
// Referrer-Policy: strict-origin-when-cross-origin (a link out tells only
// the origin, never the scenario in the query).
func securityHeaders(next http.Handler, frameAncestors string) http.Handler {
	csp := contentSecurityPolicy(strings.Join(strings.Fields(frameAncestors), " "))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}
