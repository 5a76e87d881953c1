package main

import (
	"strings"
	"unicode/utf8"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// Charts are SVG drawn with go-app elements. Each chart is a pure geometry
// function, data in and shapes out in viewBox units, and a render helper
// that turns the shapes into elements. Coordinates are decimals rounded to
// 0.1 px where they are computed, so what a test checks is what is drawn.
// Colour, stroke and fill come from classes in web/charts.css: the page's
// Content-Security-Policy allows no style attribute.

// svgNS is the namespace every SVG element is created in: the browser
// draws an element made with createElement("rect") as unknown HTML.
const svgNS = "http://www.w3.org/2000/svg"

var (
	chartZero = decimal.Zero
	// chartWidth is every chart's viewBox width; CSS scales it to the page.
	chartWidth = decimal.NewFromInt(640)
	// chartMargin is the blank edge of the viewBox.
	chartMargin = decimal.NewFromInt(8)
	// chartCharWidth estimates one character's width at the charts' 12-unit
	// text, generous so labels do not run into each other.
	chartCharWidth = decimal.NewFromInt(7)
	// chartMaxLabel is the longest row label drawn whole; longer ones are
	// cut with an ellipsis and given a tooltip (the table has them whole).
	chartMaxLabel = 34
)

// chartInt is a small integer as a decimal.
func chartInt(n int) decimal.Decimal { return decimal.NewFromInt(int64(n)) }

// chartRound rounds a coordinate to 0.1 px.
func chartRound(d decimal.Decimal) decimal.Decimal { return d.Round(1) }

// px writes a coordinate as an SVG number rounded to 0.1 px: "12", "12.5",
// "-3.2".
func px(d decimal.Decimal) string { return d.Round(1).String() }

// textWidth estimates the drawn width of s.
func textWidth(s string) decimal.Decimal {
	return chartInt(utf8.RuneCountInString(s)).Mul(chartCharWidth)
}

// widest is the estimated width of the widest string.
func widest(ss ...string) decimal.Decimal {
	w := chartZero
	for _, s := range ss {
		w = decimal.Max(w, textWidth(s))
	}
	return w
}

// clampDec keeps d within [lo, hi].
func clampDec(d, lo, hi decimal.Decimal) decimal.Decimal {
	return decimal.Min(decimal.Max(d, lo), hi)
}

// linearScale maps values in the domain [D0, D1] to pixels in [R0, R1];
// R0 > R1 for a vertical axis, which grows upwards.
type linearScale struct {
	D0, D1 decimal.Decimal
	R0, R1 decimal.Decimal
}

// at is v's pixel position, unrounded.
func (s linearScale) at(v decimal.Decimal) decimal.Decimal {
	return s.R0.Add(v.Sub(s.D0).Mul(s.R1.Sub(s.R0)).Div(s.D1.Sub(s.D0)))
}

// pos is v's pixel position rounded to 0.1 px.
func (s linearScale) pos(v decimal.Decimal) decimal.Decimal { return chartRound(s.at(v)) }

// perUnit is the pixels one unit of the domain spans (negative on a
// vertical axis).
func (s linearScale) perUnit() decimal.Decimal {
	return s.R1.Sub(s.R0).Div(s.D1.Sub(s.D0))
}

// contains says whether v is in the domain, ends included.
func (s linearScale) contains(v decimal.Decimal) bool {
	lo, hi := decimal.Min(s.D0, s.D1), decimal.Max(s.D0, s.D1)
	return v.GreaterThanOrEqual(lo) && v.LessThanOrEqual(hi)
}

// niceTicks covers [lo, hi] with about target+1 round ticks, 1, 2 or 5
// times a power of ten apart; the first tick is at or below lo and the last
// at or above hi. An empty range is widened to reach zero, or to [0, 1].
func niceTicks(lo, hi decimal.Decimal, target int) (ticks []decimal.Decimal, step decimal.Decimal) {
	if lo.GreaterThan(hi) {
		lo, hi = hi, lo
	}
	if lo.Equal(hi) {
		switch lo.Sign() {
		case 0:
			hi = decimal.NewFromInt(1)
		case 1:
			lo = chartZero
		default:
			hi = chartZero
		}
	}
	if target < 1 {
		target = 1
	}
	raw := hi.Sub(lo).Div(chartInt(target))
	// floor(log10(raw)) from the coefficient's digits and the exponent.
	mag := decimal.New(1, int32(raw.NumDigits())+raw.Exponent()-1)
	step = mag.Mul(decimal.NewFromInt(10))
	for _, m := range []int64{1, 2, 5} {
		if s := mag.Mul(decimal.NewFromInt(m)); s.GreaterThanOrEqual(raw) {
			step = s
			break
		}
	}
	first := lo.Div(step).Floor().Mul(step)
	last := hi.Div(step).Ceil().Mul(step)
	for v := first; v.LessThanOrEqual(last); v = v.Add(step) {
		ticks = append(ticks, v)
	}
	return ticks, step
}

// stepPlaces is the decimals a tick step needs: 0 for 500, 1 for 0.5.
func stepPlaces(step decimal.Decimal) int32 {
	for p := int32(0); p < 4; p++ {
		if step.Round(p).Equal(step) {
			return p
		}
	}
	return 4
}

// isMoneyAxis says whether an axis label is in dollars: its ticks are then
// written as money ($1,000, $(500)), otherwise as plain numbers.
func isMoneyAxis(label string) bool { return strings.Contains(label, "$") }

// tickText writes a tick value as the release writes figures.
func tickText(axis string, v decimal.Decimal, places int32) string {
	if isMoneyAxis(axis) {
		return view.Money(v, places)
	}
	return view.Number(v, places)
}

// tickGeom is one tick of an axis: its value, its position along the axis
// (x on a horizontal axis, y on a vertical one) and its label.
type tickGeom struct {
	Value decimal.Decimal
	Pos   decimal.Decimal
	Text  string
}

// axisTicks places ticks on a scale, keeping those inside its domain.
func axisTicks(axis string, s linearScale, values []decimal.Decimal, step decimal.Decimal) []tickGeom {
	places := stepPlaces(step)
	out := make([]tickGeom, 0, len(values))
	for _, v := range values {
		if s.contains(v) {
			out = append(out, tickGeom{Value: v, Pos: s.pos(v), Text: tickText(axis, v, places)})
		}
	}
	return out
}

// tickTexts are the labels the ticks at values would have.
func tickTexts(axis string, values []decimal.Decimal, step decimal.Decimal) []string {
	places := stepPlaces(step)
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = tickText(axis, v, places)
	}
	return out
}

