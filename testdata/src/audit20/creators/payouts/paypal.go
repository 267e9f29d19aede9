package payouts

import (
	"context"
	"fmt"
	"time"

	"github.com/plutov/paypal/v4"

	"audit20/creators/store"
)

// PayPal batch statuses we act on.
const (
	batchSuccess  = "SUCCESS"
	batchDenied   = "DENIED"
	batchCanceled = "CANCELED"
)

// payPayPal sends the payout as a one-item PayPal Payouts batch and
// follows the batch until PayPal settles it.
func (s *Service) payPayPal(ctx context.Context, p store.Payout) error {
	amount := fmt.Sprintf("%d.%02d", p.AmountCents/100, p.AmountCents%100)
	for round := 0; round < 3; round++ {
		batch := paypal.Payout{
			SenderBatchHeader: &paypal.SenderBatchHeader{
				SenderBatchID: fmt.Sprintf("%s-%d", p.ID, time.Now().Unix()),
				EmailSubject:  "Your creator earnings are on the way",
			},
			Items: []paypal.PayoutItem{{
				RecipientType: "EMAIL",
				Receiver:      p.PayPalEmail,
				Amount:        &paypal.AmountPayout{Currency: p.Currency, Value: amount},
				Note:          "Earnings " + p.Period,
				SenderItemID:  p.ID,
			}},
		}
		res, err := s.pp.CreatePayout(ctx, batch) // want "\\[idempotency\\] paypal Client\\.CreatePayout is made again on every pass of the loop \\(line" "\\[pollcreate\\] payment paypal Client\\.CreatePayout made again on every pass of the loop"
		if err != nil {
			return fmt.Errorf("paypal payout %s: %w", p.ID, err)
		}
		batchID := res.BatchHeader.PayoutBatchID
		if err := s.ledger.MarkSending(ctx, p.ID, batchID); err != nil {
			return err
		}
		for i := 0; i < 10; i++ {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(30 * time.Second):
			}
			st, err := s.pp.GetPayout(ctx, batchID)
			if err != nil {
				s.log.Warn("paypal batch read failed", "batch", batchID, "err", err)
				continue
			}
			switch st.BatchHeader.BatchStatus {
			case batchSuccess:
				return s.ledger.MarkPaid(ctx, p.ID)
			case batchDenied, batchCanceled:
				return s.ledger.MarkFailed(ctx, p.ID, "paypal batch "+st.BatchHeader.BatchStatus)
			}
		}
		s.log.Warn("paypal batch still pending, resubmitting", "payout", p.ID, "batch", batchID)
	}
	return fmt.Errorf("paypal payout %s: not settled after 3 batches", p.ID)
}
