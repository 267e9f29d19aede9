// Package adyencapture captures deposits through Adyen's checkout API.
package adyencapture

import (
	"context"
	"fmt"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/cenkalti/backoff/v4"
)

// Client captures through Adyen; the error of every refusal is returned
// as it is.
type Client struct {
	api      *checkout.APIClient
	merchant string
}

// New returns a client.
func New(key, merchant string) *Client {
	return &Client{api: adyen.NewClient(&common.Config{ApiKey: key, MerchantAccount: merchant}).Checkout(), merchant: merchant}
}

// Capture captures an authorised deposit.
func (c *Client) Capture(ctx context.Context, pspRef string, minor int64) error {
	in := c.api.ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
		IdempotencyKey("cap-" + pspRef).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{Amount: checkout.Amount{Currency: "EUR", Value: minor}, MerchantAccount: c.merchant})
	_, _, err := c.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
	if err != nil {
		return fmt.Errorf("adyen capture %s: %w", pspRef, err)
	}
	return nil
}

// Sorted captures the same way but marks the refusals that will not
// change as permanent before returning them.
type Sorted struct {
	api      *checkout.APIClient
	merchant string
}

// NewSorted returns a sorting client.
func NewSorted(key, merchant string) *Sorted {
	return &Sorted{api: adyen.NewClient(&common.Config{ApiKey: key, MerchantAccount: merchant}).Checkout(), merchant: merchant}
}

// Capture captures an authorised deposit; a 4xx but 429 is permanent.
func (s *Sorted) Capture(ctx context.Context, pspRef string, minor int64) error {
	in := s.api.ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
		IdempotencyKey("cap-" + pspRef).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{Amount: checkout.Amount{Currency: "EUR", Value: minor}, MerchantAccount: s.merchant})
	_, res, err := s.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
	if err != nil && res != nil && res.StatusCode >= 400 && res.StatusCode < 500 && res.StatusCode != http.StatusTooManyRequests {
		return backoff.Permanent(err)
	}
	return err
}
