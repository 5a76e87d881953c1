package view

import (
	"strconv"
	"strings"

	"github.com/hecla-calc/calculator/calc"
	"github.com/shopspring/decimal"
)

// nameLevers is how many changed levers a scenario's name spells out; more
// would not fit a line of the saved list or the pinned table's caption.
const nameLevers = 3

// ScenarioName names a scenario in words from what it changes, in the
// levers' stable order, the period first when it is not the default:
// "Silver $20.00/oz, Lucky Friday 90,000 t", "Q1 2006: Gold $700.00/oz",
// "The release's figures". Beyond nameLevers changes it says how many more.
func ScenarioName(m *calc.Model, s calc.Scenario) string {
	var changes []string
	for _, l := range s.ChangedLevers() {
		v, _ := s.Changed(l)
		changes = append(changes, leverPhrase(l, v))
	}
	name := "The release's figures"
	if len(changes) > 0 {
		name = strings.Join(changes[:min(len(changes), nameLevers)], ", ")
		if more := len(changes) - nameLevers; more > 0 {
			name += " and " + strconv.Itoa(more) + " more"
		}
	}
	if s.Period != "" && s.Period != m.Default().ID {
		if len(changes) == 0 {
			name = "the release's figures"
		}
		name = PeriodButton(s.Period) + ": " + name
	}
	return name
}

// leverPhrase is one change in a scenario's name: the lever, named as
// briefly as its unit allows ("Lucky Friday 90,000 t" is the mine's ore),
// and its value in a short form of the unit.
func leverPhrase(l calc.Lever, v decimal.Decimal) string {
	amount := leverAmount(l, v)
	switch l.Kind() {
	case calc.Price:
		metal, _ := l.Metal()
		return metal.Name() + " " + amount + "/" + strings.TrimPrefix(metal.PriceUnit(), "$/")
	case calc.Tons:
		mine, _ := l.Mine()
		return mine.Name() + " " + amount + " t"
	case calc.Grade:
		return l.Describe() + " " + amount + " oz/ton"
	case calc.Mining, calc.Milling:
		return l.Describe() + " " + amount + "/ton"
	case calc.Recovery:
		return l.Describe() + " " + amount + "%"
	default:
		return l.Describe() + " " + amount
	}
}
