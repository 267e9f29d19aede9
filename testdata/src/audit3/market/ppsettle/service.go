// Package ppsettle pays sellers who chose PayPal: one PayPal Payouts batch
// per weekly settlement.
package ppsettle

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/plutov/paypal/v4"
)

// Settlement is a weekly batch of seller earnings.
type Settlement struct {
	ID       string
	Email    string
	SellerID string
	Amount   string
}

// Service sends settlements.
type Service struct {
	pp *paypal.Client
}

func NewService(pp *paypal.Client) *Service { return &Service{pp: pp} }

func item(s Settlement) paypal.PayoutItem {
	return paypal.PayoutItem{
		RecipientType: "EMAIL",
		Receiver:      s.Email,
		Amount:        &paypal.AmountPayout{Currency: "USD", Value: s.Amount},
		SenderItemID:  s.SellerID,
	}
}

// Send posts the batch, retrying transport errors. sender_batch_id is
// PayPal's dedupe key; here it is stamped with the attempt time.
func (s *Service) Send(ctx context.Context, st Settlement) (string, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		batch := paypal.Payout{
			SenderBatchHeader: &paypal.SenderBatchHeader{
				EmailSubject:  "You have a payout",
				SenderBatchID: fmt.Sprintf("settle-%s-%d", st.ID, time.Now().UnixNano()),
			},
			Items: []paypal.PayoutItem{item(st)},
		}
		res, err := s.pp.CreatePayout(ctx, batch) // want "\\[idempotency\\] paypal Client.CreatePayout is retried by a for loop \\(line 43\\) with an idempotency key made anew on every attempt"
		if err == nil {
			return res.BatchHeader.PayoutBatchID, nil
		}
		lastErr = err
		log.Printf("payout %s attempt %d: %v", st.ID, attempt, err)
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return "", lastErr
}

// SendStable is the same with the settlement id as sender_batch_id.
func (s *Service) SendStable(ctx context.Context, st Settlement) (string, error) {
	batch := paypal.Payout{
		SenderBatchHeader: &paypal.SenderBatchHeader{EmailSubject: "You have a payout", SenderBatchID: "settle-" + st.ID},
		Items:             []paypal.PayoutItem{item(st)},
	}
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		res, err := s.pp.CreatePayout(ctx, batch)
		if err == nil {
			return res.BatchHeader.PayoutBatchID, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return "", lastErr
}

var errStillPending = errors.New("payout still pending")
