package calc

import (
	"fmt"
	"slices"
	"sort"

	"github.com/shopspring/decimal"
)

// Attribution splits the change of an output from the release's figure to
// the scenario's among the lever groups that differ from baseline, by
// Shapley value: each group's average marginal contribution over every order
// in which the changed groups can be applied.
type Attribution struct {
	Output   string
	Baseline decimal.Decimal
	Scenario decimal.Decimal
	Parts    []Part // largest effect first; they add up to Scenario − Baseline exactly
}

// Attribute computes the attribution of one output. It is refused when the
// output does not exist at baseline, in the scenario, or in any mix of the
// two (a cost per ounce of a mine that some mix leaves without production).
func (m *Model) Attribute(s Scenario, output string) (*Attribution, error) {
	p, err := m.period(s)
	if err != nil {
		return nil, err
	}
	if _, _, ok := p.newProbe(&p.baseline, output); !ok {
		return nil, &FieldError{Field: "output", Code: UnknownOutput, Message: fmt.Sprintf("output: %q is not an output of the calculator", output)}
	}
	// Only the changed levers that can move the output have a part: a
	// later quarter's price has none in the quarter's figures.
	moving := movedBy(output)
	var changed []Lever
	for _, l := range s.ChangedLevers() {
		if slices.Contains(moving, l) {
			changed = append(changed, l)
		}
	}
	scenario := p.levers(s)
	base, end, parts, err := p.shapley(&p.baseline, &scenario, leverGroups(changed), output, "the release and the scenario")
	if err != nil {
		return nil, err
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].Amount.Abs().GreaterThan(parts[j].Amount.Abs()) })
	return &Attribution{Output: output, Baseline: base, Scenario: end, Parts: parts}, nil
}
