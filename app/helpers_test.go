package main

import (
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
