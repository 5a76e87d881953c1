package calc

import "github.com/shopspring/decimal"

// CoProduct is a silver mine's costs under the co-product method: the costs
// before by-product credits, T × (mining + milling) + O + TF + Royalties,
// shared among the metals by their payable value at the scenario's prices.
type CoProduct struct {
	Pool   decimal.Decimal
	Shares []CoProductShare // the primary metal first; they add up to Pool exactly
}

// CoProductShare is one metal's allocation and its cost per unit: per ounce
// of cost-basis silver, per ounce of gold, per pound of lead or zinc.
type CoProductShare struct {
	Metal      Metal
	Value      decimal.Decimal // payable value at the scenario's prices
	Allocation decimal.Decimal
	Unit       string              // "oz" or "lb"
	PerUnit    decimal.NullDecimal // absent when nothing of the metal is produced
}

// CoProduct applies the co-product method to a mine of the scenario. La
// Camorra has no by-product split in the release: only the by-product method
// applies there, and ok is false.
func (m *Model) CoProduct(s Scenario, mine Mine) (cp CoProduct, ok bool, err error) {
	p, err := m.period(s)
	if err != nil {
		return cp, false, err
	}
	cp, ok = p.CoProduct(s, p.Evaluate(s), mine)
	return cp, ok, nil
}

// CoProduct is Model.CoProduct for a result the caller has already
// evaluated for s in this period, so the page does not evaluate twice.
func (p *Period) CoProduct(s Scenario, res *Result, mine Mine) (cp CoProduct, ok bool) {
	if mineInfos[mine].creditsFollowPrimary {
		return cp, false
	}
	v := p.levers(s)
	r := res.Mines[mine]
	c := &p.mines[mine]
	cp.Pool = r.TotalCash.Add(r.Credits) // = T(mining+milling) + O + TF + Royalties
	primary := mine.Primary()
	cp.Shares = append(cp.Shares, CoProductShare{Metal: primary, Value: r.Produced.Mul(v[priceLever(primary)]), Unit: "oz"})
	for _, k := range mine.ByProducts() {
		unit := "oz"
		if k.base() {
			unit = "lb"
		}
		cp.Shares = append(cp.Shares, CoProductShare{Metal: k, Value: work(c.payable.Mul(metalValue(k, r.ByProducts[k], v[priceLever(k)]))), Unit: unit})
	}
	total := decimal.Zero
	for _, sh := range cp.Shares {
		total = total.Add(sh.Value)
	}
	if total.IsZero() {
		return cp, true // nothing of value produced: nothing to share
	}
	allocated := decimal.Zero
	for i := range cp.Shares {
		sh := &cp.Shares[i]
		if i == len(cp.Shares)-1 {
			// The last share takes what the others leave, so the shares add
			// up to the pool exactly despite the divisions.
			sh.Allocation = cp.Pool.Sub(allocated)
		} else {
			sh.Allocation = work(div(cp.Pool.Mul(sh.Value), total))
		}
		allocated = allocated.Add(sh.Allocation)
		qty := r.CostBasisOz
		if sh.Metal != primary {
			qty = r.ByProducts[sh.Metal]
			if sh.Metal.base() {
				qty = qty.Mul(poundsPerTon)
			}
		}
		if !qty.IsZero() {
			sh.PerUnit = decimal.NewNullDecimal(divOut(sh.Allocation, qty))
		}
	}
	return cp, true
}

// AISC is the all-in sustaining cost estimate of docs/model.md: per mine,
// TotalCash + capital additions + reclamation + G&A × NSR / ΣNSR, over the
// cost-basis ounces; per segment, Σ numerators over Σ ounces. The release
// predates the 2013 AISC guidance: this is an estimate, all capital
// additions counted as sustaining.
type AISC struct {
	Mines    [numMines]decimal.NullDecimal
	Segments [numSegments]decimal.NullDecimal
}

// AISC estimates the all-in sustaining cost per ounce of a scenario.
func (m *Model) AISC(s Scenario) (AISC, error) {
	p, err := m.period(s)
	if err != nil {
		return AISC{}, err
	}
	return p.AISC(p.Evaluate(s)), nil
}

// AISC is Model.AISC for a result already evaluated in this period.
func (p *Period) AISC(r *Result) AISC {
	var a AISC
	nsr := decimal.Zero
	for _, mine := range Mines() {
		nsr = nsr.Add(r.Mines[mine].nsr)
	}
	var num, oz [numMines]decimal.Decimal
	for _, mine := range Mines() {
		mr := &r.Mines[mine]
		num[mine] = mr.TotalCash.Add(p.Reported.Mines[mine].CapitalAdditions).Add(mr.Reclamation)
		if !nsr.IsZero() {
			num[mine] = num[mine].Add(work(div(p.Reported.GeneralAndAdministrative.Mul(mr.nsr), nsr)))
		}
		oz[mine] = mr.CostBasisOz
		if !oz[mine].IsZero() {
			a.Mines[mine] = decimal.NewNullDecimal(divOut(num[mine], oz[mine]))
		}
	}
	for _, sg := range Segments() {
		n, d := decimal.Zero, decimal.Zero
		for _, mine := range sg.Mines() {
			n, d = n.Add(num[mine]), d.Add(oz[mine])
		}
		if !d.IsZero() {
			a.Segments[sg] = decimal.NewNullDecimal(divOut(n, d))
		}
	}
	return a
}
