package view

type Cell struct {
	Class, Estimate string // Estimate: the data-estimate output the cell carries, if any
	Text            string
	Tone            Tone
}
