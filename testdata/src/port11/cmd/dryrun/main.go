// Command dryrun pays sellers through Adyen, whose client keys every
// payout by its reference: the same binding shape, a stable key.
package main

import (
	"context"

	"port11/adyenpay"
	"port11/payouts"
)

func main() {
	runner := payouts.New(payouts.WithSender(adyenpay.New()))
	_ = runner.Pay(context.Background(), "seller-1", 1200)
}
