// Command payd pays sellers through Mollie.
package main

import (
	"context"
	"os"

	"port11/mailer"
	"port11/molliepay"
	"port11/payouts"
)

func main() {
	ctx := context.Background()
	runner := payouts.New(payouts.WithSender(molliepay.New(os.Getenv("MOLLIE_KEY"))), // want `payouts.Runner calls payouts.Sender.Send \(payouts.go:59\), retried by a for loop \(line 58\), bound here to molliepay.Client.Send \(POST .*\), without an idempotency key`
		payouts.WithNotifier(mailer.New("smtp.example.com:25")))
	_ = runner.Pay(ctx, "seller-1", 1200)
	_ = runner.Tell(ctx, "seller-1")
	refunds := payouts.NewRefunds(molliepay.New(os.Getenv("MOLLIE_KEY")))
	_ = refunds.Reverse(ctx, "seller-1", "po_1", 1200)
}
