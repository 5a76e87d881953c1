package session_test

import (
	"fmt"
	"net/url"

	"github.com/hecla-calc/calculator/app/session"
	"github.com/hecla-calc/calculator/calc"
	"github.com/hecla-calc/calculator/data"
)

// Typing 1, e, 3 into the silver price's field and leaving it: "1" is in
// force for a moment (the edit's history entry), "1e" and "1e3" are not
// numbers, so the value from before the edit is in force again, the
// address is the one the page was loaded at, and the field keeps what was
// typed with a message naming the field.
func ExampleSession_Edit() {
	rel, err := data.Load()
	if err != nil {
		panic(err)
	}
	m, err := rel.Model()
	if err != nil {
		panic(err)
	}
	s := session.New(rel, m)
	start := &url.URL{Path: "/"}
	s.FromURL(start)

	silver := calc.PriceLever(calc.Silver)
	s.Focus(silver)
	for _, text := range []string{"1", "1e", "1e3"} {
		ch := s.Edit(silver, text)
		fmt.Printf("%-3s  address: %s %q\n", text, ch.Address, ch.Query)
	}
	s.Leave(silver)

	text, message := s.Field(silver)
	fmt.Println("field:", text)
	fmt.Println("in force:", s.View().Prices[0].ValueText)
	fmt.Println("the address is the first:", s.Shows(start))
	fmt.Println("message:", message)
	// Output:
	// 1    address: push "silver=1"
	// 1e   address: replace ""
	// 1e3  address: none ""
	// field: 1e3
	// in force: $13.31 per oz
	// the address is the first: true
	// message: Silver price: enter a price in $/oz, such as 13.31; in force: $13.31 per oz, its value before this edit.
}
