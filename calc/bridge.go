package calc

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Bridge explains why an output changed from one period's figure to
// another's (docs/model.md, "The bridge from Q1 2006 to Q1 2007").
type Bridge struct {
	Output   string
	From, To decimal.Decimal // each period's figure at its own baseline
	// Parts are first the site changes, keyed "site-changes": the later
	// period's calibration at the earlier period's levers, less the earlier
	// figure. Then, in lever order, the Shapley parts of the lever groups
	// the output depends on, moved within the later calibration from the
	// earlier period's levers to the later's. They add up to To − From
	// exactly.
	Parts []Part
}

// siteChanges is the part of a bridge that no lever makes: what the later
// calibration's constants (fixed site costs, payable factors, treatment and
// freight, royalty rates, realization, unallocated costs, tax) do.
var siteChanges = LeverGroup{Key: "site-changes", Label: "Site changes"}

// BridgeOutputs lists the outputs the release's two quarters are bridged
// for, in the order they are shown.
func BridgeOutputs() []string {
	perOz := "." + TotalCash.Slug()
	out := []string{CompanyScope + "." + MetricGrossProfit}
	for _, s := range Segments() {
		out = append(out, s.Slug()+perOz)
	}
	for _, m := range Mines() {
		out = append(out, m.Slug()+perOz)
	}
	return append(out, CompanyScope+"."+MetricNetIncome)
}

// Bridge splits an output's change from period from's baseline to period
// to's. It is refused for an output outside the contract, and for one that
// does not exist at either end or in some mix of the two periods' levers.
func (m *Model) Bridge(from, to PeriodID, output string) (*Bridge, error) {
	pf, err := m.periodByID(from)
	if err != nil {
		return nil, err
	}
	pt, err := m.periodByID(to)
	if err != nil {
		return nil, err
	}
	unknown := &FieldError{Field: "output", Code: UnknownOutput, Message: fmt.Sprintf("output: %q is not an output of the calculator that can be bridged", output)}
	y0, ok := pf.Baseline.Metric(output)
	if !ok {
		return nil, unknown
	}
	ls, ok := dependsOn(output)
	if !ok {
		return nil, unknown
	}
	if !y0.Valid {
		return nil, &FieldError{Field: "output", Code: OutOfRange, Message: fmt.Sprintf("output: %s does not exist in %s, so its change cannot be split", output, pf.Label)}
	}
	between := fmt.Sprintf("%s's levers and %s's", pf.Label, pt.Label)
	// The earlier quarter's levers are its prices, mines and expenses; the
	// tax rate and the shares stay the later calibration's, so that what
	// they change is among the site changes (docs/model.md).
	lf := pt.baseline
	copy(lf[:numQuarterLevers], pf.baseline[:numQuarterLevers])
	start, end, parts, err := pt.shapley(&lf, &pt.baseline, leverGroups(ls), output, between)
	if err != nil {
		return nil, err
	}
	b := &Bridge{Output: output, From: y0.Decimal, To: end}
	b.Parts = append([]Part{{Group: siteChanges, Amount: start.Sub(y0.Decimal)}}, parts...)
	return b, nil
}

// dependsOn lists the quarter's levers an output can move, in lever order:
// every price; the levers of the scope's mines (a mine's own, a segment's
// mines', the company's all); and other operating expenses for the
// company's lines below gross profit and its cash. ok is false for a name
// whose scope is not a mine, a segment or the company.
func dependsOn(output string) (ls []Lever, ok bool) {
	scope, metric, _ := strings.Cut(output, ".")
	var mines []Mine
	switch {
	case scope == CompanyScope:
		mines = Mines()
	default:
		for _, s := range Segments() {
			if s.Slug() == scope {
				mines = s.Mines()
			}
		}
		for _, m := range Mines() {
			if m.Slug() == scope {
				mines = []Mine{m}
			}
		}
	}
	if mines == nil {
		return nil, false
	}
	for _, metal := range Metals() {
		ls = append(ls, priceLever(metal))
	}
	for _, m := range mines {
		for k := Tons; k <= Recovery; k++ {
			ls = append(ls, mineLever(m, k))
		}
	}
	if scope == CompanyScope && belowGrossProfit(metric) {
		ls = append(ls, opexLever)
	}
	return ls, true
}
