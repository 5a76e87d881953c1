package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// row is one line of the table: a metric, our figure, the floor's (NaN when
// the floor has none), and the budget, when the metric has one.
type row struct {
	Metric string
	Unit   string // "bytes", "ms", "µs", "records"
	Ours   float64
	Floor  float64
	Budget *budget
}

// budget is a limit on a row: its words, and whether the row holds it.
type budget struct {
	Text string
	Over bool
}

func (r row) ratio() float64 {
	if math.IsNaN(r.Floor) || r.Floor == 0 || math.IsNaN(r.Ours) {
		return math.NaN()
	}
	return r.Ours / r.Floor
}

// median of xs (NaN when empty); xs is not changed.
func median(xs []float64) float64 { return quantile(xs, 0.5) }

// quantile is the q-quantile of xs by linear interpolation between the two
// nearest ranks (NaN when xs is empty): quantile(xs, 0.95) is the p95.
func quantile(xs []float64, q float64) float64 {
	var s []float64
	for _, x := range xs {
		if !math.IsNaN(x) {
			s = append(s, x)
		}
	}
	if len(s) == 0 {
		return math.NaN()
	}
	slices.Sort(s)
	pos := q * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	return s[lo] + (s[hi]-s[lo])*(pos-float64(lo))
}

// goBench is one benchmark's result, as go test -bench prints it.
type goBench struct {
	Name     string // "Evaluate" (no Benchmark prefix, no -N suffix)
	NsPerOp  []float64
	Allocs   []float64
	BytesOp  []float64
	Platform string // "native", "wasm"
}

var benchLine = regexp.MustCompile(`^Benchmark([^\s/]+?)(?:-\d+)?\s+\d+\s+([0-9.]+) ns/op(.*)$`)

// parseGoBench reads go test -bench output: every Benchmark line, by name
// in the order first seen; a benchmark run several times (-count) keeps
// every run.
func parseGoBench(r io.Reader, platform string) ([]*goBench, error) {
	var out []*goBench
	byName := map[string]*goBench{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		ns, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", sc.Text(), err)
		}
		b := byName[m[1]]
		if b == nil {
			b = &goBench{Name: m[1], Platform: platform}
			byName[m[1]] = b
			out = append(out, b)
		}
		b.NsPerOp = append(b.NsPerOp, ns)
		b.Allocs = append(b.Allocs, field(m[3], "allocs/op"))
		b.BytesOp = append(b.BytesOp, field(m[3], "B/op"))
	}
	return out, sc.Err()
}

// field is the number before unit in the rest of a benchmark line, or NaN.
func field(rest, unit string) float64 {
	f := strings.Fields(rest)
	for i := 1; i < len(f); i++ {
		if f[i] == unit {
			if v, err := strconv.ParseFloat(f[i-1], 64); err == nil {
				return v
			}
		}
	}
	return math.NaN()
}

func parseGoBenchFile(name, platform string) ([]*goBench, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseGoBench(f, platform)
}

// Budgets, as the issue states them.
const (
	brotliBudget          = 1.20  // app.wasm brotli bytes ≤ 1.20 × the floor's
	interactiveBudget     = 1.3   // interactive ≤ 1.3 × the floor's
	repeatBudget          = 1.5   // a repeat visit interactive ≤ 1.5 × the floor's
	lighthouseScoreBudget = 0.95  // Lighthouse's mobile performance score ≥ 0.95 ...
	tbtBudgetMS           = 200.0 // ... and its total blocking time ≤ 200 ms
	inputBudget           = 0.7   // input p95 ≤ 0.7 × the floor's p95 ...
	frameMS               = 16.7  // ... and < one frame
	evaluateBudgetUS      = 50.0  // one evaluation < 50 µs natively
)

// wasmBudgetsMS are the analyst's tools' budgets under js/wasm, by
// benchmark: a goal seek's whole table and a 5 × 5 grid within a frame, so
// they follow every keystroke; a chunk of samples within a 50 ms task; the
// page's 2,000 samples (the figures it shows) within a second. The whole
// contract's simulation, -ranges', has none: no reader waits on it.
var wasmBudgetsMS = map[string]float64{"SolveAll": frameMS, "Grid5x5": frameMS, "SamplerChunk": 50, "Simulate2000Page": 1000}

func ratioBudget(r *row, limit float64) {
	r.Budget = &budget{Text: fmt.Sprintf("≤ %.2f × floor", limit), Over: !(r.ratio() <= limit)}
}

// overBudget lists the rows over their budget.
func overBudget(rows []row) []row {
	var over []row
	for _, r := range rows {
		if r.Budget != nil && r.Budget.Over {
			over = append(over, r)
		}
	}
	return over
}

// writeTable prints the rows as an aligned text table, or as Markdown.
func writeTable(w io.Writer, rows []row, markdown bool) {
	header := []string{"metric", "ours", "floor", "ratio", "budget", ""}
	cells := [][]string{header}
	for _, r := range rows {
		b, status := "", ""
		if r.Budget != nil {
			b = r.Budget.Text
			if r.Budget.Over {
				status = "over budget"
			} else {
				status = "ok"
			}
		}
		ratio := "—"
		if q := r.ratio(); !math.IsNaN(q) {
			ratio = fmt.Sprintf("%.3f", q)
		}
		metric := r.Metric
		if r.Unit != "" {
			metric += " (" + r.Unit + ")"
		}
		cells = append(cells, []string{metric, formatValue(r.Ours, r.Unit), formatValue(r.Floor, r.Unit), ratio, b, status})
	}
	if markdown {
		fmt.Fprintln(w, "| "+strings.Join(header[:5], " | ")+" | status |")
		fmt.Fprintln(w, "| --- | ---: | ---: | ---: | --- | --- |")
		for _, c := range cells[1:] {
			fmt.Fprintln(w, "| "+strings.Join(c, " | ")+" |")
		}
		return
	}
	widths := make([]int, len(header))
	for _, c := range cells {
		for i, s := range c {
			widths[i] = max(widths[i], len([]rune(s)))
		}
	}
	for _, c := range cells {
		var b strings.Builder
		for i, s := range c {
			pad := strings.Repeat(" ", widths[i]-len([]rune(s)))
			switch i {
			case 1, 2, 3: // numbers: right-aligned
				b.WriteString(pad + s)
			default:
				b.WriteString(s + pad)
			}
			if i < len(c)-1 {
				b.WriteString("  ")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// formatValue prints a figure in its unit: bytes and counts with thousands
// separators, times with a precision that suits their size.
func formatValue(v float64, unit string) string {
	if math.IsNaN(v) {
		return "—"
	}
	switch unit {
	case "bytes", "allocs":
		return thousands(int64(math.Round(v)))
	case "records", "nodes", "functions":
		if v == math.Trunc(v) {
			return thousands(int64(v))
		}
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	switch a := math.Abs(v); {
	case a >= 1000:
		return thousands(int64(math.Round(v)))
	case a >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case a >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
