package view

// Cell is a table cell that follows the scenario: a figure of the other
// methods' tables or of a pinned comparison. Key names it on the page.
type Cell struct {
	Key             string
	Class, Estimate string // Estimate: the data-estimate output the cell carries, if any
	Text            string
	Tone            Tone
}
