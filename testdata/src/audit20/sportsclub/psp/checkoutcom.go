package psp

import (
	"context"
	"fmt"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"

	"audit20/sportsclub/domain"
)

// Checkout charges no-show fees to the card a member saved at sign-up.
type Checkout struct {
	nas *nas.Client
}

// NewCheckout wraps a configured Checkout.com payments client.
func NewCheckout(c *nas.Client) *Checkout { return &Checkout{nas: c} }

// ChargeNoShow requests a merchant-initiated payment for a no-show fee.
func (c *Checkout) ChargeNoShow(ctx context.Context, f domain.NoShowFee) (*nas.PaymentResponse, error) {
	return c.nas.RequestPaymentWithContext(ctx, nas.PaymentRequest{
		Currency:  common.Currency(f.Currency),
		Amount:    f.AmountCents,
		Reference: fmt.Sprintf("NS-%d", f.ID),
	}, nil)
}

// PaymentStatus reads a payment back.
func (c *Checkout) PaymentStatus(ctx context.Context, id string) (string, error) {
	res, err := c.nas.GetPaymentDetailsWithContext(ctx, id)
	if err != nil {
		return "", err
	}
	return string(res.Status), nil
}
