package payouts

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/plutov/paypal/v4"
)

type PayPalPayer struct {
	pp *paypal.Client
}

func NewPayPalPayer(pp *paypal.Client) *PayPalPayer { return &PayPalPayer{pp: pp} }

func batchFor(s Settlement, batchID string) paypal.Payout {
	return paypal.Payout{
		SenderBatchHeader: &paypal.SenderBatchHeader{
			SenderBatchID: batchID,
			EmailSubject:  "Your lot has sold",
		},
		Items: []paypal.PayoutItem{{
			RecipientType: "EMAIL",
			Receiver:      s.PayPalEmail,
			Amount:        &paypal.AmountPayout{Currency: s.Currency, Value: fmt.Sprintf("%d.%02d", s.NetMinor/100, s.NetMinor%100)},
			SenderItemID:  s.ID,
		}},
	}
}

// Send creates the payout batch, retrying connection failures.
func (p *PayPalPayer) Send(ctx context.Context, s Settlement) (*paypal.PayoutResponse, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		batchID := fmt.Sprintf("%s-%d", s.ID, time.Now().UnixNano())
		resp, err := p.pp.CreatePayout(ctx, batchFor(s, batchID)) // want "\\[idempotency\\] paypal Client.CreatePayout is retried by a for loop .* made anew on every attempt \\(time.Now\\(\\)"
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return nil, lastErr
}

var ErrPayoutFailed = errors.New("payouts: paypal batch failed")

// SendAndConfirm sends the batch and waits for PayPal to settle it, so
// the consignor statement can say "paid".
func (p *PayPalPayer) SendAndConfirm(ctx context.Context, s Settlement) error {
	resp, err := p.pp.CreatePayout(ctx, batchFor(s, "settle-"+s.ID))
	if err != nil {
		return err
	}
	batch := resp.BatchHeader.PayoutBatchID
	started := time.Now()
	for i := 0; i < 40; i++ {
		time.Sleep(15 * time.Second)
		st, err := p.pp.GetPayout(ctx, batch)
		if err != nil {
			return err
		}
		switch st.BatchHeader.BatchStatus {
		case "SUCCESS":
			return nil
		case "DENIED", "CANCELED":
			return ErrPayoutFailed
		}
		if time.Since(started) > 5*time.Minute {
			// stuck in PENDING: push a new batch through
			resp, err = p.pp.CreatePayout(ctx, batchFor(s, fmt.Sprintf("settle-%s-r%d", s.ID, i))) // want "\\[pollcreate\\] new payment created inside the loop that polls payment batch"
			if err != nil {
				return err
			}
			batch = resp.BatchHeader.PayoutBatchID
			started = time.Now()
		}
	}
	return errors.New("payouts: paypal batch still pending")
}
