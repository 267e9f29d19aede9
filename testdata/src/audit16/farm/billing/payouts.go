package billing

import (
	"context"
	"log"
	"time"

	"audit16/farm/paystack"
	"audit16/farm/store"

	"github.com/hibiken/asynq"
)

// Transferer sends money to a farmer's transfer recipient.
type Transferer interface {
	Transfer(ctx context.Context, in paystack.TransferInput) (*paystack.TransferResult, error)
}

// PayoutWorker pays farmers their weekly settlement.
type PayoutWorker struct {
	settlements *store.Settlements
	transfers   Transferer
}

// NewPayoutWorker returns the weekly payout worker.
func NewPayoutWorker(s *store.Settlements, t Transferer) *PayoutWorker {
	return &PayoutWorker{settlements: s, transfers: t}
}

// HandleWeekly is the asynq handler of the periodic "payouts:weekly" task.
func (w *PayoutWorker) HandleWeekly(ctx context.Context, _ *asynq.Task) error {
	rows, err := w.settlements.Unpaid(ctx)
	if err != nil {
		return err
	}
	for _, row := range rows {
		var res *paystack.TransferResult
		backoff := 2 * time.Second
		for attempt := 0; attempt < 3; attempt++ {
			res, err = w.transfers.Transfer(ctx, paystack.TransferInput{ // audit: reported at cmd/farmd/main.go:87 (idempotency, where main binds Transferer to *paystack.Client; payment/g20_optionfield.go): the weekly worker over unpaid settlement rows retries Transfer (Transferer interface, wired in main to *paystack.Client) and Transfer sets "reference" from the client's newRef field, uuid.NewString by default in the constructor: a new reference per attempt (and per weekly rerun), so a lost response pays the farmer twice (Tally: never retry a write without an idempotency_key; Exirom: same requestId on retry)
				Recipient: row.RecipientCode,
				Amount:    row.AmountKobo,
				Reason:    "Farm payout " + row.Week,
			})
			if err == nil || !paystack.Temporary(err) {
				break
			}
			time.Sleep(backoff)
			backoff *= 2
		}
		if err != nil {
			log.Printf("payout of settlement %d: %v", row.ID, err)
			continue
		}
		if err := w.settlements.MarkPaid(ctx, row.ID, res.TransferCode); err != nil {
			log.Printf("settlement %d paid as %s but not saved: %v", row.ID, res.TransferCode, err)
		}
	}
	return nil
}
