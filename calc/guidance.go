package calc

import (
	"slices"

	"github.com/shopspring/decimal"
)

// Comparison is how an outlook figure meets one of the release's estimates.
type Comparison int

// The comparisons the release's words call for. A production estimate
// ("about 2.8 million ounces", "more than 3 million") is met at or above its
// figure; a cost estimate "up to $440" at or below it, and "less than $0.50"
// only strictly below it.
const (
	AtLeast Comparison = iota
	AtMost
	Below
)

// Holds reports whether the outlook figure meets the estimate's figure.
func (c Comparison) Holds(outlook, figure decimal.Decimal) bool {
	switch c {
	case AtMost:
		return outlook.LessThanOrEqual(figure)
	case Below:
		return outlook.LessThan(figure)
	default:
		return outlook.GreaterThanOrEqual(figure)
	}
}

// Guidance is one of the company's estimates for the year as the release
// states them, in the engine's units (ounces, dollars per ounce).
type Guidance struct {
	Output     string // the outlook output it is a figure of: "fy2007.company.silver-produced"
	Figure     decimal.Decimal
	Comparison Comparison
	Sentence   string // the release's words, the estimate's source
}

// GuidanceVerdict is an estimate beside the scenario's outlook.
type GuidanceVerdict struct {
	Guidance
	Outlook decimal.NullDecimal
	Met     bool
	// Distance is Outlook − Figure, whether the estimate is met or not;
	// absent with the outlook.
	Distance decimal.NullDecimal
}

// verdicts judges each estimate against the outlook outputs.
func verdicts(gs []Guidance, outlook []Metric) []GuidanceVerdict {
	vs := make([]GuidanceVerdict, 0, len(gs))
	for _, g := range gs {
		v := GuidanceVerdict{Guidance: g}
		for _, o := range outlook {
			if o.Name == g.Output {
				v.Outlook = o.Value
			}
		}
		if v.Outlook.Valid {
			v.Met = g.Comparison.Holds(v.Outlook.Decimal, g.Figure)
			v.Distance = decimal.NewNullDecimal(v.Outlook.Decimal.Sub(g.Figure))
		}
		vs = append(vs, v)
	}
	return vs
}

// checkGuidance refuses estimates the outlook cannot judge: of a period
// without an outlook, or of a figure the outlook does not have.
func checkGuidance(rep Reported) error {
	for _, g := range rep.Guidance {
		rule := ""
		switch {
		case rep.Period != outlookPeriod:
			rule = "only " + string(outlookPeriod) + " has an outlook to set estimates beside"
		case !slices.ContainsFunc(outlookMetrics(nil), func(m Metric) bool { return m.Name == g.Output }):
			rule = "not an output of the outlook"
		}
		if rule != "" {
			return &CalibrationError{Period: rep.Period, Field: "guidance " + g.Output, Rule: rule}
		}
	}
	return nil
}
