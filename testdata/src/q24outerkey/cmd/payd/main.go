// Command payd wires the runs to the bank client.
package main

import (
	"context"
	"time"

	"q24outerkey/bankx"
	"q24outerkey/payrun"
)

func main() {
	bank := bankx.New("https://api.bank.example")
	ctx := context.Background()
	payrun.NewNightly(bank).Run(ctx, nil) // want `payrun.Nightly calls payrun.Disburser.Disburse \(payrun.go:46\), retried by backoff.Retry \(line 45\), bound here to bankx.Client.Disburse \(POST /v1/disbursements\), with an idempotency key made anew on every attempt \(runRef\(r\), line 46\)`
	payrun.NewWeekly(bank).Run(ctx, nil, time.Now())
	_ = payrun.NewOnDemand(bank).Pay(ctx, payrun.Row{ID: 7})
}
