package chart

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// svgNS is the namespace every SVG element is created in: the browser
// draws an element made with createElement("rect") as unknown HTML.
const svgNS = "http://www.w3.org/2000/svg"

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
