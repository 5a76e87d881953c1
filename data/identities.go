package data

// The release's own arithmetic, as data. Operands are "table/row", or just
// "row" for a row of the left side's table, or "fact:id" for a figure the
// text states; "-" in front subtracts (sums and remainders only);
// "@column" pins a column where the two tables' columns differ (the balance
// sheet's dates against the quarters), else the operand is read in the
// column being checked. A function, not a package variable: a variable
// would be built at every start of every program that imports data, the
// calculator's app.wasm too, which never verifies.
func releaseIdentities() []identity {
	return concat(
		[]identity{
			sum("highlights/sales.total", "sales.silver", "sales.gold"),
			sum("highlights/gross-profit.total", "gross-profit.silver", "gross-profit.gold"),
			sum("highlights/gross-profit.silver", "sales.silver", "-reconciliation-silver/gaap.cost-of-sales"),
			sum("highlights/gross-profit.gold", "sales.gold", "-reconciliation-gold/gaap.cost-of-sales"),
			same("highlights/sales.total", "operations/sales"),
			same("highlights/gross-profit.total", "operations/gross-profit"),
			same("highlights/net-income", "operations/net-income"),
			same("highlights/income-applicable-to-common", "operations/income-applicable-to-common"),
			same("highlights/basic-eps", "operations/eps"),
			ratio("highlights/basic-eps", "income-applicable-to-common", "operations/basic-shares"),
			same("highlights/operating-cash-before-exploration", "operating-cash-before-exploration/total"),

			sum("production-summary/silver", "production-lucky-friday/silver", "production-greens-creek/silver"),
			sum("production-summary/gold", "production-la-camorra/gold", "production-greens-creek/gold"),
			sum("production-summary/lead", "production-lucky-friday/lead", "production-greens-creek/lead"),
			sum("production-summary/zinc", "production-lucky-friday/zinc", "production-greens-creek/zinc"),
		},
		each([]string{"cash-operating", "total-cash", "total-production"}, func(cost string) identity {
			return weighted("production-summary/silver."+cost,
				"production-lucky-friday/silver", "production-lucky-friday/"+cost+"-per-oz",
				"production-greens-creek/silver", "production-greens-creek/"+cost+"-per-oz")
		}),
		each([]string{"cash-operating", "total-cash", "total-production"}, func(cost string) identity {
			return same("production-summary/gold."+cost, "production-la-camorra/"+cost+"-per-oz")
		}),
		[]identity{
			span("operating-cash-before-exploration/total", "operating-cash", "pre-development"),
			same("operating-cash-before-exploration/operating-cash", "cash-flows/operating"),
			same("operating-cash-before-exploration/exploration", "operations/exploration"),
			same("operating-cash-before-exploration/pre-development", "operations/pre-development"),

			sum("operations/total-cost-of-sales", "cost-of-sales", "dda"),
			sum("operations/gross-profit", "sales", "-total-cost-of-sales"),
			span("operations/total-other-operating-expenses", "general-and-administrative", "closed-operations"),
			sum("operations/income-from-operations", "gross-profit", "-total-other-operating-expenses"),
			span("operations/total-other-income", "gain-on-investments", "interest-expense"),
			sum("operations/income-before-taxes", "income-from-operations", "total-other-income"),
			sum("operations/net-income", "income-before-taxes", "income-tax-provision"),
			sum("operations/income-applicable-to-common", "net-income", "preferred-dividends"),
			ratio("operations/eps", "income-applicable-to-common", "basic-shares"),
			// The statement prints one figure for basic and diluted.
			ratio("operations/eps", "income-applicable-to-common", "diluted-shares"),

			span("balance-sheet/total-current-assets", "cash", "other-current-assets"),
			span("balance-sheet/total-assets", "total-current-assets", "other-noncurrent-assets"),
			span("balance-sheet/total-current-liabilities", "accounts-payable", "current-reclamation"),
			span("balance-sheet/total-liabilities", "total-current-liabilities", "other-noncurrent-liabilities"),
			span("balance-sheet/total-equity", "preferred-stock", "treasury-stock"),
			sum("balance-sheet/total-liabilities-and-equity", "total-liabilities", "total-equity"),
			same("balance-sheet/total-liabilities-and-equity", "total-assets"),
			// No dividend on common and no other entry reaches the deficit in the
			// quarter: preferred dividends are already out of income applicable.
			sum("balance-sheet/accumulated-deficit",
				"accumulated-deficit@2006-12-31", "operations/income-applicable-to-common@2007q1").in("2007-03-31"),

			span("cash-flows/operating", "net-income", "accrued-reclamation"),
			span("cash-flows/investing", "capital-additions", "restricted-investments"),
			span("cash-flows/financing", "stock-options", "repayments"),
			sum("cash-flows/net-increase", "operating", "investing", "financing"),
			sum("cash-flows/cash-end", "cash-beginning", "net-increase"),
			// The release prints no balance sheet at 2006-03-31: one column only.
			same("cash-flows/cash-end", "balance-sheet/cash@2007-03-31").in("2007q1"),
			same("cash-flows/cash-beginning", "balance-sheet/cash@2006-12-31").in("2007q1"),
			same("cash-flows/net-income", "operations/net-income"),
			sum("cash-flows/dda", "operations/dda", "operations/depreciation-and-amortization"),
			sum("cash-flows/gain-on-investments", "-operations/gain-on-investments"),
			same("cash-flows/preferred-dividends", "operations/preferred-dividends"),
			// The units' capital additions are not all of the company's, and
			// the release says nothing of the rest (corporate, exploration
			// properties): it is reported as a remainder, not judged.
			remainder("cash-flows/capital-additions", "additions no unit reports",
				"-production-lucky-friday/capital-additions", "-production-greens-creek/capital-additions",
				"-production-la-camorra/capital-additions"),
			// Stock issued under option plans and stock compensation are the
			// quarter's only entries to common stock and capital surplus.
			sum("balance-sheet/capital-surplus", "capital-surplus@2006-12-31", "common-stock@2006-12-31",
				"-common-stock@2007-03-31", "cash-flows/stock-options@2007q1", "cash-flows/stock-compensation@2007q1").in("2007-03-31"),
			// The text's figures in millions against the tables' thousands.
			thousandth("fact:stated-cash-and-short-term-investments",
				"balance-sheet/cash", "balance-sheet/short-term-investments").in("2007-03-31"),
			thousandth("fact:stated-operating-cash-before-exploration-2007q1", "highlights/operating-cash-before-exploration").in("2007q1"),
			thousandth("fact:stated-operating-cash-before-exploration-2006q1", "highlights/operating-cash-before-exploration").in("2006q1"),
		},
		reconciliation("reconciliation-gold", "production-la-camorra/gold", "production-la-camorra/total-cash-per-oz"),
		reconciliation("reconciliation-silver", "production-summary/silver", "production-summary/silver.total-cash"),
		reconciliation("reconciliation-greens-creek", "production-greens-creek/silver", "production-greens-creek/total-cash-per-oz"),
		reconciliation("reconciliation-lucky-friday", "production-lucky-friday/silver", "production-lucky-friday/total-cash-per-oz"),
		// Per-ounce rows are not additive; their ratio is checked per segment.
		each([]string{"total-cash-costs", "divisor", "gaap.total-cash-costs", "gaap.dda", "gaap.treatment-freight",
			"gaap.by-product-credits", "gaap.inventory", "gaap.reclamation", "gaap.cost-of-sales"}, func(row string) identity {
			return sum("reconciliation-silver/"+row, "reconciliation-greens-creek/"+row, "reconciliation-lucky-friday/"+row)
		}),
		each([]string{"gaap.total-cash-costs", "gaap.dda", "gaap.treatment-freight", "gaap.by-product-credits",
			"gaap.inventory", "gaap.reclamation", "gaap.cost-of-sales"}, func(row string) identity {
			return sum("reconciliation-all/"+row, "reconciliation-gold/"+row, "reconciliation-silver/"+row)
		}),
		[]identity{
			// Only La Camorra reduced its workforce: silver has no such row.
			same("reconciliation-all/gaap.labor", "reconciliation-gold/gaap.labor"),
			span("reconciliation-all/gaap.cost-of-sales", "gaap.total-cash-costs", "gaap.reclamation"),
			same("reconciliation-all/gaap.cost-of-sales", "operations/total-cost-of-sales"),
			same("reconciliation-all/gaap.dda", "operations/dda"),
		},
	)
}

// reconciliation is what each segment's reconciliation to GAAP must satisfy:
// its lines add to cost of sales, its per-ounce cost is its total over its
// divisor and is the per-ounce cost the production data prints, and its
// divisor is the production data's ounces in thousands.
func reconciliation(table, ounces, perOz string) []identity {
	return []identity{
		span(table+"/gaap.cost-of-sales", "gaap.total-cash-costs", "gaap.reclamation"),
		ratio(table+"/total-cash-per-oz", "total-cash-costs", "divisor"),
		same(table+"/total-cash-per-oz", perOz),
		thousandth(table+"/divisor", ounces),
		same(table+"/gaap.total-cash-costs", "total-cash-costs"),
	}
}
