package session

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/app/view"
	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// The two-driver table: one output over two levers' values. Open, it
// follows the scenario; its choices are the address's: grid=X:Y:OUTPUT,
// and grid.x, grid.y (FROM:TO:N) where the reader set an axis's values
// rather than the five around the scenario's.

type grid struct {
	open   bool
	x, y   calc.Lever
	output string
	axes   [2]gridAxis
	table  *calc.Grid
}

// gridAxis is an axis's values as typed: from, to and how many; none typed
// (set false) means the five around the scenario's value.
type gridAxis struct {
	set  bool
	text [3]string
	err  string
	vals []decimal.Decimal
}

// GridPanel is the two-driver table's panel as the page lays it out.
type GridPanel struct {
	Open    bool
	X, Y    calc.Lever
	Output  string
	Outputs []view.Spec
}

// GridPanel is the panel now; its outputs are listed only while it is
// open, as the seek's.
func (s *Session) GridPanel() GridPanel {
	p := GridPanel{Open: s.grid.open, X: s.grid.x, Y: s.grid.y, Output: s.grid.output}
	if p.Open {
		p.Outputs = view.GridOutputs(s.period)
	}
	return p
}

// OpenGrid opens the table (silver × zinc on EPS until the reader picks
// others) or closes it.
func (s *Session) OpenGrid(open bool) Change {
	if open == s.grid.open {
		return Change{}
	}
	s.grid.open = open
	if open && s.grid.output == "" {
		s.grid.x, s.grid.y, s.grid.output = calc.PriceLever(calc.Silver), calc.PriceLever(calc.Zinc), "company.eps"
	}
	return s.toolChanged()
}

// GridLever puts lever key on axis 0 (x) or 1 (y), at the five values
// around the scenario's; the other axis takes the lever it had if it had
// this one.
func (s *Session) GridLever(axis int, key string) Change {
	l, ok := calc.LeverByKey(key)
	if !ok || axis < 0 || axis > 1 || !slices.Contains(s.period.Levers(), l) {
		return Change{}
	}
	levers := [2]*calc.Lever{&s.grid.x, &s.grid.y}
	if *levers[1-axis] == l {
		*levers[1-axis] = *levers[axis]
		s.grid.axes[1-axis] = gridAxis{}
	}
	*levers[axis] = l
	s.grid.axes[axis] = gridAxis{}
	return s.toolChanged()
}

// GridOutput picks the table's output.
func (s *Session) GridOutput(metric string) Change {
	if _, ok := view.GridSpec(s.period, metric); !ok {
		return Change{}
	}
	s.grid.output = metric
	return s.toolChanged()
}

// GridAxisText takes one of an axis's texts (part 0: from, 1: to, 2: how
// many values). Refused, it says why and the table keeps its values.
func (s *Session) GridAxisText(axis, part int, text string) Change {
	if axis < 0 || axis > 1 || part < 0 || part > 2 {
		return Change{}
	}
	a := &s.grid.axes[axis]
	a.text[part] = text
	vals, err := axisValues(a.text)
	if err != "" {
		a.err = err
		s.layOutGrid() // the fields are the table's: drawn anew
		return Change{Figures: true}
	}
	a.set, a.err, a.vals = true, "", vals
	return s.toolChanged()
}

// GridDefaultAxes puts both axes back at the five values around the
// scenario's.
func (s *Session) GridDefaultAxes() Change {
	s.grid.axes = [2]gridAxis{}
	return s.toolChanged()
}

// ApplyGridCell makes the scenario the table's row i (y) and column j (x):
// one history entry.
func (s *Session) ApplyGridCell(i, j int) Change {
	g := s.grid.table
	if g == nil || i < 0 || i >= len(g.Y.Values) || j < 0 || j >= len(g.X.Values) {
		return Change{}
	}
	return s.setLevers(map[calc.Lever]decimal.Decimal{g.X.Lever: g.X.Values[j], g.Y.Lever: g.Y.Values[i]})
}

// ExportGrid is the table as CSV; "" while closed.
func (s *Session) ExportGrid() string {
	if s.grid.table == nil || s.view.Grid == nil {
		return ""
	}
	return view.GridCSV(s.grid.table, s.view.Grid.Label)
}

// axisValues are the values an axis's texts say: from, to, and how many.
func axisValues(text [3]string) ([]decimal.Decimal, string) {
	from, err := calc.ParseAmount("from", text[0])
	if err != nil {
		return nil, err.Message
	}
	to, err := calc.ParseAmount("to", text[1])
	if err != nil {
		return nil, err.Message
	}
	n, nerr := strconv.Atoi(strings.TrimSpace(text[2]))
	if nerr != nil {
		return nil, "values: enter a whole number from 2 to " + strconv.Itoa(calc.MaxGridSteps)
	}
	vals, serr := calc.Steps(from, to, n)
	if serr != nil {
		return nil, serr.Error()
	}
	return vals, ""
}