// countOf is "1 lever", "20 levers".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return view.Number(chartInt(n), 0) + " " + many
}

// toneClass is a tone as a class; an unset tone is "same".
func toneClass(t view.Tone) string {
	if t == "" {
		return string(view.ToneSame)
	}
	return string(t)
}

// cutLabel shortens a label to chartMaxLabel characters; the bool says
// whether it was cut.
func cutLabel(s string) (string, bool) {
	if utf8.RuneCountInString(s) <= chartMaxLabel {
		return s, false
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:chartMaxLabel-1])) + "…", true
}

// Shapes, in viewBox units.

type rectGeom struct {
	X, Y, W, H decimal.Decimal
	Class      string
}

type lineGeom struct {
	X1, Y1, X2, Y2 decimal.Decimal
	Class          string
}

// textGeom is a text anchored at (X, Y): Anchor is "start", "middle" or
// "end"; Middle centres it vertically on Y. Full, when set, is the whole
// text of a label that was cut, shown as its tooltip.
type textGeom struct {
	X, Y   decimal.Decimal
	Anchor string
	Middle bool
	Class  string
	Text   string
	Full   string
}

// Render helpers.

// svgElem is an SVG element. Never self-closing: go-app writes a
// self-closing element as a bare start tag, which inside <svg> in a
// pre-rendered page would swallow its siblings.
func svgElem(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

func svgRect(r rectGeom) app.UI {
	return svgElem("rect").Class(r.Class).
		Attr("x", px(r.X)).Attr("y", px(r.Y)).Attr("width", px(r.W)).Attr("height", px(r.H))
}

func svgLine(l lineGeom) app.UI {
	return svgElem("line").Class(l.Class).
		Attr("x1", px(l.X1)).Attr("y1", px(l.Y1)).Attr("x2", px(l.X2)).Attr("y2", px(l.Y2))
}

func svgText(t textGeom) app.UI {
	e := svgElem("text").Class(t.Class).Attr("x", px(t.X)).Attr("y", px(t.Y))
	if t.Anchor != "" && t.Anchor != "start" {
		e = e.Attr("text-anchor", t.Anchor)
	}
	if t.Middle {
		e = e.Attr("dy", "0.35em")
	}
	if t.Full != "" {
		return e.Body(svgElem("title").Text(t.Full), app.Text(t.Text))
	}
	return e.Text(t.Text)
}

func svgTexts(ts []textGeom) app.UI {
	return app.Range(ts).Slice(func(i int) app.UI { return svgText(ts[i]) })
}

func svgLines(ls []lineGeom) app.UI {
	return app.Range(ls).Slice(func(i int) app.UI { return svgLine(ls[i]) })
}

// svgGroup is a <g> with a class.
func svgGroup(class string, body ...app.UI) app.UI {
	return svgElem("g").Class(class).Body(body...)
}

// chartFigure is the frame every chart shares: a figure with a visible
// title, the SVG as an image named by its <title> and described by its
// <desc>, and the same numbers as a table behind "Show as table". The
// <title> is id-title and the <desc> id-desc.
func chartFigure(id, kind, title, desc string, width, height decimal.Decimal, table app.UI, body ...app.UI) app.UI {
	titleID, descID := id+"-title", id+"-desc"
	svg := []app.UI{
		svgElem("title").ID(titleID).Text(title),
		svgElem("desc").ID(descID).Text(desc),
	}
	return app.Elem("figure").ID(id).Class("chart-figure", kind).Body(
		app.Elem("figcaption").Class("chart-title").Text(title),
		svgElem("svg").Class("chart").
			Attr("viewBox", "0 0 "+px(width)+" "+px(height)).
			Role("img").Aria("labelledby", titleID+" "+descID).
			Body(append(svg, body...)...),
		app.Elem("details").Class("chart-data").Body(
			app.Elem("summary").Text("Show as table"),
			app.Elem("div").Class("table-scroll").Body(table),
		),
	)
}

// chartTable is the alternative to a chart: caption (the axis label, so
// the unit is there), a header row and rows whose first cell heads the row.
func chartTable(caption string, header []string, rows [][]string) app.UI {
	return app.Elem("table").Class("figures", "chart-table").Body(
		app.Elem("caption").Class("chart-table-caption").Text(caption),
		columnHeads(header...),
		app.Elem("tbody").Body(app.Range(rows).Slice(func(i int) app.UI {
			row := rows[i]
			return app.Elem("tr").Body(app.Range(row).Slice(func(j int) app.UI {
				if j == 0 {
					return app.Elem("th").Attr("scope", "row").Class("label").Text(row[j])
				}
				return app.Elem("td").Text(row[j])
			}))
		})),
	)
}
