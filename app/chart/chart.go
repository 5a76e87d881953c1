// Package chart draws the analysis panel's charts: SVG made of go-app
// elements, with no chart library. Each chart is a pure geometry function,
// data in and shapes out in viewBox units, and a render helper that turns
// the shapes into elements. Coordinates are decimals rounded to 0.1 px
// where they are computed, so what a test checks is what is drawn. Colour,
// stroke and fill come from classes in web/charts.css: the page's
// Content-Security-Policy allows no style attribute. The inputs are the
// view model's (view.TornadoRow, view.BridgeStep, view.LineSeries), already
// formatted as the page prints figures.
package chart

import "github.com/shopspring/decimal"

var (
	chartZero = decimal.Zero
	// chartWidth is every chart's viewBox width; CSS scales it to the page.
	chartWidth = decimal.NewFromInt(640)
	// chartMargin is the blank edge of the viewBox.
	chartMargin = decimal.NewFromInt(8)
)

// chartInt is a small integer as a decimal.
func chartInt(n int) decimal.Decimal { return decimal.NewFromInt(int64(n)) }

// chartRound rounds a coordinate to 0.1 px.
func chartRound(d decimal.Decimal) decimal.Decimal { return d.Round(1) }

// px writes a coordinate as an SVG number rounded to 0.1 px: "12", "12.5",
// "-3.2".
func px(d decimal.Decimal) string { return d.Round(1).String() }