// layOutGrid works out the table, if open, and the default axes' texts.
func (s *Session) layOutGrid() {
	s.view.Grid, s.grid.table = nil, nil
	if !s.grid.open {
		return
	}
	spec, ok := view.GridSpec(s.period, s.grid.output)
	if !ok {
		spec = view.GridOutputs(s.period)[0]
		s.grid.output = spec.Metric
	}
	if s.gridInPeriod() {
		s.syncToolQuery() // the address names the levers the table shows
	}
	var axes [2]calc.Axis
	var refused error
	for i, l := range []calc.Lever{s.grid.x, s.grid.y} {
		a := &s.grid.axes[i]
		if a.set {
			axes[i] = calc.Axis{Lever: l, Values: a.vals}
			continue
		}
		ax, err := calc.DefaultAxis(s.period, s.scenario, l)
		if err != nil {
			// No value to put the axis around: its fields wait for the
			// reader's, the table says why it is not there.
			refused = cmp.Or(refused, err)
			if a.err == "" {
				a.text = [3]string{"", "", "5"}
			}
			continue
		}
		axes[i] = ax
		if a.err == "" { // a refused text stays in its field until replaced
			v := axes[i].Values
			a.text = [3]string{v[0].String(), v[len(v)-1].String(), strconv.Itoa(len(v))}
		}
	}
	var g *calc.Grid
	if refused == nil {
		g, refused = s.model.Grid(s.scenario, spec.Metric, axes[0], axes[1])
	}
	if refused != nil {
		s.view.Grid = view.NewGridRefused(spec, s.grid.x, s.grid.y, refused.Error())
	} else {
		s.grid.table = g
		s.view.Grid = view.NewGridTable(s.period, s.scenario, spec, g)
	}
	s.view.Grid.Levers = view.GridLevers(s.period)
	for i, a := range s.grid.axes {
		s.view.Grid.Axes[i] = view.AxisFields{Text: a.text, Error: a.err}
	}
}

// gridQuery is the table's part of the address under key: grid, grid.x or
// grid.y.
func (s *Session) gridQuery(key string) string {
	if !s.grid.open {
		return ""
	}
	switch key {
	case "grid":
		return s.grid.x.Key() + ":" + s.grid.y.Key() + ":" + s.grid.output
	case "grid.x", "grid.y":
		if a := s.grid.axes[strings.Index("xy", key[5:])]; a.set {
			return strings.Join(a.text[:], ":")
		}
	}
	return ""
}

// readGrid takes the table's choices from the address's page keys.
func (s *Session) readGrid() []calc.Notice {
	s.grid = grid{}
	v := view.UIValue(s.uiQuery, "grid")
	if v == "" {
		return nil
	}
	var notices calc.Notices
	bad := func(key, value, rule string) {
		notices.Add(key, value, calc.OutOfRange, func(k, _ string) string { return k + ": " + rule })
	}
	parts := strings.SplitN(v, ":", 3)
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	s.grid.open = true
	s.grid.x, s.grid.y, s.grid.output = calc.PriceLever(calc.Silver), calc.PriceLever(calc.Zinc), "company.eps"
	x, okx := calc.LeverByKey(parts[0])
	y, oky := calc.LeverByKey(parts[1])
	switch ls := s.period.Levers(); {
	case !okx || !oky || x == y:
		bad("grid", v, "give two different levers and an output, as in silver:zinc:company.eps")
	case !slices.Contains(ls, x) || !slices.Contains(ls, y):
		out := x
		if slices.Contains(ls, x) {
			out = y
		}
		id, _ := out.OnlyIn()
		bad("grid", v, out.Key()+" belongs to "+string(id)+"'s outlook; "+s.period.Label+" has none")
	default:
		s.grid.x, s.grid.y = x, y
	}
	if _, ok := view.GridSpec(s.period, parts[2]); ok {
		s.grid.output = parts[2]
	} else {
		bad("grid", v, strconv.Quote(parts[2])+" is not an output the table shows in "+s.period.Label)
	}
	for i, key := range []string{"grid.x", "grid.y"} {
		av := view.UIValue(s.uiQuery, key)
		if av == "" {
			continue
		}
		var text [3]string
		copy(text[:], strings.SplitN(av, ":", 3))
		vals, err := axisValues(text)
		if err != "" {
			bad(key, av, err+"; the five values around the scenario's apply")
			continue
		}
		s.grid.axes[i] = gridAxis{set: true, text: text, vals: vals}
	}
	return notices.List()
}
