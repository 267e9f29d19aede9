// Package ppstrict checks PayPal notifications and their verdict.
package ppstrict

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

// Verify errs unless PayPal answers SUCCESS.
func (k *Checker) Verify(ctx context.Context, r *http.Request) error {
	res, err := k.C.VerifyWebhookSignature(ctx, r, k.WebhookID)
	if err != nil {
		return err
	}
	if res.VerificationStatus != "SUCCESS" {
		return errors.New("paypal: " + res.VerificationStatus)
	}
	return nil
}
