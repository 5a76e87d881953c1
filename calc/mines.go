package calc

// Mine is one of the release's three operating units.
type Mine int

// The mines, in the order the scenario URL lists their levers.
const (
	LuckyFriday Mine = iota
	GreensCreek
	LaCamorra
	numMines
)

// Segment is one of the release's two reporting segments.
type Segment int

// The segments.
const (
	SilverSegment Segment = iota
	GoldSegment
	numSegments
)

// Mines lists every mine in order.
func Mines() []Mine { return []Mine{LuckyFriday, GreensCreek, LaCamorra} }

// Segments lists both segments in order.
func Segments() []Segment { return []Segment{SilverSegment, GoldSegment} }

type mineInfo struct {
	slug, name string
	primary    Metal
	segment    Segment
	// byProducts are the metals the release credits against the primary
	// metal's cost. La Camorra has none split out: its credit is third-party
	// gold and follows the gold price (creditsFollowPrimary).
	byProducts           []Metal
	creditsFollowPrimary bool
}

var mineInfos = [numMines]mineInfo{
	LuckyFriday: {slug: "lucky-friday", name: "Lucky Friday", primary: Silver, segment: SilverSegment, byProducts: []Metal{Lead, Zinc}},
	GreensCreek: {slug: "greens-creek", name: "Greens Creek", primary: Silver, segment: SilverSegment, byProducts: []Metal{Gold, Lead, Zinc}},
	LaCamorra:   {slug: "la-camorra", name: "La Camorra", primary: Gold, segment: GoldSegment, creditsFollowPrimary: true},
}

// Slug is the mine's key in URLs and output names.
func (m Mine) Slug() string { return mineInfos[m].slug }

// Name is the mine's name for people.
func (m Mine) Name() string { return mineInfos[m].name }

// Primary is the metal whose cost per ounce the release reports for the mine.
func (m Mine) Primary() Metal { return mineInfos[m].primary }

// Segment is the reporting segment the mine belongs to.
func (m Mine) Segment() Segment { return mineInfos[m].segment }

// ByProducts are the metals credited against the primary metal's cost.
func (m Mine) ByProducts() []Metal { return mineInfos[m].byProducts }

// Slug is the segment's key in output names: "silver" or "gold".
func (s Segment) Slug() string { return [...]string{"silver", "gold"}[s] }

// Name is the segment's name as the release prints it.
func (s Segment) Name() string { return [...]string{"Silver operations", "Gold operations"}[s] }

// Primary is the metal the segment's costs per ounce are of: its mines'
// primary metal, which every one of them shares.
func (s Segment) Primary() Metal { return s.Mines()[0].Primary() }

// Mines are the segment's mines.
func (s Segment) Mines() []Mine {
	if s == SilverSegment {
		return []Mine{LuckyFriday, GreensCreek}
	}
	return []Mine{LaCamorra}
}
