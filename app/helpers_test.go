package main

import (
	"strings"
	"testing"

	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
	"github.com/shopspring/decimal"
	"golang.org/x/net/html"
)

// loadModel is the model calibrated from the embedded release.
func loadModel(tb testing.TB) *calc.Model {
	tb.Helper()
	rel, err := data.Load()
	if err != nil {
		tb.Fatal(err)
	}
	m, err := rel.Model()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

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
