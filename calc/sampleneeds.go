package calc

import (
	"slices"
)

// sampleNeeds is what a sample computes for the outputs a sampler is asked
// for and the estimates it judges, beyond the result's sums and the
// outlook's production: the divisions (quotientsOf each output), the
// by-products and cash margins (views), the price steps of which metals
// (steps), and the outlook's other figures (outlookPartsOf). The price
// sensitivities are most of a sample's work, and a page showing a few key
// figures reads none of them.
type sampleNeeds struct {
	q       quotients
	views   bool
	steps   []Metal
	outlook outlookParts
}

// allNeeds is every output's: Views and NewSampler's.
var allNeeds = sampleNeeds{q: allQuotients, views: true, steps: Metals(), outlook: allOutlook}

// needsOf is what the outputs names need, each a name of the contract.
func needsOf(names []string) sampleNeeds {
	var n sampleNeeds
	for _, name := range names {
		n.q = n.q.or(quotientsOf(name))
		k, _, sensitivity := sensitivityName(name)
		switch {
		case sensitivity:
			if !slices.Contains(n.steps, k) {
				n.steps = append(n.steps, k)
			}
		case isYearOutput(name):
			o := outlookPartsOf(name)
			n.outlook.money = n.outlook.money || o.money
			n.outlook.minePerOz = n.outlook.minePerOz || o.minePerOz
		default:
			_, view := (&Views{}).metric(name)
			n.views = n.views || view
		}
	}
	return n
}

// outputIndices is where each of the outputs named is among all, in all's
// order, each once; none named, every one. A name not among them is
// refused.
func outputIndices(all, names []string) ([]int, error) {
	if len(names) == 0 {
		names = all
	}
	asked := make([]bool, len(all))
	for _, name := range names {
		i := slices.Index(all, name)
		if i < 0 {
			return nil, unknownOutput(name)
		}
		asked[i] = true
	}
	var keep []int
	for i, ok := range asked {
		if ok {
			keep = append(keep, i)
		}
	}
	return keep, nil
}
