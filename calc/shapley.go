package calc

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// LeverGroup is a set of levers that attribution and the bridge move
// together: a metal's price; a mine's tons, grade, unit costs (mining and
// milling) or recovery; other operating expenses; or, when there are too many
// groups, all of one mine's levers.
type LeverGroup struct {
	Key    string // "silver-price", "lucky-friday.tons", "lucky-friday.unit-costs", "lucky-friday", "opex"
	Label  string
	Levers []Lever
}

// maxShapleyGroups bounds a split's 2^k evaluations: above it, each mine's
// groups merge into one (docs/model.md, "Attribution bridges").
const maxShapleyGroups = 10

// Part is one group's share of the change in an output.
type Part struct {
	Group  LeverGroup
	Amount decimal.Decimal
}

// groupLevers gathers levers into groups, in the order their first lever
// comes; perMine merges each mine's groups into one. These are the only
// place the groups' names are made.
func groupLevers(ls []Lever, perMine bool) []LeverGroup {
	var groups []LeverGroup
	index := map[string]int{}
	for _, l := range ls {
		key, label := l.Key(), l.Label()
		if metal, ok := l.Metal(); ok {
			key = metal.Slug() + "-price"
		}
		if mine, ok := l.Mine(); ok {
			switch {
			case perMine:
				key, label = mine.Slug(), mine.Name()
			case l.Kind() == Mining || l.Kind() == Milling:
				key, label = mine.Slug()+".unit-costs", mine.Name()+" unit costs"
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

// leverGroups groups levers as groupLevers does, merging per mine when there
// would be more groups than maxShapleyGroups.
func leverGroups(ls []Lever) []LeverGroup {
	if groups := groupLevers(ls, false); len(groups) <= maxShapleyGroups {
		return groups
	}
	return groupLevers(ls, true)
}

// shapley splits an output's change from the levers from to the levers to,
// within this period, among groups by Shapley value: each group's average
// marginal contribution over every order in which the groups can be moved.
// It returns the output at from and at to and the parts in groups' order;
// the parts add up to the change exactly. between names from and to for the
// error when the output does not exist in some mix of the two.
func (p *Period) shapley(from, to *levers, groups []LeverGroup, output, between string) (start, end decimal.Decimal, parts []Part, err error) {
	k := len(groups)
	// f[mask] is the output with the groups in mask at to's values and the
	// rest at from's.
	f := make([]decimal.Decimal, 1<<k)
	for mask := range f {
		v := *from
		for i, g := range groups {
			if mask&(1<<i) != 0 {
				for _, l := range g.Levers {
					v[l] = to[l]
				}
			}
		}
		// Any output, the outlook's too (a probe evaluates what it reads).
		_, got, _ := p.newProbe(&v, output)
		if !got.Valid {
			return start, end, nil, &FieldError{Field: "output", Code: OutOfRange, Message: fmt.Sprintf("output: %s does not exist in every mix of %s, so its change cannot be split", output, between)}
		}
		f[mask] = got.Decimal
	}
	start, end = f[0], f[len(f)-1]
	if k == 0 {
		return start, end, nil, nil
	}
	// Shapley weights |S|! (k−|S|−1)! / k!, kept as integers until one
	// division per group, so that only that division rounds.
	fact := factorials(k)
	largest := 0
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
		parts = append(parts, Part{Group: g, Amount: divOut(sum, decimal.NewFromInt(fact[k]))})
		if parts[i].Amount.Abs().GreaterThan(parts[largest].Amount.Abs()) {
			largest = i
		}
	}
	// Efficiency holds exactly in the integers; the divisions leave at most
	// k half-units of the 12th place. That residue goes to the largest part,
	// so the parts add up to the total change exactly.
	rest := end.Sub(start)
	for i, pt := range parts {
		if i != largest {
			rest = rest.Sub(pt.Amount)
		}
	}
	parts[largest].Amount = rest
	return start, end, parts, nil
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
