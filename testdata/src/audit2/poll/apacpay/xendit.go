// Package apacpay confirms e-wallet payments (Xendit) and Adyen pay-by-link.
package apacpay

import (
	"context"
	"errors"

	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

// Wallets confirms e-wallet payment requests.
type Wallets struct {
	x *xendit.APIClient
}

// NewWallets builds the service.
func NewWallets(key string) *Wallets { return &Wallets{x: xendit.NewClient(key)} }

// Confirm re-reads the payment request until the wallet answered.
func (w *Wallets) Confirm(ctx context.Context, prID string) (*paymentrequest.PaymentRequest, error) {
	for attempt := 0; attempt < 100; attempt++ {
		pr, _, xerr := w.x.PaymentRequestApi.GetPaymentRequestByID(ctx, prID).Execute() // want "\\[pollinterval\\] payment status polled in a busy loop with no wait between reads"
		if xerr != nil {
			return nil, errors.New(xerr.Error())
		}
		switch pr.Status {
		case paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED:
			return pr, nil
		case paymentrequest.PAYMENTREQUESTSTATUS_FAILED, paymentrequest.PAYMENTREQUESTSTATUS_EXPIRED:
			return pr, errors.New("wallet payment " + string(pr.Status))
		}
	}
	return nil, errors.New("wallet did not answer")
}
