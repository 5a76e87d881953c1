package data

// Unit names what a printed figure measures, exactly as the release states it.
type Unit string

// The units the release uses. Thousands are kept as thousands: the engine, not
// the dataset, scales them to dollars and ounces.
const (
	USDThousands    Unit = "usd-thousands"
	USDMillions     Unit = "usd-millions"
	USDPerOz        Unit = "usd-per-oz"
	USDPerShare     Unit = "usd-per-share"
	USDPerTon       Unit = "usd-per-ton"
	USDPerLb        Unit = "usd-per-lb"
	Oz              Unit = "oz"
	OzThousands     Unit = "oz-thousands"
	OzMillions      Unit = "oz-millions"
	Tons            Unit = "tons"
	OzPerTon        Unit = "oz-per-ton"
	SharesThousands Unit = "shares-thousands"
	Percent         Unit = "percent"
)

var unitNames = map[Unit]string{
	USDThousands:    "thousands of dollars",
	USDMillions:     "millions of dollars",
	USDPerOz:        "dollars per ounce",
	USDPerShare:     "dollars per share",
	USDPerTon:       "dollars per ton of ore",
	USDPerLb:        "dollars per pound",
	Oz:              "troy ounces",
	OzThousands:     "thousands of troy ounces",
	OzMillions:      "millions of troy ounces",
	Tons:            "short tons",
	OzPerTon:        "ounces per ton of ore",
	SharesThousands: "thousands of shares",
	Percent:         "percent",
}

// Known reports whether u is one of the release's units.
func (u Unit) Known() bool { _, ok := unitNames[u]; return ok }

// Name is the unit in words, for tables and the sources panel.
func (u Unit) Name() string { return unitNames[u] }
