package view

// Why is a short explanation of the by-product method, shown where an
// investor meets what it explains: a question, and its answer in a few
// sentences of the model's own terms (docs/model.md).
type Why struct{ Question, Answer string }

// The explanations, by the set a figure names (Figure.Why).
var whys = map[string][]Why{
	"cost":       {whyNegative, whyGrade},
	"total-cost": {whyNegative, whyGrade, whyRoyalties},
	"sales":      {whySales},
}

// Explanations are the explanations of the set a figure names; none for "".
func Explanations(set string) []Why { return whys[set] }

var (
	whyNegative = Why{
		Question: "Why can a cost per ounce be negative?",
		Answer: "The release, like most silver miners, uses the by-product method: the lead, zinc and gold a silver mine sells are not costed, " +
			"their value (at the smelter's payable share, less treatment and freight) is taken off the mine's costs, and what is left is divided by the silver ounces. " +
			"When the by-products bring in more than the mine costs to run, the silver costs less than nothing an ounce.",
	}
	whyGrade = Why{
		Question: "Why can a lower grade make this figure look better?",
		Answer: "A lower grade makes fewer ounces from the same ore, while the by-product credits, which come from the tons, stay. " +
			"Where the cost per ounce is negative, the same negative sum divided by fewer ounces is more negative: it reads as cheaper, " +
			"though the mine makes less silver and less money. Gross profit, beside it, tells which.",
	}
	whyRoyalties = Why{
		Question: "Why does a higher silver price raise this cost a little?",
		Answer: "Royalties and production taxes are a share of the value of the metal mined, and they are part of the total cash cost: " +
			"at a higher price they are more, though no ton costs more to mine or mill.",
	}
	whySales = Why{
		Question: "Why does a price $1 higher add less than $1 an ounce to sales?",
		Answer: "Sales are not the ounces times the average price: they are the net smelter return (the metal's value, plus the by-product credits at the smelter's payable share, " +
			"less treatment and freight) times the segment's realization, the share of that return the quarter's sales brought in, as the release's own figures imply. " +
			"So each $1 on the price adds the ounces times $1 times the realization, which is below one.",
	}
)
