package ui

import (
	"github.com/hecla-calc/calculator/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (c *calculator) onAnalysisToggle(ctx app.Context, e app.Event) {
	c.analysisOpen = ctx.JSSrc().Get("open").Bool()
	c.recompute()
}

func (c *calculator) onAnalysisOutput(ctx app.Context, e app.Event) {
	c.analysisOutput = ctx.JSSrc().Get("value").String()
	c.recompute()
}

func (c *calculator) onAnalysisMine(ctx app.Context, e app.Event) {
	for _, m := range calc.Mines() {
		if m.Slug() == ctx.JSSrc().Get("value").String() {
			c.analysisMine = m
		}
	}
	c.recompute()
}

func (c *calculator) onQuartersOutput(ctx app.Context, e app.Event) {
	c.quartersOutput = ctx.JSSrc().Get("value").String()
	c.recompute()
}
