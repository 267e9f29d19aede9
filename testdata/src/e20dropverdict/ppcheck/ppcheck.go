// Package ppcheck wraps PayPal's webhook signature check for a charity's
// donation backend.
package ppcheck

import (
	"context"
	"errors"
	"net/http"

	"github.com/plutov/paypal/v4"
)

// Checker asks PayPal to verify a notification.
type Checker struct {
	C         *paypal.Client
	WebhookID string
}

// Verify hands back only the error: PayPal's FAILURE comes with a nil one.
func (k *Checker) Verify(ctx context.Context, r *http.Request) error {
	_, err := k.C.VerifyWebhookSignature(ctx, r, k.WebhookID)
	return err
}

// VerifyStatus tests the verdict too.
func (k *Checker) VerifyStatus(ctx context.Context, r *http.Request) error {
	res, err := k.C.VerifyWebhookSignature(ctx, r, k.WebhookID)
	if err != nil {
		return err
	}
	if res.VerificationStatus != "SUCCESS" {
		return errors.New("paypal: verification " + res.VerificationStatus)
	}
	return nil
}
