// Package postpaid charges monthly invoices to the card on file through
// Adyen recurring (shopperReference + stored payment method).
package postpaid

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"
)

type Invoice struct {
	ID         string
	AccountID  string
	AmountCts  int64
	Currency   string
	PSPRef     string
	CreditNote string
}

type Charger struct {
	API             *checkout.APIClient
	MerchantAccount string
}

func NewCharger(api *checkout.APIClient, merchant string) *Charger {
	return &Charger{API: api, MerchantAccount: merchant}
}

func (c *Charger) policy(ctx context.Context) backoff.BackOff {
	b := backoff.NewExponentialBackOff(backoff.WithInitialInterval(2*time.Second), backoff.WithMaxElapsedTime(2*time.Minute))
	return backoff.WithContext(b, ctx)
}

// ChargeInvoice runs the month-end card charge for one invoice.
func (c *Charger) ChargeInvoice(ctx context.Context, inv Invoice) (string, error) {
	var psp string
	op := func() error {
		req := c.API.PaymentsApi.PaymentsInput().PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: inv.Currency, Value: inv.AmountCts},
			MerchantAccount: c.MerchantAccount,
			Reference:       inv.ID,
		})
		res, httpRes, err := c.API.PaymentsApi.Payments(ctx, req) // want "\\[idempotency\\] adyen PaymentsApi.Payments is retried by backoff.Retry .* without an idempotency key"
		if err != nil {
			if httpRes != nil && httpRes.StatusCode < 500 && httpRes.StatusCode != http.StatusTooManyRequests {
				return backoff.Permanent(err)
			}
			return err
		}
		if res.PspReference != nil {
			psp = *res.PspReference
		}
		return nil
	}
	if err := backoff.Retry(op, c.policy(ctx)); err != nil {
		return "", fmt.Errorf("charge %s: %w", inv.ID, err)
	}
	return psp, nil
}

// RefundCredit pays a credit note back to the card.
func (c *Charger) RefundCredit(ctx context.Context, inv Invoice, amount int64) error {
	op := func() error {
		in := c.API.ModificationsApi.RefundCapturedPaymentInput(inv.PSPRef).
			IdempotencyKey("credit-" + inv.CreditNote).
			PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: inv.Currency, Value: amount},
				MerchantAccount: c.MerchantAccount,
			})
		_, httpRes, err := c.API.ModificationsApi.RefundCapturedPayment(ctx, in)
		if err != nil && httpRes != nil && httpRes.StatusCode >= 400 && httpRes.StatusCode < 500 {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, c.policy(ctx))
}
