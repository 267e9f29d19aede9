// Package worker registers the payout handlers of another package.
package worker

import (
	"asynqonced20/payouts"

	"github.com/hibiken/asynq"
)

func Mux() *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.HandleFunc("seller:payout", payouts.HandlePayout)
	mux.HandleFunc("payout:reverse", payouts.HandleReversal)
	mux.HandleFunc("wallet:topup", payouts.HandleTopUp)
	mux.HandleFunc("seller:bonus", payouts.HandleBonus)
	mux.HandleFunc("charge:refund", payouts.HandleRefund)
	return mux
}
