package ui

import (
	"strings"

	"github.com/hecla-calc/calculator/app/chart"
	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// analysisPanel lays out the analysis panel: open, its charts are the live
// layer's (kinds.go), redrawn alone when an edit changes them.
func (c *calculator) analysisPanel(open bool, a *view.Analysis) app.UI {
	return app.Elem("section").Class("panel analysis").Aria("labelledby", "analysis-h").Body(
		boolAttr(app.Elem("details").ID("analysis"), "open", open).On("toggle", c.onAnalysisToggle).Body(
			app.Elem("summary").Body(app.Elem("h2").ID("analysis-h").Text("Analysis: what moves the figures")),
			app.If(open, func() app.UI { return c.live.UI(a) }),
		),
	)
}

// analysisCharts are the charts of an analysis, and the controls that pick
// what they explain; none before the panel is first open.
func (c *calculator) analysisCharts(a *view.Analysis) []app.UI {
	if a == nil {
		return nil
	}
	outputs, mines := view.TornadoOutputs(), calc.Mines()
	mine := a.Mine
	primary := mine.Primary()
	return []app.UI{
		app.Elem("div").Class("chart-controls").Body(
			app.Elem("label").Attr("for", "tornado-output").Text("Explain"),
			app.Elem("select").ID("tornado-output").OnChange(c.onAnalysisOutput).Body(
				app.Range(outputs).Slice(func(i int) app.UI {
					o := outputs[i]
					return boolAttr(app.Elem("option").Attr("value", o.Metric), "selected", o.Metric == a.Output).Text(o.Label)
				}),
			),
			app.Elem("label").Attr("for", "analysis-mine").Text("Mine"),
			app.Elem("select").ID("analysis-mine").OnChange(c.onAnalysisMine).Body(
				app.Range(mines).Slice(func(i int) app.UI {
					m := mines[i]
					return boolAttr(app.Elem("option").Attr("value", m.Slug()), "selected", m == mine).Text(m.Name())
				}),
			),
		),
		chart.Tornado("tornado", view.TornadoTitle(a.Output), "Change ("+a.Unit+")", a.Tornado),
		chart.Line("curve", mine.Name()+": gross profit and total cash cost per ounce against the "+strings.ToLower(primary.Name())+" price",
			primary.Name()+" price ("+primary.PriceUnit()+")", "$ thousands", a.Curve, a.Markers),
		chart.Bridge("waterfall", mine.Name()+": from mining and milling to total production cost, scenario", "Cost ($ thousands)", a.WaterStart, a.WaterSteps, a.WaterEnd),
		app.Elem("table").Class("figures waterfall-table").Body(
			app.Elem("caption").Text(mine.Name()+": cost build-up and reconciliation to GAAP cost of sales, dollars in thousands"),
			chart.ColumnHeads("Line", "Release", "Scenario"),
			app.Elem("tbody").Body(app.Range(a.WaterBase).Slice(func(i int) app.UI {
				r := a.WaterBase[i]
				return app.Elem("tr").Body(rowHead(r.Label), app.Elem("td").Class("base").DataSet("release", r.Release).Body(app.If(r.Release == "model", func() app.UI { return app.Elem("span").Class("model-mark").Text("model") }), app.Text(view.ModelSpace(r.Release)+r.Base)), app.Elem("td").Class("value").Text(r.Scenario))
			})),
		),
		chart.Bridge("bridge-gp", "Company gross profit: from the release to the scenario, by lever", "Gross profit ($ thousands)", a.BridgeGP.Start, a.BridgeGP.Steps, a.BridgeGP.End),
		app.If(a.BridgeCostNote == "", func() app.UI {
			return chart.Bridge("bridge-cost", mine.Name()+" total cash cost per ounce: from the release to the scenario, by lever", "Total cash cost ($ per oz)", a.BridgeCost.Start, a.BridgeCost.Steps, a.BridgeCost.End)
		}).Else(func() app.UI { return app.Elem("p").Class("hint").Text(a.BridgeCostNote) }),
		c.quartersChart(a),
	}
}

// quartersChart is the bridge from Q1 2006 to Q1 2007 of the output the
// panel's own select picks: the same in both quarters' pages.
func (c *calculator) quartersChart(a *view.Analysis) app.UI {
	outputs := view.QuartersOutputs()
	label := ""
	for _, o := range outputs {
		if o.Metric == a.QuartersOutput {
			label = o.Label
		}
	}
	return app.Elem("div").Class("quarters").Body(
		app.Elem("div").Class("chart-controls").Body(
			app.Elem("label").Attr("for", "quarters-output").Text("From Q1 2006 to Q1 2007"),
			app.Elem("select").ID("quarters-output").OnChange(c.onQuartersOutput).Body(
				app.Range(outputs).Slice(func(i int) app.UI {
					return boolAttr(app.Elem("option").Attr("value", outputs[i].Metric), "selected", outputs[i].Metric == a.QuartersOutput).Text(outputs[i].Label)
				}),
			),
		),
		chart.Bridge("quarters", label+": from Q1 2006 to Q1 2007, by the sites' changes and by lever", view.QuartersAxis(a.QuartersOutput), a.Quarters.Start, a.Quarters.Steps, a.Quarters.End),
		app.If(a.Quarters.Note != "", func() app.UI { return app.Elem("p").Class("hint").Text(a.Quarters.Note) }),
	)
}
