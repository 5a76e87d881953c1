package calc

// Metal is one of the four metals the release prices.
type Metal int

// The metals, in the order the release lists its average prices.
const (
	Silver Metal = iota
	Gold
	Lead
	Zinc
	numMetals
)

// Metals lists every metal in display order.
func Metals() []Metal { return []Metal{Silver, Gold, Lead, Zinc} }

var metalInfo = [numMetals]struct{ slug, name, priceUnit, quantityUnit string }{
	Silver: {"silver", "Silver", "$/oz", "oz"},
	Gold:   {"gold", "Gold", "$/oz", "oz"},
	Lead:   {"lead", "Lead", "$/lb", "tons"},
	Zinc:   {"zinc", "Zinc", "$/lb", "tons"},
}

// Slug is the metal's key in URLs and output names.
func (m Metal) Slug() string { return metalInfo[m].slug }

// Name is the metal's name for people.
func (m Metal) Name() string { return metalInfo[m].name }

// PriceUnit is "$/oz" for the precious metals and "$/lb" for the base metals.
func (m Metal) PriceUnit() string { return metalInfo[m].priceUnit }

// QuantityUnit is how the release counts the metal produced: troy ounces of
// silver and gold, short tons of lead and zinc.
func (m Metal) QuantityUnit() string { return metalInfo[m].quantityUnit }

// base reports whether the metal is priced per pound and counted in tons.
func (m Metal) base() bool { return m == Lead || m == Zinc }
