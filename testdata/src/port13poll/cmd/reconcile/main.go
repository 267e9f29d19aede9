// Command reconcile waits for payments on Checkout.com.
package main

import (
	"context"
	"os"

	"port13poll/ckoread"
	"port13poll/recon"
)

func main() {
	ctx := context.Background()
	cko := ckoread.New()
	recon.New(cko).Await(os.Args[1]) // want `recon.Reconciler calls recon.Fetcher.Fetch \(recon.go:\d+\), bound here to ckoread.Client.Fetch \(GET .*\), a read of the payment's status: its loop polling payment ref stops only when the payment succeeds \(recon.go:\d+\).* no bound`
	_, _ = (&recon.Bounded{GW: cko}).Await(ctx, os.Args[1])
	_ = (&recon.Capped{GW: cko}).Await(ctx, os.Args[1])
}
