//go:build !wasm

package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

// On paper, for both quarters, with the analysis closed and open, on A4
// and on Letter: the quarter, the scenario in words and the day on the
// first page; no control; the open panels with their charts, a closed one
// left out whole; at most four pages, none under a third full.
func TestBrowserPrint(t *testing.T) {
	for _, tc := range []struct {
		query, quarter string
		analysis       bool
	}{
		{"period=2006q1&silver=20&lucky-friday.tons=90000", "First quarter 2006", false},
		{"period=2006q1&silver=20&lucky-friday.tons=90000", "First quarter 2006", true},
		{"silver=20&lucky-friday.tons=90000", "First quarter 2007", false},
		{"silver=20&lucky-friday.tons=90000", "First quarter 2007", true},
	} {
		t.Run(fmt.Sprintf("%s/analysis-%v", tc.quarter, tc.analysis), func(t *testing.T) {
			tb := newTab(t)
			tb.open("/?" + tc.query)
			if tc.analysis {
				js[bool](tb, `(document.getElementById("analysis").open = true, true)`)
				tb.poll("the analysis is drawn", func() (bool, string) {
					return js[int](tb, `document.querySelectorAll(".analysis svg").length`) > 0, "no chart yet"
				})
			}
			js[any](tb, `window.dispatchEvent(new Event("beforeprint"))`)
			emulatePrint(tb)
			visible := js[[]string](tb, `Array.from(document.querySelectorAll("button, select, input[type=range], input[type=radio]"))
				.filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 80))`)
			if len(visible) > 0 {
				t.Errorf("%d controls would print, the first %s", len(visible), visible[0])
			}
			if tc.analysis {
				if n := js[int](tb, `Array.from(document.querySelectorAll(".analysis svg")).filter(e => e.getClientRects().length > 0).length`); n == 0 {
					t.Error("the open analysis prints no chart")
				}
			}
			for _, paper := range []struct {
				name string
				w, h float64 // inches
			}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}} {
				pdf := printPDF(tb, paper.name, paper.w, paper.h)
				pages := pdfPages(t, pdf)
				t.Logf("%s: %d pages, each this full: %s", paper.name, len(pages), fullness(pages))
				if len(pages) < 1 || len(pages) > 4 {
					t.Errorf("the scenario prints on %d %s pages, want 1 to 4", len(pages), paper.name)
				}
				for i, p := range pages {
					if p.full < 1.0/3 {
						t.Errorf("%s page %d of %d is %.0f%% full, under a third", paper.name, i+1, len(pages), 100*p.full)
					}
				}
				// The words of every page, in pdftotext's reading order.
				var texts []string
				for _, p := range pages {
					texts = append(texts, p.text)
				}
				text, first := strings.Join(texts, " "), pages[0].text
				for _, want := range []string{tc.quarter, "Silver price $20.00 per oz", "Lucky Friday ore tons 90,000 tons", "Printed "} {
					if !strings.Contains(first, want) {
						t.Errorf("the %s PDF's first page does not say %q", paper.name, want)
					}
				}
				if !strings.Contains(text, "Company and segments") {
					t.Errorf("the %s PDF has no results", paper.name)
				}
				if got := strings.Contains(text, "Analysis: what moves the figures"); got != tc.analysis {
					t.Errorf("the %s PDF prints the analysis: %v, want %v (open: %v)", paper.name, got, tc.analysis, tc.analysis)
				}
				for _, control := range []string{"Reset all", "Copy link", "Pin this scenario", "Save current scenario", "Export results", "▸"} {
					if strings.Contains(text, control) {
						t.Errorf("the %s PDF prints %q", paper.name, control)
					}
				}
			}
		})
	}
}

// pdfPage is one page of a PDF: its text, and how full it is, from the top
// of its first word to the bottom of its last, over the page's height
// less the print stylesheet's margins.
type pdfPage struct {
	text string
	full float64
}

func fullness(pages []pdfPage) string {
	var parts []string
	for _, p := range pages {
		parts = append(parts, fmt.Sprintf("%.0f%%", 100*p.full))
	}
	return strings.Join(parts, ", ")
}

// pdfPages reads a PDF's pages with poppler's pdftotext -bbox: each word
// with its box, in points.
func pdfPages(t *testing.T, pdf []byte) []pdfPage {
	t.Helper()
	exe, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatal("no pdftotext on PATH (Debian's poppler-utils; make test installs it)")
	}
	cmd := exec.Command(exe, "-bbox", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	// Its output is XHTML; the doctype and the head are not needed.
	body := out[bytes.Index(out, []byte("<doc>")):]
	body = body[:bytes.Index(body, []byte("</doc>"))+len("</doc>")]
	var doc struct {
		Pages []struct {
			Height float64 `xml:"height,attr"`
			Words  []struct {
				YMin float64 `xml:"yMin,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"page"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	const margin = 12 / 25.4 * 72 // @page { margin: 12mm }, in points
	var pages []pdfPage
	for _, p := range doc.Pages {
		pg := pdfPage{}
		top, bottom := p.Height, 0.0
		var words []string
		for _, w := range p.Words {
			top, bottom = min(top, w.YMin), max(bottom, w.YMax)
			words = append(words, w.Text)
		}
		if len(words) > 0 {
			pg.full = (bottom - top) / (p.Height - 2*margin)
		}
		pg.text = strings.Join(words, " ")
		pages = append(pages, pg)
	}
	return pages
}
