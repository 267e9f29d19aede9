// Command shoperr binds the till to the gateway whose waiter answers an
// error at its timeout: Till.Charge leaves. Silent.
package main

import (
	"context"
	"os"

	"w18port/paygwerr"
	"w18port/shop"
)

func main() {
	till := shop.NewTill(paygwerr.New())
	_, _ = till.Charge(context.Background(), os.Args[1], 500)
}
