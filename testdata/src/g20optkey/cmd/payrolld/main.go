// Command payrolld binds the payroll run to the payout clients.
package main

import (
	"context"
	"os"

	"g20optkey/payoutapi"
	"g20optkey/payroll"
	"g20optkey/stableapi"
)

func main() {
	ctx := context.Background()
	live := payroll.New(payoutapi.NewClient(os.Getenv("PAYOUT_API"))) // want `payroll.Run calls payroll.Sender.SendPayout .*bound here to payoutapi.Client.SendPayout \(POST /v1/payouts\), which makes a new idempotency key on every call`
	_ = live.PayAll(ctx, nil)
	stable := payroll.New(stableapi.NewClient(os.Getenv("PAYOUT_API")))
	_ = stable.PayAll(ctx, nil)
}
