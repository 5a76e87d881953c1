package calc

import "github.com/shopspring/decimal"

// Views is docs/model.md's investor views of one scenario. They take four
// evaluations beyond the scenario's own (one per price step), and one per
// later quarter whose prices are not the scenario's, so they are their own
// call rather than part of Evaluate.
type Views struct {
	// ByProducts is each mine's by-product output B_k, in the metal's unit
	// (gold in ounces, lead and zinc in short tons); zero where none.
	ByProducts [numMines][numMetals]decimal.Decimal
	// Produced is the company's output of each metal, every mine's primary
	// metal and by-products together.
	Produced [numMetals]decimal.Decimal
	// Cash margins: the primary metal's price less the total cash cost per
	// ounce; absent with the cost.
	MineCashMargin    [numMines]decimal.NullDecimal
	SegmentCashMargin [numSegments]decimal.NullDecimal
	// Cash is the quarter's cash (cash.go).
	Cash QuarterCash
	// PriceSensitivity[k][i] is what one step of metal k's price (see
	// PriceStep) adds to SensitivityOutputs()[i]; absent with the output.
	PriceSensitivity [numMetals][numSensitivityOutputs]decimal.NullDecimal
	// Outlook is the year the scenario leads to, and Guidance the release's
	// estimates beside it; both only from the first quarter of 2007.
	Outlook  *Outlook
	Guidance []GuidanceVerdict
}

// sensitivityOutputs are the outputs the price sensitivities move.
var sensitivityOutputs = [...]string{
	CompanyScope + "." + MetricSales, CompanyScope + "." + MetricGrossProfit,
	CompanyScope + "." + MetricNetIncome, CompanyScope + "." + MetricEPS,
	"silver." + TotalCash.Slug(), "gold." + TotalCash.Slug(),
}

const numSensitivityOutputs = len(sensitivityOutputs)

// SensitivityOutputs lists the outputs of Views.PriceSensitivity, in its order.
func SensitivityOutputs() []string { return sensitivityOutputs[:] }

// priceSteps are the analyst's rule-of-thumb moves: a dollar an ounce of
// silver, ten of gold, ten cents a pound of lead and zinc.
var priceSteps = [numMetals]decimal.Decimal{
	Silver: decimal.NewFromInt(1), Gold: decimal.NewFromInt(10),
	Lead: decimal.New(1, -1), Zinc: decimal.New(1, -1),
}

// PriceStep is the price move of the metal's sensitivities, in its price unit.
func (m Metal) PriceStep() decimal.Decimal { return priceSteps[m] }

// Views computes the investor views of s, whose result r the caller has
// already evaluated in this period.
func (p *Period) Views(s Scenario, r *Result) *Views {
	lv := p.levers(s)
	ms := p.mineResults(&lv, allQuotients)
	v := p.sampleViews(&lv, r, &ms, &allNeeds)
	if v.Outlook != nil {
		v.Guidance = verdicts(p.Reported.Guidance, outlookMetrics(v.Outlook))
	}
	return v
}

// sampleViews is Views of the levers lv, whose result is r and unrounded
// mines ms, as far as n asks: the company's production (the outlook reads
// it) always, the by-products and cash margins if n.views, the price
// sensitivities of n.steps' metals (the others absent), the outlook in its
// period; never Guidance, which the sampler judges from the outlook's
// figures itself.
func (p *Period) sampleViews(lv *levers, r *Result, ms *[numMines]MineResult, n *sampleNeeds) *Views {
	var v *Views
	if n.views {
		v = p.views(lv, r)
	} else {
		v = &Views{Produced: companyProduced(r)}
	}
	if len(n.steps) > 0 {
		v.PriceSensitivity = p.priceSensitivity(lv, r, ms, n.steps...)
	}
	if p.ID == outlookPeriod {
		v.Outlook = p.outlook(lv, ms, r, v.Produced, n.outlook)
	}
	return v
}

// views is production, the cash margins and the quarter's cash: the views
// that need no more than the result, what one of their outputs needs.
func (p *Period) views(lv *levers, r *Result) *Views {
	v := &Views{Produced: companyProduced(r), Cash: p.quarterCash(r)}
	for _, m := range Mines() {
		for _, k := range m.ByProducts() {
			v.ByProducts[m][k] = out(r.Mines[m].ByProducts[k])
		}
		v.MineCashMargin[m] = margin(lv[priceLever(m.Primary())], r.Mines[m].PerOz[TotalCash])
	}
	for _, sg := range Segments() {
		v.SegmentCashMargin[sg] = margin(lv[priceLever(sg.Primary())], r.Segments[sg].PerOz[TotalCash])
	}
	return v
}

// priceSensitivity is what one step of each metal ks's price adds to each of
// sensitivityOutputs, at the levers lv whose result is r and unrounded
// mines ms (mineResults); the other metals' are absent. Each step prices
// again only what it moves (priceStep).
func (p *Period) priceSensitivity(lv *levers, r *Result, ms *[numMines]MineResult, ks ...Metal) (ps [numMetals][numSensitivityOutputs]decimal.NullDecimal) {
	var sums [numSegments]stepSums
	for _, s := range Segments() {
		sums[s] = p.segmentSums(ms, s)
	}
	base := figuresOf(&r.Company, &[numSegments]decimal.NullDecimal{
		r.Segments[SilverSegment].PerOz[TotalCash], r.Segments[GoldSegment].PerOz[TotalCash]})
	for _, k := range ks {
		up := *lv
		up[priceLever(k)] = up[priceLever(k)].Add(k.PriceStep())
		stepped := p.priceStep(*ms, r, sums, &up, k)
		for i := range sensitivityOutputs {
			a, b := base[i], stepped[i]
			if a.Valid && b.Valid {
				ps[k][i] = decimal.NewNullDecimal(b.Decimal.Sub(a.Decimal))
			}
		}
	}
	return ps
}

func margin(price decimal.Decimal, cost decimal.NullDecimal) decimal.NullDecimal {
	if !cost.Valid {
		return cost
	}
	return decimal.NewNullDecimal(price.Sub(cost.Decimal))
}

// companyProduced sums each metal over the mines: their primary metal and
// their by-products.
func companyProduced(r *Result) (q [numMetals]decimal.Decimal) {
	for _, m := range Mines() {
		mr := &r.Mines[m]
		q[m.Primary()] = q[m.Primary()].Add(mr.Produced)
		for _, k := range m.ByProducts() {
			q[k] = q[k].Add(mr.ByProducts[k])
		}
	}
	for k := range q {
		q[k] = out(q[k])
	}
	return q
}
