package server

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestGoAppEscapesAttributes: go-app, as this project builds it
// (third_party/go-app), writes an attribute's value so that the HTML parser
// reads back that value and nothing else: one element, the attributes set,
// each with its value exactly. go-app v10.1.11 as published fails every case
// with a `"`, a `\`, a character reference or a control character.
func TestGoAppEscapesAttributes(t *testing.T) {
	for _, tc := range []struct{ name, value string }{
		{"meta refresh", `"><meta http-equiv="refresh" content="0;url=//example.test/">`},
		{"img onerror", `"><img src=x onerror=alert(1)>`},
		{"single quotes", `' onmouseover='alert(1)`},
		{"backslash quote", `\"><b>`},
		{"backslashes", `C:\new\table`},
		{"references", `&amp; &lt;b&gt; &#34;`},
		{"control characters", "a\x01b\tc\nd"},
		{"unicode", "Greens Creek – 29.73% · €"},
		{"closing tag", `</li></ul><script>alert(1)</script>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := app.HTMLString(app.Elem("li").DataSet("key", tc.value).Title(tc.value))
			body := &html.Node{Type: html.ElementNode, Data: "ul", DataAtom: atom.Ul}
			nodes, err := html.ParseFragment(strings.NewReader(page), body)
			if err != nil {
				t.Fatal(err)
			}
			if len(nodes) != 1 || nodes[0].Type != html.ElementNode || nodes[0].Data != "li" || nodes[0].FirstChild != nil {
				t.Fatalf("value %q\nwrote  %s\nparsed as %d nodes, want one empty <li>", tc.value, page, len(nodes))
			}
			got := map[string]string{}
			for _, a := range nodes[0].Attr {
				got[a.Key] = a.Val
			}
			want := map[string]string{"data-key": tc.value, "title": tc.value}
			if len(got) != len(want) || got["data-key"] != tc.value || got["title"] != tc.value {
				t.Errorf("value %q\nwrote %s\nparsed attributes %q, want %q", tc.value, page, got, want)
			}
		})
	}
}
