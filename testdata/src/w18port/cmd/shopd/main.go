// Command shopd binds the till to the mobile-money gateway, whose waiter
// gives up with (false, nil): Till.Charge pays again while the first
// collection may still be approved.
package main

import (
	"context"
	"os"

	"w18port/paygw"
	"w18port/shop"
)

func main() {
	till := shop.NewTill(paygw.New()) // want `shop.Till calls shop.Gateway.Collect \(shop.go:30\) again on every pass of the loop \(line 29\) after shop.Gateway.Approved \(shop.go:34\) gives up, bound here to paygw.Client.Collect \(.*\) and paygw.Client.Approved, which answers \(false, nil\) when its own bound ends the wait`
	_, _ = till.Charge(context.Background(), os.Args[1], 500)
}
