// Package data holds Hecla Mining Company's first-quarter 2007 earnings release
// (news release of May 2, 2007, Exhibit 99.1) as a structured dataset.
//
// Every figure is kept as the release prints it ("(1,749)", "- -", "0.07") and
// parsed once, at load, into an exact decimal in the unit the release states
// (thousands of dollars, $/oz, oz, tons, $/lb ...). Nothing here converts units,
// rounds or computes: the calc package does that, and the verifier in this
// package only checks the release's own arithmetic.
package data
