package calc

// Code is a machine-readable reason, for code to branch on; the message beside
// it is for people and is never parsed.
type Code string

// The reasons an input is refused or noticed.
const (
	NotANumber    Code = "not-a-number"
	OutOfRange    Code = "out-of-range"
	TooPrecise    Code = "too-precise"
	UnknownKey    Code = "unknown-key"
	UnknownPeriod Code = "unknown-period"
	Duplicate     Code = "duplicate"
	BadEscape     Code = "bad-escape"
	MissingValue  Code = "missing-value"
	MissingKey    Code = "missing-key"
	UnknownOutput Code = "unknown-output"
	// OutOfPeriod is a lever of one period's outlook given in another.
	OutOfPeriod Code = "out-of-period"
	// BadRange is a range not written LOW:HIGH; RangeOutside one whose low
	// is above its lever's value or whose high is below it.
	BadRange     Code = "bad-range"
	RangeOutside Code = "range-outside"
	// MoreNotices stands for the notices past MaxNotices; its Value is how
	// many there were.
	MoreNotices Code = "more-notices"
)

// FieldError is a refused input: the field it belongs to (a lever's URL key,
// or "period"), a code and a message that names the field and the rule. The
// UI places it beside the field.
type FieldError struct {
	Field   string
	Code    Code
	Message string
}

func (e *FieldError) Error() string { return e.Message }
