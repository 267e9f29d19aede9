// Command rentd runs the rent jobs.
package main

import (
	"context"

	"a23ctorport/psp"
	"a23ctorport/rent"
)

func main() {
	ctx := context.Background()
	cards := psp.NewCardClient("sk")
	_ = (&rent.Job{Cards: cards}).Run(ctx, rent.Due{Tenant: "t1", AmountMinor: 90000})                   // want `rent.Job calls rent.Collector.Collect \(rent.go:\d+\), retried by .*bound here to psp.cardClient.Collect \(POST /v1/charges.*without an idempotency key`
	_ = (&rent.Job{Cards: psp.NewCardClient("sk")}).Run(ctx, rent.Due{Tenant: "t2", AmountMinor: 90000}) // want `rent.Job calls rent.Collector.Collect`
	_ = (&rent.Job{Cards: psp.NewCollector(true, "sk")}).Run(ctx, rent.Due{Tenant: "t3"})
	_ = (&rent.Job{Cards: psp.Wrap("sk")}).Run(ctx, rent.Due{Tenant: "t4"})
}
