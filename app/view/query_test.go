package view

import (
	"fmt"
	"strings"
	"testing"
)

// The address bar keeps one part per page key, the one that applies, in
// the query's order.
func TestUIPart(t *testing.T) {
	for _, c := range []struct{ query, want string }{
		{"", ""},
		{"silver=20", ""},
		{"embed=1&theme=dark&show=company,copper&silver=20", "embed=1&theme=dark&show=company,copper"},
		{"theme=dark&embed=1&theme=light", "embed=1&theme=light"},
		{"%74heme=dark&x", "%74heme=dark"},
		{strings.TrimSuffix(strings.Repeat("theme=dark&", 100000), "&") + "&silver=20", "theme=dark"},
	} {
		t.Run(fmt.Sprintf("%.30s", c.query), func(t *testing.T) {
			if got := UIPart(c.query); got != c.want {
				t.Errorf("UIPart(%.40q) = %q, want %q", c.query, got, c.want)
			}
		})
	}
}
