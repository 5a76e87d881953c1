package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func (c *calculator) onAnalysisToggle(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.OpenAnalysis(ctx.JSSrc().Get("open").Bool()))
}

func (c *calculator) onAnalysisOutput(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.Explain(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onAnalysisMine(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.ExplainMine(ctx.JSSrc().Get("value").String()))
}

func (c *calculator) onQuartersOutput(ctx app.Context, e app.Event) {
	c.apply(ctx, c.s.BridgeQuarters(ctx.JSSrc().Get("value").String()))
}
