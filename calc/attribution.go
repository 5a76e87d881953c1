package calc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// LeverGroup is a set of levers that attribution moves together: a metal's
// price; a mine's tons, grade, unit costs (mining and milling) or recovery;
// other operating expenses; or, when too many groups changed, all of one
// mine's levers.
type LeverGroup struct {
	Key    string // "silver", "lucky-friday.tons", "lucky-friday.costs", "lucky-friday", "opex"
	Label  string
	Levers []Lever
}

// maxShapleyGroups bounds attribution's 2^k evaluations: above it, each
// mine's groups merge into one (docs/model.md, "Attribution bridges").
const maxShapleyGroups = 10

// Part is one group's share of the change in an output.
type Part struct {
	Group  LeverGroup
	Amount decimal.Decimal
}

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
	if _, ok := p.Baseline.Metric(output); !ok {
		return nil, &FieldError{Field: "output", Code: UnknownOutput, Message: fmt.Sprintf("output: %q is not an output of the calculator", output)}
	}
	groups := changedGroups(s, false)
	if len(groups) > maxShapleyGroups {
		groups = changedGroups(s, true)
	}
	k := len(groups)
	scenario := p.levers(s)
	// f[mask] is the output with the groups in mask at their scenario
	// values and the rest at baseline.
	f := make([]decimal.Decimal, 1<<k)
	for mask := range f {
		v := p.baseline
		for i, g := range groups {
			if mask&(1<<i) != 0 {
				for _, l := range g.Levers {
					v[l] = scenario[l]
				}
			}
		}
		got, _ := p.evaluate(&v).Metric(output)
		if !got.Valid {
			return nil, &FieldError{Field: "output", Code: OutOfRange, Message: fmt.Sprintf("output: %s does not exist in every mix of the release and the scenario, so its change cannot be split", output)}
		}
		f[mask] = got.Decimal
	}
	a := &Attribution{Output: output, Baseline: f[0], Scenario: f[len(f)-1]}
	if k == 0 {
		return a, nil
	}
	// Shapley weights |S|! (k−|S|−1)! / k!, kept as integers until one
	// division per group, so that only that division rounds.
	fact := factorials(k)
	total := a.Scenario.Sub(a.Baseline)
	for i, g := range groups {
		sum := decimal.Zero
		for mask := range f {
			if mask&(1<<i) != 0 {
				continue
			}
			size := popcount(mask)
			w := decimal.NewFromInt(fact[size] * fact[k-size-1])
			sum = sum.Add(w.Mul(f[mask|1<<i].Sub(f[mask])))
		}
		a.Parts = append(a.Parts, Part{Group: g, Amount: divOut(sum, decimal.NewFromInt(fact[k]))})
	}
	// Efficiency holds exactly in the integers; the divisions leave at most
	// k half-units of the 12th place. That residue goes to the largest part,
	// so the parts add up to the total change exactly.
	sort.SliceStable(a.Parts, func(i, j int) bool { return a.Parts[i].Amount.Abs().GreaterThan(a.Parts[j].Amount.Abs()) })
	rest := total
	for _, pt := range a.Parts[1:] {
		rest = rest.Sub(pt.Amount)
	}
	a.Parts[0].Amount = rest
	return a, nil
}

// changedGroups lists the lever groups the scenario changes, in lever order;
// perMine merges each mine's groups into one.
func changedGroups(s Scenario, perMine bool) []LeverGroup {
	var groups []LeverGroup
	index := map[string]int{}
	for _, l := range s.ChangedLevers() {
		key, label := l.Key(), l.Label()
		if mine, ok := l.Mine(); ok {
			switch {
			case perMine:
				key, label = mine.Slug(), mine.Name()
			case l.Kind() == Mining || l.Kind() == Milling:
				key, label = mine.Slug()+".costs", mine.Name()+" unit costs"
			default:
				label = mine.Name() + " " + strings.ToLower(l.Label())
			}
		}
		if i, ok := index[key]; ok {
			groups[i].Levers = append(groups[i].Levers, l)
			continue
		}
		index[key] = len(groups)
		groups = append(groups, LeverGroup{Key: key, Label: label, Levers: []Lever{l}})
	}
	return groups
}

func factorials(k int) []int64 {
	f := make([]int64, k+1)
	f[0] = 1
	for i := 1; i <= k; i++ {
		f[i] = f[i-1] * int64(i)
	}
	return f
}

func popcount(x int) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}
