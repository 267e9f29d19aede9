// Command multi routes payouts per country and pays bonuses.
package main

import (
	"context"

	"port11/adyenpay"
	"port11/checkoutpay"
	"port11/molliepay"
	"port11/payouts"
)

func main() {
	ctx := context.Background()
	senders := map[string]payouts.Sender{
		"NL": adyenpay.New(),
		"GB": checkoutpay.New(), // want `payouts.Router calls payouts.Sender.Send \(payouts.go:\d+\), retried by a for loop \(line \d+\), bound here to checkoutpay.Client.Send \(POST .*\), which makes a new idempotency key on every call`
	}
	_ = payouts.NewRouter(senders).Pay(ctx, "NL", "seller-1", "po_1", 1200)
	bonuses := payouts.NewBonuses(molliepay.New("key")) // want `payouts.Bonuses calls payouts.Sender.Send \(payouts.go:\d+\), retried by a for loop \(line \d+\), bound here to molliepay.Client.Send \(POST .*\), with an idempotency key made anew on every attempt \(time.Now\(\)`
	_ = bonuses.Grant(ctx, "seller-1")
}
