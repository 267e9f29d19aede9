package billing

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit2/poll/pollkit"
)

// paidOrFailed turns the PSP status into a pollkit check.
func (p *PSP) paidOrFailed(id string) pollkit.CheckFunc {
	return func(ctx context.Context) (bool, error) {
		st, err := p.paymentStatus(ctx, id)
		if err != nil {
			return false, err
		}
		switch st {
		case "succeeded":
			return true, nil
		case "failed":
			return false, ErrPaymentFailed
		}
		return false, nil
	}
}

// WaitInvoicePaid waits on the checkout spinner.
func (p *PSP) WaitInvoicePaid(ctx context.Context, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	return pollkit.Until(ctx, 500*time.Millisecond, p.paidOrFailed(paymentID)) // want "\\[pollinterval\\] payment status polled every 500ms"
}

// ChargeInvoice charges a renewal, trying again when the PSP is slow.
func (p *PSP) ChargeInvoice(ctx context.Context, invoiceID string, cents int64) error {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		// the PSP rejects a reused reference, so each attempt gets its own
		id, err := p.createPayment(ctx, fmt.Sprintf("inv-%s-%d", invoiceID, attempt), cents) // want "\\[idempotency\\] billing.PSP.createPayment \\(POST /v1/payments\\) is retried by a for loop" "\\[pollcreate\\] new payment created on every pass of the loop .line 39. that waits for it through pollkit.Until .line 46."
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		last = pollkit.Until(wctx, 3*time.Second, p.paidOrFailed(id)) // audit: (found: pollcreate reports it at the creation, line 41) when the 30s wait times out while the payment is still processing, the loop goes round and creates a second payment with a new key
		cancel()
		if last == nil || errors.Is(last, ErrPaymentFailed) {
			return last
		}
	}
	return last
}

// WaitIdentity waits for the seller's KYC check before the first payout.
func (p *PSP) WaitIdentity(ctx context.Context, checkID string) error {
	return pollkit.Until(ctx, 500*time.Millisecond, func(ctx context.Context) (bool, error) {
		st, err := p.kycStatus(ctx, checkID)
		if err != nil {
			return false, err
		}
		if st == "rejected" {
			return false, errors.New("kyc rejected")
		}
		return st == "verified", nil
	})
}
