package view

import (
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/calc"
)

// MaxSideBySide is how many saved scenarios stand beside the release and
// the current scenario: six columns still fit a page's width and a
// printed page's.
const MaxSideBySide = 4

// SideBySide is the release, the current scenario and saved ones as
// columns: each names its changed levers, then the key figures, each with
// its change from its quarter's release.
type SideBySide struct {
	Columns []SideColumn // the release's, the current scenario's, then the saved ones
	Rows    []SideRow
}

// SideColumn is a scenario's heading: its name, quarter and changed levers
// in words. The current scenario's levers follow it as it moves.
type SideColumn struct {
	Key     string // "release", "current", or the saved scenario's key
	Name    string
	Quarter string
	Levers  Cell
}

// SideRow is one key figure across the columns: the release's cell, the
// printed figure as printed where the release prints it, then each
// scenario's value and change.
type SideRow struct {
	Metric, Label, Unit string
	Release             string
	Printed             bool // the release cell is the printed figure, not the model's
	Cells               []SideCell
}

// SideCell is a scenario's figure and its change from its quarter's
// release.
type SideCell struct{ Value, Change Cell }

// SideScenario is a scenario for a column, evaluated.
type SideScenario struct {
	Key, Name string
	Period    *calc.Period
	Scenario  calc.Scenario
	Result    *calc.Result
	Base      *calc.Result // its quarter's release levers, evaluated
}

// NewSideBySide lays out the release of the current scenario's quarter,
// with src saying what it prints, then the current scenario and the saved
// ones as columns. The current column's cells carry live keys; the saved
// ones do not change while the levers move.
func NewSideBySide(current SideScenario, saved []SideScenario, src func(metric string) Source) *SideBySide {
	sb := &SideBySide{Columns: []SideColumn{{Key: "release", Name: "The release", Quarter: current.Period.Label,
		Levers: Cell{Class: "levers", Text: "No lever changed"}}}}
	cols := append([]SideScenario{current}, saved...)
	for i, c := range cols {
		col := SideColumn{Key: c.Key, Name: c.Name, Quarter: c.Period.Label, Levers: Cell{Class: "levers", Text: ChangedWords(c.Period, c.Scenario)}}
		if i == 0 {
			col.Levers.Key = "side-levers"
		}
		sb.Columns = append(sb.Columns, col)
	}
	for r, spec := range compareSpecs() {
		rel := figure(spec, current.Base, current.Base, src)
		row := SideRow{Metric: spec.Metric, Label: spec.Label, Unit: metricUnit(spec.Metric), Release: rel.Baseline, Printed: rel.Release == "printed"}
		for i, c := range cols {
			f := figure(spec, c.Result, c.Base, nil)
			cell := SideCell{Value: Cell{Class: "value", Text: f.Text}, Change: Cell{Class: "change", Text: f.Change, Tone: f.Tone}}
			if i == 0 {
				n := strconv.Itoa(r)
				cell.Value.Key, cell.Change.Key = "side-value:"+n, "side-change:"+n
			}
			row.Cells = append(row.Cells, cell)
		}
		sb.Rows = append(sb.Rows, row)
	}
	return sb
}

// ChangedWords names the levers s changes, with their values in words and
// units, or says it changes none.
func ChangedWords(p *calc.Period, s calc.Scenario) string {
	changed := s.ChangedLevers()
	if len(changed) == 0 {
		return "No lever changed"
	}
	return leverWords(p, s, changed)
}

// SideBySideCSV is the columns as CSV, the exact figures with their units:
// a row per figure, and for each scenario its value and its change from
// its quarter's release. Names come from storage and files, so they are
// written as text a spreadsheet does not read as a formula.
func SideBySideCSV(current SideScenario, saved []SideScenario) string {
	cols := append([]SideScenario{current}, saved...)
	var b strings.Builder
	line := func(cells ...string) { b.WriteString(strings.Join(cells, ",") + "\n") }
	head := []string{"", "", "", "The release (" + current.Period.Label + ")"}
	quarter := []string{"quarter", "", "", csvCell(current.Period.Label)}
	levers := []string{"changed levers", "", "", "none"}
	for _, c := range cols {
		name := csvText(c.Name)
		head = append(head, name, name+": change from the release")
		quarter = append(quarter, csvCell(c.Period.Label), "")
		levers = append(levers, csvCell(ChangedWords(c.Period, c.Scenario)), "")
	}
	line(head...)
	line(quarter...)
	line(levers...)
	header := []string{"metric", "figure", "unit", "release levers"}
	for range cols {
		header = append(header, "value", "change")
	}
	line(header...)
	for _, spec := range compareSpecs() {
		cells := []string{spec.Metric, csvCell(spec.Label), csvCell(metricUnit(spec.Metric)), exact(current.Base, spec.Metric)}
		for _, c := range cols {
			v, base := exact(c.Result, spec.Metric), exact(c.Base, spec.Metric)
			change := ""
			if x, ok := c.Result.Metric(spec.Metric); ok && x.Valid && v != "" && base != "" {
				y, _ := c.Base.Metric(spec.Metric)
				change = x.Decimal.Sub(y.Decimal).String()
			}
			cells = append(cells, v, change)
		}
		line(cells...)
	}
	return b.String()
}

// exact is an output's unrounded decimal, "" where it does not exist.
func exact(r *calc.Result, metric string) string {
	if v, ok := r.Metric(metric); ok && v.Valid {
		return v.Decimal.String()
	}
	return ""
}

// csvText is a name as a CSV cell a spreadsheet shows as text: one that
// begins as a formula would gets an apostrophe first.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	return csvCell(s)
}
