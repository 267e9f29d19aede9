package billing

import (
	"context"
	"fmt"
	"time"

	"audit16/farm/flutterwave"
	"audit16/farm/store"
)

func (r *Renewals) renewFlutterwave(ctx context.Context, s store.Subscription) error {
	in := flutterwave.TokenCharge{
		Token:     s.CardToken,
		Email:     s.Email,
		Amount:    float64(s.PlanAmount) / 100,
		Currency:  s.Currency,
		Country:   "GH",
		TxRef:     fmt.Sprintf("sub-%d-%d-%s", s.ID, s.BoxesPerCycle, s.NextRenewal.Format("2006-01-02")),
		Narration: "Weekly CSA box",
	}
	var tx *flutterwave.Transaction
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		tx, err = r.fw.ChargeToken(ctx, in) // audit: missed retrybackoff: ChargeToken (a payment write through the Flutterwave resty client) retried by a hand loop with no wait between attempts (Exirom: exponential backoff 2s, 4s, 8s); the client retries internally with waits, but each outer attempt starts at once after it gives up
		if err == nil || !flutterwave.Temporary(err) {
			break
		}
	}
	if err != nil {
		return err
	}
	if tx.Status == "successful" {
		return r.subs.Renewed(ctx, s.ID, nextBox(s))
	}
	return r.waitFlutterwave(ctx, s, tx.ID)
}

// waitFlutterwave follows a tokenised charge that came back pending. The
// asynq task's deadline bounds it.
func (r *Renewals) waitFlutterwave(ctx context.Context, s store.Subscription, id int64) error {
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
		tx, err := r.fw.Verify(ctx, id)
		if err != nil {
			return err
		}
		if tx.Status == "successful" {
			return r.subs.Renewed(ctx, s.ID, nextBox(s))
		}
	}
}
