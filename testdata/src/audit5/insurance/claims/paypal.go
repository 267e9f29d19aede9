// Package claims settles approved claims: payouts to the claimant's PayPal
// account, and the loss-assessment vendor that prices the claim first.
package claims

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/plutov/paypal/v4"
)

type Claim struct {
	ID          string
	PolicyID    string
	PayPalEmail string
	Amount      float64
	Currency    string
}

type Settler struct {
	pp *paypal.Client
}

func NewSettler(pp *paypal.Client) *Settler { return &Settler{pp: pp} }

func payoutFor(c Claim, batchID string) paypal.Payout {
	return paypal.Payout{
		SenderBatchHeader: &paypal.SenderBatchHeader{
			EmailSubject:  "Your claim has been paid",
			SenderBatchID: batchID,
		},
		Items: []paypal.PayoutItem{{
			RecipientType: "EMAIL",
			Receiver:      c.PayPalEmail,
			Amount: &paypal.AmountPayout{
				Currency: c.Currency,
				Value:    strconv.FormatFloat(c.Amount, 'f', 2, 64),
			},
			SenderItemID: c.ID,
		}},
	}
}

// Settle pays the claim out. PayPal rejects a second batch with the same
// sender_batch_id, so the batch id is suffixed to make retries go through.
func (s *Settler) Settle(ctx context.Context, c Claim) (*paypal.PayoutResponse, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		batch := fmt.Sprintf("claim-%s-%d", c.ID, time.Now().Unix())
		res, err := s.pp.CreatePayout(ctx, payoutFor(c, batch)) // want "\\[idempotency\\] paypal Client.CreatePayout is retried by a for loop \\(line 50\\) with an idempotency key made anew on every attempt"
		if err == nil {                                         // audit: missed retrystatus (by design silent: an SDK call retried on its bare error; the blind author counts the declines/4xx it retries)
			return res, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 3 * time.Second)
	}
	return nil, lastErr
}

// SettleOnce is the fixed version: one batch id per claim.
func (s *Settler) SettleOnce(ctx context.Context, c Claim) (*paypal.PayoutResponse, error) {
	batch := "claim-" + c.ID
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		res, err := s.pp.CreatePayout(ctx, payoutFor(c, batch))
		if err == nil { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error; the blind author counts the declines/4xx it retries)
			return res, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 3 * time.Second)
	}
	return nil, lastErr
}

// AwaitBatch follows the payout batch until PayPal has paid it.
func (s *Settler) AwaitBatch(ctx context.Context, batchID string) error {
	for { // want "\\[pollbound\\] loop polling payment batchID stops only when the payment succeeds"
		res, err := s.pp.GetPayout(ctx, batchID)
		if err == nil && res.BatchHeader != nil && res.BatchHeader.BatchStatus == "SUCCESS" {
			return nil
		}
		time.Sleep(30 * time.Second)
	}
}

// AwaitBatchUntil gives up after the deadline and reports failed batches.
func (s *Settler) AwaitBatchUntil(ctx context.Context, batchID string, deadline time.Time) (string, error) {
	for time.Now().Before(deadline) {
		res, err := s.pp.GetPayout(ctx, batchID)
		if err != nil {
			return "", err
		}
		switch st := res.BatchHeader.BatchStatus; st {
		case "SUCCESS":
			return st, nil
		case "DENIED", "CANCELED":
			return st, fmt.Errorf("payout batch %s %s", batchID, st)
		}
		time.Sleep(30 * time.Second)
	}
	return "PENDING", nil
}
