package main

import (
	"context"
	"os"

	"retrystatus/t25errloop/billing"
	"retrystatus/t25errloop/payoutapi"
)

func main() {
	ctx := context.Background()
	bank := payoutapi.New(os.Getenv("BANK_URL"), os.Getenv("BANK_TOKEN"))
	fees := billing.NewSettlement(bank) // want `billing.Settlement retries billing.Disburser.Disburse \(billing.go:31\) with stopkit.Retry \(line 30\), its operation returning the method's error as it is; bound here to payoutapi.Client.Disburse \(POST /v2/disbursements\), which ends every non-2xx answer in an error: every 4xx is retried`
	bonus := billing.NewBonus(bank)     // want `billing.Bonus retries billing.Disburser.Disburse \(billing.go:47\) with backoff.Retry \(line 46\), .* bound here to payoutapi.Client.Disburse \(POST /v2/disbursements\), which ends every non-2xx answer in an error: every 4xx is retried, including 400/403/404/422, which will fail the same way again; return backoff.Permanent\(err\) for them`
	deposits := billing.NewRefund(bank)
	lenient := billing.NewSettlement(payoutapi.NewLenient(os.Getenv("BANK_URL"), os.Getenv("BANK_TOKEN")))
	classified := billing.NewBonus(payoutapi.NewClassified(os.Getenv("BANK_URL"), os.Getenv("BANK_TOKEN")))
	_ = fees.Pay(ctx, os.Args[1], 12000)
	_ = bonus.Pay(ctx, os.Args[1], 5000)
	_ = deposits.Pay(ctx, os.Args[2], 3000)
	_ = lenient.Pay(ctx, os.Args[1], 12000)
	_ = classified.Pay(ctx, os.Args[1], 5000)
}
