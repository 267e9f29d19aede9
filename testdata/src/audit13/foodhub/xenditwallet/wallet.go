// Package xenditwallet charges OVO and DANA e-wallets through Xendit.
package xenditwallet

import (
	"context"
	"errors"
	"fmt"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	pr "github.com/xendit/xendit-go/v7/payment_request"

	"audit13/foodhub/domain"
)

// ErrWalletDeclined is returned when the customer declined or let the
// payment expire.
var ErrWalletDeclined = errors.New("xenditwallet: payment declined")

// Wallet charges e-wallets.
type Wallet struct {
	api *xendit.APIClient
}

// New returns a Wallet.
func New(secretKey string) *Wallet {
	return &Wallet{api: xendit.NewClient(secretKey)}
}

func (w *Wallet) create(ctx context.Context, o *domain.Order, key string) (*pr.PaymentRequest, error) {
	amount := float64(o.AmountMinor) / 100
	p, _, xerr := w.api.PaymentRequestApi.CreatePaymentRequest(ctx).
		IdempotencyKey(key).
		PaymentRequestParameters(pr.PaymentRequestParameters{
			ReferenceId: &o.ID,
			Amount:      &amount,
		}).
		Execute()
	if xerr != nil {
		return nil, fmt.Errorf("xendit create %s: %w", o.ID, xerr)
	}
	return p, nil
}

func (w *Wallet) get(ctx context.Context, id string) (*pr.PaymentRequest, error) {
	p, _, xerr := w.api.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
	if xerr != nil {
		return nil, fmt.Errorf("xendit get %s: %w", id, xerr)
	}
	return p, nil
}

func isFinal(s pr.PaymentRequestStatus) bool {
	switch s {
	case pr.PAYMENTREQUESTSTATUS_SUCCEEDED, pr.PAYMENTREQUESTSTATUS_FAILED, pr.PAYMENTREQUESTSTATUS_EXPIRED:
		return true
	}
	return false
}

// Charge sends the payment to the customer's e-wallet app and waits until
// the customer approved it.
func (w *Wallet) Charge(ctx context.Context, o *domain.Order) (*pr.PaymentRequest, error) {
	pushes := 1
	p, err := w.create(ctx, o, "ewallet-"+o.ID)
	if err != nil {
		return nil, err
	}
	sent := time.Now()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(approvalPollEvery):
		}
		cur, err := w.get(ctx, p.Id)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case pr.PAYMENTREQUESTSTATUS_SUCCEEDED:
			return cur, nil
		case pr.PAYMENTREQUESTSTATUS_FAILED, pr.PAYMENTREQUESTSTATUS_EXPIRED:
			return cur, ErrWalletDeclined
		}
		if time.Since(sent) > pushTimeout && pushes < 3 {
			// The wallet app's push is often lost; send the customer a new one.
			pushes++
			p, err = w.create(ctx, o, fmt.Sprintf("ewallet-%s-%d", o.ID, pushes)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.Id \\(line 70\\)"
			if err != nil {
				return nil, err
			}
			sent = time.Now()
		}
	}
}

// WaitFinal waits until a payment request is final, for the ops console.
func (w *Wallet) WaitFinal(ctx context.Context, id string) (pr.PaymentRequestStatus, error) {
	for i := 0; i < 40; i++ {
		cur, err := w.get(ctx, id)
		if err != nil {
			return "", err
		}
		if isFinal(cur.Status) {
			return cur.Status, nil
		}
		time.Sleep(statusPollEvery) // want "\\[pollinterval\\] payment status polled every 800ms"
	}
	return pr.PAYMENTREQUESTSTATUS_PENDING, nil
}
