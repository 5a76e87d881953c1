package view

import "testing"

// A scenario is named from its levers, each with its unit as the page
// writes it, in the levers' order whatever the query's; the first three
// and how many more; the period when it is not the default. Levers at the
// release's own value are no change.
func TestScenarioName(t *testing.T) {
	m := newScenario(t, "").model
	for _, c := range []struct{ query, want string }{
		{"", "The release's figures"},
		{"silver=13.31&lucky-friday.tons=84848", "The release's figures"},
		{"period=2007q1", "The release's figures"},
		{"period=2006q1", "Q1 2006: the release's figures"},
		{"period=2006q1&silver=13.31", "Q1 2006: Silver $13.31/oz"},
		{"silver=20", "Silver $20.00/oz"},
		{"gold=700", "Gold $700.00/oz"},
		{"lead=0.9&zinc=1.575", "Lead $0.90/lb, Zinc $1.575/lb"},
		{"lucky-friday.tons=90000&silver=20", "Silver $20.00/oz, Lucky Friday 90,000 t"},
		{"greens-creek.tons=54354.5", "Greens Creek 54,354.5 t"},
		{"la-camorra.grade=0.65", "La Camorra grade 0.65 oz/ton"},
		{"greens-creek.grade=16.125", "Greens Creek grade 16.125 oz/ton"},
		{"lucky-friday.mining=55", "Lucky Friday mining cost $55.00/ton"},
		{"la-camorra.milling=1234.5", "La Camorra milling cost $1,234.50/ton"},
		{"greens-creek.recovery=80", "Greens Creek recovery 80.00%"},
		{"lucky-friday.recovery=91.72", "Lucky Friday recovery 91.72%"},
		{"opex=9000000", "Other operating expenses $9,000,000"},
		{"silver=20&gold=700&lead=1", "Silver $20.00/oz, Gold $700.00/oz, Lead $1.00/lb"},
		{"opex=1&silver=20&gold=700&lead=1", "Silver $20.00/oz, Gold $700.00/oz, Lead $1.00/lb and 1 more"},
		{"period=2006q1&silver=20&gold=700&zinc=1&lucky-friday.tons=90000&la-camorra.recovery=90", "Q1 2006: Silver $20.00/oz, Gold $700.00/oz, Zinc $1.00/lb and 2 more"},
	} {
		s, notices := m.Decode(c.query, nil)
		if len(notices) > 0 {
			t.Fatalf("%q: %v", c.query, notices)
		}
		if got := ScenarioName(m, s); got != c.want {
			t.Errorf("%q: %q, want %q", c.query, got, c.want)
		}
	}
}
