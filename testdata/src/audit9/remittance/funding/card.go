// Package funding collects the sender's money: card payments through
// Checkout.com and bank debits through GoCardless.
package funding

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/google/uuid"

	"audit9/remittance/domain"
	"audit9/remittance/platform"
)

// CardFunding charges the sender's card.
type CardFunding struct {
	cko        *nas.Client
	transfers  domain.TransferStore
	queue      domain.PayoutQueue
	pollEvery  time.Duration
	authWindow time.Duration
	log        *log.Logger
}

// CardOption configures CardFunding.
type CardOption func(*CardFunding)

// WithPollEvery sets how often a pending card payment is re-read.
func WithPollEvery(d time.Duration) CardOption { return func(f *CardFunding) { f.pollEvery = d } }

// WithAuthWindow sets how long an issuer gets to authorise a saved-card charge.
func WithAuthWindow(d time.Duration) CardOption { return func(f *CardFunding) { f.authWindow = d } }

// NewCardFunding wires the Checkout.com client.
func NewCardFunding(cko *nas.Client, transfers domain.TransferStore, queue domain.PayoutQueue, opts ...CardOption) *CardFunding {
	f := &CardFunding{
		cko:        cko,
		transfers:  transfers,
		queue:      queue,
		pollEvery:  3 * time.Second,
		authWindow: 45 * time.Second,
		log:        log.Default(),
	}
	for _, o := range opts {
		o(f)
	}
	return f
}

func paymentRequest(t *domain.Transfer) nas.PaymentRequest {
	return nas.PaymentRequest{
		Currency:  common.Currency(t.SourceCurrency),
		Amount:    t.SourceAmount,
		Reference: t.ID,
	}
}

// FundByCard starts the card payment for a transfer. The customer may be
// sent through 3-D Secure; the result arrives by webhook or on the return page.
func (f *CardFunding) FundByCard(ctx context.Context, t *domain.Transfer) (*nas.PaymentResponse, error) {
	if t.SourceAmount <= 0 {
		return nil, domain.ErrInvalidAmount
	}
	key := "fund-" + t.ID
	resp, err := f.cko.RequestPaymentWithContext(ctx, paymentRequest(t), &key)
	if err != nil {
		return nil, fmt.Errorf("request card payment: %w", err)
	}
	return resp, nil
}

// ChargeSaved charges a stored card for a scheduled transfer and waits for
// the issuer's answer.
func (f *CardFunding) ChargeSaved(ctx context.Context, t *domain.Transfer) (string, error) {
	req := paymentRequest(t)
	key := "fund-" + t.ID
	resp, err := f.cko.RequestPaymentWithContext(ctx, req, &key)
	if err != nil {
		return "", err
	}
	paymentID := resp.Id
	ticker := time.NewTicker(f.pollEvery)
	defer ticker.Stop()
	deadline := time.After(f.authWindow)
	resubmitted := false
	for {
		select {
		case <-ctx.Done():
			return paymentID, ctx.Err()
		case <-deadline:
			if resubmitted {
				return paymentID, domain.ErrStillPending
			}
			f.log.Printf("saved-card charge %s for transfer %s not authorised in %s, resubmitting", paymentID, t.ID, f.authWindow)
			retryKey := key + "-resubmit"
			resp, err = f.cko.RequestPaymentWithContext(ctx, req, &retryKey) // want "\\[pollcreate\\] new payment created inside the loop that polls payment paymentID"
			if err != nil {
				return "", err
			}
			paymentID = resp.Id
			resubmitted = true
			deadline = time.After(f.authWindow)
		case <-ticker.C:
			d, err := f.cko.GetPaymentDetailsWithContext(ctx, paymentID)
			if err != nil {
				return paymentID, err
			}
			switch d.Status {
			case payments.Captured, payments.Authorized:
				return paymentID, nil
			case payments.Declined:
				return paymentID, fmt.Errorf("saved card declined for transfer %s", t.ID)
			}
		}
	}
}

// Capture captures an authorised card payment once compliance cleared
// the transfer.
func (f *CardFunding) Capture(ctx context.Context, paymentID string, amount int64, reference string) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		key := uuid.NewString()
		_, err := f.cko.CapturePaymentWithContext(ctx, paymentID, nas.CaptureRequest{Amount: amount, Reference: reference}, &key) // want "\\[idempotency\\] .*CapturePaymentWithContext is retried by a for loop .* made anew on every attempt"
		if err == nil {
			return nil
		}
		if !platform.IsTemporary(err) {
			return err
		}
		lastErr = err
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return fmt.Errorf("capture %s: %w", paymentID, lastErr)
}

// RefundFunding returns the sender's money when the payout could not be
// delivered.
func (f *CardFunding) RefundFunding(ctx context.Context, t *domain.Transfer) error {
	if t.FundingPaymentID == "" {
		return errors.New("transfer has no card payment")
	}
	key := "refund-" + t.ID
	op := func() error {
		_, err := f.cko.RefundPaymentWithContext(ctx, t.FundingPaymentID, // want "\\[retrybackoff\\] .*RefundPaymentWithContext is retried by backoff.Retry .* every 300ms"
			&payments.RefundRequest{Amount: t.SourceAmount, Reference: t.ID}, &key)
		if err != nil && !platform.IsTemporary(err) {
			return backoff.Permanent(err)
		}
		return err
	}
	policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(300*time.Millisecond), 5), ctx)
	return backoff.Retry(op, policy)
}

// ConfirmCardFunding records the card payment on the transfer and queues
// the payout.
func (f *CardFunding) ConfirmCardFunding(ctx context.Context, transferID, paymentID string) error {
	if err := f.transfers.MarkFunded(ctx, transferID, paymentID); err != nil {
		return err
	}
	return f.queue.Enqueue(ctx, transferID)
}

// PaymentApproved reports whether Checkout.com has authorised or captured
// the payment.
func (f *CardFunding) PaymentApproved(ctx context.Context, paymentID string) (bool, error) {
	d, err := f.cko.GetPaymentDetailsWithContext(ctx, paymentID)
	if err != nil {
		return false, err
	}
	return d.Status == payments.Captured || d.Status == payments.Authorized, nil
}

// PaymentDetails exposes the raw payment for support tooling and pages.
func (f *CardFunding) PaymentDetails(ctx context.Context, paymentID string) (*nas.GetPaymentResponse, error) {
	return f.cko.GetPaymentDetailsWithContext(ctx, paymentID)
}
