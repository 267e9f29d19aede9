package frontdesk

import (
	"context"
	"fmt"
	"time"

	square "github.com/square/square-go-sdk"
)

// ChargeCardOnFile charges a card the family saved at the desk, for late
// pick-up fees added by staff at closing time.
func (d *Desk) ChargeCardOnFile(ctx context.Context, cardID, familyID, extraID string, minor int64) (*square.Payment, error) {
	req := &square.CreatePaymentRequest{
		SourceID:       cardID,
		IdempotencyKey: "late-" + extraID, // audit: lookalike idempotency: key from the extra id, set once on the request re-sent by the loop
		AmountMoney:    &square.Money{Amount: square.Int64(minor), Currency: &d.currency},
	}
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := d.sq.Payments.Create(ctx, req) // want "\\[retrybackoff\\] square Payments\\.Create is retried by a for loop \\(line 20\\) every 200ms, a"
		if err == nil && len(resp.Errors) == 0 {
			return d.awaitPayment(ctx, *resp.Payment.ID)
		}
		if err == nil {
			return nil, fmt.Errorf("card on file: %s", resp.Errors[0].Code)
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}

// awaitPayment waits for Square to complete the payment.
func (d *Desk) awaitPayment(ctx context.Context, paymentID string) (*square.Payment, error) {
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		resp, err := d.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
		if err != nil {
			d.log.Warn("payment read failed", "payment", paymentID, "err", err)
			time.Sleep(5 * time.Second)
			continue
		}
		switch *resp.Payment.Status {
		case "COMPLETED":
			return resp.Payment, nil
		case "FAILED", "CANCELED":
			return resp.Payment, fmt.Errorf("payment %s %s", paymentID, *resp.Payment.Status)
		}
		time.Sleep(5 * time.Second)
	}
}
